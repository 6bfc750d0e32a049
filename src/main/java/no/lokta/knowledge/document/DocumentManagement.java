package no.lokta.knowledge.document;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.knowledge.agreement.AgreementManagement;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.web.FieldProblems;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.work.ProjectDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaboration's documents. Every method takes the collaboration it works in and who is
 * looking; a document of another collaboration, or one the viewer may not see, is not found. A new
 * version or a change holds the document's row lock, so that version numbers follow each other
 * without gaps or duplicates however many people upload at once.
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final Documents documents;
    private final NetworkManagement networks;
    private final ProjectDirectory projects;
    private final ForumManagement fora;
    private final AgreementManagement agreements;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    DocumentManagement(
            Documents documents,
            NetworkManagement networks,
            ProjectDirectory projects,
            ForumManagement fora,
            AgreementManagement agreements,
            AuditLog audit) {
        this.documents = documents;
        this.networks = networks;
        this.projects = projects;
        this.fora = fora;
        this.agreements = agreements;
        this.audit = audit;
    }

    private static final DateTimeFormatter MEETING_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    // --- reading

    /** What the collaboration's documents may be linked to, by kind and then by name. */
    public Map<LinkKind, List<LinkOption>> linkOptions(UUID collaborationId) {
        Map<LinkKind, List<LinkOption>> options = new EnumMap<>(LinkKind.class);
        options.put(
                LinkKind.NETWORK,
                networks.networkNames(collaborationId).entrySet().stream()
                        .map(e -> new LinkOption(LinkKind.NETWORK, e.getKey(), e.getValue()))
                        .toList());
        options.put(
                LinkKind.PROJECT,
                projects.projects(collaborationId).stream()
                        .map(p -> new LinkOption(LinkKind.PROJECT, p.id(), p.name()))
                        .toList());
        options.put(
                LinkKind.FORUM,
                fora.forumNames(collaborationId).entrySet().stream()
                        .map(e -> new LinkOption(LinkKind.FORUM, e.getKey(), e.getValue()))
                        .toList());
        options.put(
                LinkKind.MEETING,
                fora.allMeetings(collaborationId).stream()
                        .map(m -> new LinkOption(
                                LinkKind.MEETING,
                                m.id(),
                                m.forumName() + ", " + m.startsAt().format(MEETING_DAY) + ": " + m.title()))
                        .toList());
        options.put(
                LinkKind.AGREEMENT,
                agreements.agreements(collaborationId).stream()
                        .map(a -> new LinkOption(LinkKind.AGREEMENT, a.id(), a.title()))
                        .toList());
        return options;
    }

    /** The documents the viewer may see that match the filter, by title. */
    public List<DocumentSummary> documents(UUID collaborationId, Viewer viewer, DocumentFilter filter) {
        List<Documents.Row> rows = documents.find(collaborationId, visibleTo(viewer), filter);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<LinkTarget, String> names = names(collaborationId);
        return rows.stream().map(r -> summary(r, names)).toList();
    }

    public DocumentSummary document(UUID collaborationId, UUID id, Viewer viewer) {
        Documents.Row row = documents
                .find(collaborationId, id)
                .filter(r -> viewer.sees(r.visibility()))
                .orElseThrow(DocumentNotFound::new);
        return summary(row, names(collaborationId));
    }

    /** A public document, of whichever collaboration; any other is not found. */
    public DocumentSummary publicDocument(UUID id) {
        Documents.Row row = documents
                .find(id)
                .filter(r -> r.visibility() == Visibility.PUBLIC)
                .orElseThrow(DocumentNotFound::new);
        return summary(row, Map.of());
    }

    /** One version's file, if the viewer may see the document. */
    public DocumentFile file(UUID collaborationId, UUID id, int number, Viewer viewer) {
        return file(document(collaborationId, id, viewer), number);
    }

    /** One version's file of a public document. */
    public DocumentFile publicFile(UUID id, int number) {
        return file(publicDocument(id), number);
    }

    private DocumentFile file(DocumentSummary d, int number) {
        VersionSummary v = d.versions().stream()
                .filter(x -> x.number() == number)
                .findFirst()
                .orElseThrow(DocumentNotFound::new);
        byte[] content = documents.content(d.id(), number).orElseThrow(DocumentNotFound::new);
        return new DocumentFile(v.fileName(), v.contentType(), content);
    }

    // --- changes (the coordinators')

    /** A new document with its first version. A refused file or link stores nothing. */
    @Transactional
    public DocumentSummary create(UUID collaborationId, DocumentCommand c, Upload upload, String uploadedBy) {
        Uploads.Checked file = check(collaborationId, c, upload);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        documents.insert(id, collaborationId, c, now);
        documents.insertVersion(
                id, collaborationId, file, upload.content(), upload.note().strip(), uploadedBy, now);
        DocumentSummary created = document(collaborationId, id, Viewer.COORDINATOR);
        audit.created(collaborationId, "document", id, created.title(), created);
        return created;
    }

    @Transactional
    public DocumentSummary update(UUID collaborationId, UUID id, DocumentCommand c) {
        DocumentSummary before = lock(collaborationId, id);
        checkLinks(collaborationId, c).throwIfAny();
        documents.update(id, collaborationId, c);
        DocumentSummary after = document(collaborationId, id, Viewer.COORDINATOR);
        audit.updated(collaborationId, "document", id, after.title(), before, after);
        return after;
    }

    /** A new version, numbered one above the highest so far; it becomes the current one. */
    @Transactional
    public VersionSummary addVersion(UUID collaborationId, UUID id, Upload upload, String uploadedBy) {
        Uploads.Checked file = checkUpload(upload);
        DocumentSummary document = lock(collaborationId, id);
        int number = documents.insertVersion(
                id,
                collaborationId,
                file,
                upload.content(),
                upload.note().strip(),
                uploadedBy,
                OffsetDateTime.now(clock));
        VersionSummary created = document(collaborationId, id, Viewer.COORDINATOR).versions().stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow();
        audit.created(collaborationId, "documentVersion", created.id(), document.title() + " / v" + number, created);
        return created;
    }

    @Transactional
    public DocumentSummary delete(UUID collaborationId, UUID id) {
        DocumentSummary before = lock(collaborationId, id);
        documents.delete(id);
        audit.deleted(collaborationId, "document", id, before.title(), before);
        return before;
    }

    // --- rules

    private static Set<Visibility> visibleTo(Viewer viewer) {
        return Arrays.stream(Visibility.values()).filter(viewer::sees).collect(Collectors.toSet());
    }

    private DocumentSummary lock(UUID collaborationId, UUID id) {
        if (!documents.lock(collaborationId, id)) {
            throw new DocumentNotFound();
        }
        return document(collaborationId, id, Viewer.COORDINATOR);
    }

    /** Checks the file and the links together, so that every problem is shown at once. */
    private Uploads.Checked check(UUID collaborationId, DocumentCommand c, Upload upload) {
        FieldProblems problems = checkLinks(collaborationId, c);
        Uploads.Checked file = checkUpload(upload, problems);
        problems.throwIfAny();
        return Objects.requireNonNull(file);
    }

    private static Uploads.Checked checkUpload(Upload upload) {
        FieldProblems problems = new FieldProblems();
        Uploads.Checked file = checkUpload(upload, problems);
        problems.throwIfAny();
        return Objects.requireNonNull(file);
    }

    /** The checked file, or null with its problems added. */
    private static Uploads.@Nullable Checked checkUpload(Upload upload, FieldProblems problems) {
        problems.longest("note", upload.note().strip(), Upload.MAX_NOTE);
        try {
            return Uploads.check(upload.name(), upload.content());
        } catch (InvalidInput e) {
            e.errors().forEach(p -> problems.add(p.field(), p.messageKey(), p.args()));
            return null;
        }
    }

    private FieldProblems checkLinks(UUID collaborationId, DocumentCommand c) {
        Set<LinkTarget> known = names(collaborationId).keySet();
        FieldProblems problems = new FieldProblems();
        for (LinkKind kind : LinkKind.values()) {
            boolean forged = c.links().stream().anyMatch(t -> t.kind() == kind && !known.contains(t));
            problems.when(forged, kind.field(), "documents.link.unknown");
        }
        return problems;
    }

    /** The names of every target a link may point at; a link to a target since removed is not shown. */
    private Map<LinkTarget, String> names(UUID collaborationId) {
        return linkOptions(collaborationId).values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(o -> new LinkTarget(o.kind(), o.id()), LinkOption::name, (a, b) -> a));
    }

    private static DocumentSummary summary(Documents.Row r, Map<LinkTarget, String> names) {
        List<DocumentLink> links = r.links().stream()
                .filter(names::containsKey)
                .map(t -> new DocumentLink(t.kind(), t.id(), names.getOrDefault(t, "")))
                .toList();
        return new DocumentSummary(
                r.id(), r.collaborationId(), r.title(), r.description(), r.visibility(), links, r.versions());
    }
}
