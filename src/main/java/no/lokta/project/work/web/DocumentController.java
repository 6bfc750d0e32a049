package no.lokta.project.work.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.work.DocumentFile;
import no.lokta.project.work.DocumentSummary;
import no.lokta.project.work.ProjectManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's documents, also those of its applications: the list, upload, download and delete. */
@Controller
@RequestMapping("/projects/{projectId}/documents")
class DocumentController {

    private final ProjectManagement projects;
    private final FundingManagement funding;
    private final Tenancy tenancy;

    DocumentController(ProjectManagement projects, FundingManagement funding, Tenancy tenancy) {
        this.projects = projects;
        this.funding = funding;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(@PathVariable UUID projectId, Model model) {
        return page(coordinator(), projectId, model);
    }

    @PostMapping
    String upload(
            @PathVariable UUID projectId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable UUID applicationId,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        projects.project(c, projectId);
        try {
            if (file == null) {
                throw new InvalidInput(Uploads.FIELD, "upload.required");
            }
            LoktaUser user = tenancy.requireUser();
            DocumentSummary stored = projects.attach(
                    c,
                    projectId,
                    applicationId,
                    Optional.ofNullable(file.getOriginalFilename()).orElse(""),
                    file.getBytes(),
                    user.displayName());
            redirect.addFlashAttribute("attached", stored.fileName());
            return "redirect:/projects/" + projectId + "/documents";
        } catch (InvalidInput e) {
            model.addAttribute("problem", e.errors().getFirst());
        } catch (IOException e) {
            model.addAttribute("problem", new InvalidInput.FieldProblem(Uploads.FIELD, "document.unreadable"));
        }
        return page(c, projectId, model);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID projectId, @PathVariable UUID id) {
        DocumentFile file = projects.document(coordinator(), projectId, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.summary().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.summary().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID projectId, @PathVariable UUID id, RedirectAttributes redirect) {
        DocumentSummary removed = projects.removeDocument(coordinator(), projectId, id);
        redirect.addFlashAttribute("detached", removed.fileName());
        return "redirect:/projects/" + projectId + "/documents";
    }

    private String page(UUID c, UUID projectId, Model model) {
        model.addAttribute("project", projects.project(c, projectId));
        model.addAttribute("documents", projects.documents(c, projectId));
        model.addAttribute("applications", funding.applicationsOf(c, projectId));
        model.addAttribute("maxMb", Uploads.MAX_BYTES / (1024 * 1024));
        return "project/documents";
    }
}
