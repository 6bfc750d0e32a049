package no.lokta.knowledge.document.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lokta.knowledge.document.DocumentFile;
import no.lokta.knowledge.document.DocumentFilter;
import no.lokta.knowledge.document.DocumentManagement;
import no.lokta.knowledge.document.DocumentSummary;
import no.lokta.knowledge.document.LinkKind;
import no.lokta.knowledge.document.LinkOption;
import no.lokta.knowledge.document.LinkTarget;
import no.lokta.knowledge.document.Upload;
import no.lokta.knowledge.document.Viewer;
import no.lokta.knowledge.document.Visibility;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document library of the current collaboration. Everyone with a role there sees the documents
 * their role may see; the coordinators upload, change and delete them. A public document also has a
 * page and downloads outside the sign-in, under {@code /documents/...}.
 */
@Controller
class DocumentLibraryController {

    private static final String BASE = "/knowledge/documents";

    private final DocumentManagement documents;
    private final Tenancy tenancy;

    DocumentLibraryController(DocumentManagement documents, Tenancy tenancy) {
        this.documents = documents;
        this.tenancy = tenancy;
    }

    private CollaborationAccess reader() {
        return tenancy.require();
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    /**
     * The library. A filter on a link comes as {@code network}, {@code project}, {@code forum},
     * {@code meeting} or {@code agreement} with the target's id (links from other pages), or as {@code link}
     * ({@code KIND:id}, from the filter form); {@code q} searches the titles.
     */
    @GetMapping(BASE)
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID network,
            @RequestParam(required = false) @Nullable UUID project,
            @RequestParam(required = false) @Nullable UUID forum,
            @RequestParam(required = false) @Nullable UUID meeting,
            @RequestParam(required = false) @Nullable UUID agreement,
            @RequestParam(required = false) @Nullable String link,
            Model model) {
        CollaborationAccess access = reader();
        LinkTarget target = network != null
                ? new LinkTarget(LinkKind.NETWORK, network)
                : project != null
                        ? new LinkTarget(LinkKind.PROJECT, project)
                        : forum != null
                                ? new LinkTarget(LinkKind.FORUM, forum)
                                : meeting != null
                                        ? new LinkTarget(LinkKind.MEETING, meeting)
                                        : agreement != null
                                                ? new LinkTarget(LinkKind.AGREEMENT, agreement)
                                                : parse(link);
        DocumentFilter filter = new DocumentFilter(target, q == null ? "" : q);
        Set<LinkKind> readable = LinkKind.readableBy(access);
        model.addAttribute(
                "documents",
                documents.documents(access.collaborationId(), Viewer.of(access), filter).stream()
                        .map(d -> d.showingOnly(readable))
                        .toList());
        Map<LinkKind, List<LinkOption>> options = new EnumMap<>(LinkKind.class);
        documents.linkOptions(access.collaborationId()).forEach((kind, list) -> {
            if (readable.contains(kind)) {
                options.put(kind, list);
            }
        });
        model.addAttribute("options", options);
        model.addAttribute("q", filter.text());
        model.addAttribute("link", target == null ? "" : target.kind() + ":" + target.id());
        model.addAttribute("filtered", target != null || !filter.text().isEmpty());
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/document/list";
    }

    private static @Nullable LinkTarget parse(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        int colon = link.indexOf(':');
        try {
            return new LinkTarget(
                    LinkKind.valueOf(link.substring(0, Math.max(colon, 0))),
                    UUID.fromString(link.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("documentForm", DocumentForm.empty());
        return formPage(collaborationId, null, model);
    }

    @PostMapping(BASE)
    String create(
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        String uploadedBy = tenancy.requireUser().displayName();
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] = documents
                        .create(collaborationId, form.toCommand(), upload(form.file(), form.note()), uploadedBy)
                        .id())) {
            return "redirect:" + BASE + "/" + created[0];
        }
        return formPage(collaborationId, null, model);
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        model.addAttribute(
                "document",
                documents
                        .document(access.collaborationId(), id, Viewer.of(access))
                        .showingOnly(LinkKind.readableBy(access)));
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        return "knowledge/document/show";
    }

    @GetMapping(BASE + "/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        DocumentSummary document = documents.document(collaborationId, id, Viewer.COORDINATOR);
        model.addAttribute("documentForm", DocumentForm.from(document));
        return formPage(collaborationId, document, model);
    }

    @PostMapping(BASE + "/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        DocumentSummary document = documents.document(collaborationId, id, Viewer.COORDINATOR);
        if (Forms.saved(result, redirect, () -> documents.update(collaborationId, id, form.toCommand()))) {
            return "redirect:" + BASE + "/" + id;
        }
        return formPage(collaborationId, document, model);
    }

    private String formPage(UUID collaborationId, @Nullable DocumentSummary document, Model model) {
        Map<LinkKind, List<LinkOption>> options = documents.linkOptions(collaborationId);
        model.addAttribute("options", options);
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("maxMb", Uploads.MAX_BYTES / (1024 * 1024));
        if (document != null) {
            model.addAttribute("document", document);
            return "knowledge/document/edit";
        }
        return "knowledge/document/new";
    }

    @GetMapping(BASE + "/{id}/versions/new")
    String newVersion(@PathVariable UUID id, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("versionForm", VersionForm.empty());
        return versionPage(documents.document(collaborationId, id, Viewer.COORDINATOR), model);
    }

    @PostMapping(BASE + "/{id}/versions")
    String addVersion(
            @PathVariable UUID id,
            @Valid @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        DocumentSummary document = documents.document(collaborationId, id, Viewer.COORDINATOR);
        String uploadedBy = tenancy.requireUser().displayName();
        if (Forms.saved(
                result,
                redirect,
                () -> documents.addVersion(collaborationId, id, upload(form.file(), form.note()), uploadedBy))) {
            return "redirect:" + BASE + "/" + id;
        }
        return versionPage(document, model);
    }

    private static String versionPage(DocumentSummary document, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("maxMb", Uploads.MAX_BYTES / (1024 * 1024));
        return "knowledge/document/version";
    }

    @GetMapping(BASE + "/{id}/versions/{number}/file")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable int number) {
        CollaborationAccess access = reader();
        return file(documents.file(access.collaborationId(), id, number, Viewer.of(access)));
    }

    @GetMapping(BASE + "/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        model.addAttribute("document", documents.document(coordinator(), id, Viewer.COORDINATOR));
        return "knowledge/document/delete";
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        DocumentSummary deleted = documents.delete(coordinator(), id);
        redirect.addFlashAttribute("deleted", deleted.title());
        return "redirect:" + BASE;
    }

    // --- public pages, without sign-in

    @GetMapping("/documents/{id}")
    String publicPage(@PathVariable UUID id, Model model) {
        model.addAttribute("document", documents.publicDocument(id));
        return "knowledge/document/public";
    }

    @GetMapping("/documents/{id}/versions/{number}/file")
    ResponseEntity<byte[]> publicDownload(@PathVariable UUID id, @PathVariable int number) {
        return file(documents.publicFile(id, number));
    }

    private static ResponseEntity<byte[]> file(DocumentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The file as sent; an empty file field gives an empty upload, which the check refuses. */
    private static Upload upload(@Nullable MultipartFile file, @Nullable String note) {
        String text = note == null ? "" : note;
        if (file == null) {
            return new Upload("", new byte[0], text);
        }
        try {
            return new Upload(Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes(), text);
        } catch (IOException e) {
            throw new InvalidInput(Uploads.FIELD, "documents.file.unreadable");
        }
    }
}
