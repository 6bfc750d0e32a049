package no.lokta.knowledge.document;

import java.util.EnumSet;
import java.util.Set;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;

/**
 * What a document can be linked to; each kind has its own field on the document form, and the
 * roles that read such targets on their own pages (none listed: every role).
 */
public enum LinkKind {
    NETWORK("networkIds"),
    PROJECT("projectIds", Role.COORDINATOR),
    FORUM("forumIds", Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER),
    MEETING("meetingIds", Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.RESOURCE_GROUP_MEMBER, Role.PARTNER),
    AGREEMENT("agreementIds", Role.COORDINATOR, Role.MUNICIPALITY_CONTACT);

    private final String field;
    private final Set<Role> readers;

    LinkKind(String field, Role... readers) {
        this.field = field;
        this.readers = Set.of(readers);
    }

    /** The kinds of link whose targets the person may read, and so may see the names of. */
    public static Set<LinkKind> readableBy(CollaborationAccess access) {
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        for (LinkKind kind : values()) {
            if (kind.readers.isEmpty() || kind.readers.stream().anyMatch(access::has)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The form (and JSON) field that holds the links of this kind. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "documents.link." + name();
    }
}
