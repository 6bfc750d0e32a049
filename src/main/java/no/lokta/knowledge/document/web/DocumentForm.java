package no.lokta.knowledge.document.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.lokta.knowledge.document.DocumentCommand;
import no.lokta.knowledge.document.DocumentSummary;
import no.lokta.knowledge.document.LinkKind;
import no.lokta.knowledge.document.LinkTarget;
import no.lokta.knowledge.document.Upload;
import no.lokta.knowledge.document.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The coordinator's document form: title, description, who may see it and the links, one list of
 * ids per kind. A new document also brings its first file and a note; editing ignores them.
 */
record DocumentForm(
        @NotBlank @Size(max = DocumentCommand.MAX_TITLE) @Nullable
        String title,

        @Size(max = DocumentCommand.MAX_DESCRIPTION) @Nullable
        String description,

        @NotNull @Nullable Visibility visibility,
        @Nullable List<UUID> networkIds,
        @Nullable List<UUID> projectIds,
        @Nullable List<UUID> forumIds,
        @Nullable List<UUID> meetingIds,
        @Nullable List<UUID> agreementIds,
        @Nullable MultipartFile file,

        @Size(max = Upload.MAX_NOTE) @Nullable String note) {

    static DocumentForm empty() {
        return new DocumentForm(
                "", "", Visibility.MEMBERS, List.of(), List.of(), List.of(), List.of(), List.of(), null, "");
    }

    static DocumentForm from(DocumentSummary d) {
        return new DocumentForm(
                d.title(),
                d.description(),
                d.visibility(),
                ids(d, LinkKind.NETWORK),
                ids(d, LinkKind.PROJECT),
                ids(d, LinkKind.FORUM),
                ids(d, LinkKind.MEETING),
                ids(d, LinkKind.AGREEMENT),
                null,
                "");
    }

    private static List<UUID> ids(DocumentSummary d, LinkKind kind) {
        return d.linksOf(kind).stream().map(l -> l.targetId()).toList();
    }

    /** Called once bean validation passed. */
    DocumentCommand toCommand() {
        Set<LinkTarget> links = new LinkedHashSet<>();
        add(links, LinkKind.NETWORK, networkIds);
        add(links, LinkKind.PROJECT, projectIds);
        add(links, LinkKind.FORUM, forumIds);
        add(links, LinkKind.MEETING, meetingIds);
        add(links, LinkKind.AGREEMENT, agreementIds);
        return new DocumentCommand(
                title == null ? "" : title,
                description == null ? "" : description,
                Objects.requireNonNull(visibility),
                links);
    }

    private static void add(Set<LinkTarget> links, LinkKind kind, @Nullable List<UUID> ids) {
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(id -> links.add(new LinkTarget(kind, id)));
        }
    }
}
