package no.lokta.knowledge.consultation.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.knowledge.consultation.ConsultationManagement;
import no.lokta.knowledge.consultation.ConsultationStatus;
import no.lokta.knowledge.consultation.ConsultationSummary;
import no.lokta.knowledge.consultation.DocumentFile;
import no.lokta.knowledge.consultation.InputSummary;
import no.lokta.knowledge.consultation.Respondent;
import no.lokta.knowledge.consultation.ResponseVersion;
import no.lokta.knowledge.consultation.Upload;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultations. The coordinators register them, add documents, follow the members' input side by
 * side, draft, approve and submit the joint response. Municipality contacts and partners read them
 * and give their organisation's input. Participants and resource-group members have no access.
 */
@Controller
@RequestMapping("/knowledge/consultations")
class ConsultationController {

    private static final String BASE = "/knowledge/consultations/";

    private final ConsultationManagement consultations;
    private final Tenancy tenancy;

    ConsultationController(ConsultationManagement consultations, Tenancy tenancy) {
        this.consultations = consultations;
        this.tenancy = tenancy;
    }

    private CollaborationAccess reader() {
        return tenancy.require(Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.PARTNER);
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    private String name() {
        return tenancy.requireUser().displayName();
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = reader();
        model.addAttribute("consultations", consultations.consultations(access.collaborationId()));
        model.addAttribute("coordinator", access.has(Role.COORDINATOR));
        model.addAttribute("today", consultations.today());
        return "knowledge/consultation/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        coordinator();
        model.addAttribute("consultationForm", ConsultationForm.empty(consultations.today()));
        model.addAttribute("consultation", null);
        return "knowledge/consultation/form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] = consultations.create(c, form.toCommand()).id())) {
            return "redirect:" + BASE + created[0];
        }
        model.addAttribute("consultation", null);
        return "knowledge/consultation/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        model.addAttribute("documentForm", DocumentForm.empty());
        return detail(access, id, model);
    }

    private String detail(CollaborationAccess access, UUID id, Model model) {
        UUID c = access.collaborationId();
        ConsultationSummary consultation = consultations.consultation(c, id);
        boolean coordinator = access.has(Role.COORDINATOR);
        boolean speaker = speaks(access);
        List<ResponseVersion> responses = consultations.responses(c, id);
        model.addAttribute("consultation", consultation);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("speaker", speaker);
        model.addAttribute("today", consultations.today());
        model.addAttribute("openForInput", consultation.openForInputOn(consultations.today()));
        model.addAttribute("documents", consultations.documents(c, id));
        model.addAttribute("maxMb", Uploads.MAX_BYTES / (1024 * 1024));
        // members read the response once it is approved; coordinators follow every draft
        boolean showResponse = coordinator
                || consultation.status() == ConsultationStatus.APPROVED
                || consultation.status() == ConsultationStatus.SUBMITTED;
        model.addAttribute("response", showResponse && !responses.isEmpty() ? responses.getFirst() : null);
        model.addAttribute("responseCount", responses.size());
        if (coordinator) {
            model.addAttribute("inputs", consultations.inputs(c, id));
            model.addAttribute("withoutInput", consultations.withoutInput(c, id));
        }
        if (speaker && access.organisationId() != null) {
            model.addAttribute(
                    "ownInput",
                    consultations.inputOf(c, id, access.organisationId()).orElse(null));
        }
        return "knowledge/consultation/show";
    }

    private static boolean speaks(CollaborationAccess access) {
        return (access.has(Role.MUNICIPALITY_CONTACT) || access.has(Role.PARTNER)) && access.organisationId() != null;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ConsultationSummary consultation = consultations.consultation(coordinator(), id);
        model.addAttribute("consultationForm", ConsultationForm.from(consultation));
        model.addAttribute("consultation", consultation);
        return "knowledge/consultation/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        ConsultationSummary consultation = consultations.consultation(c, id);
        if (Forms.saved(result, redirect, () -> consultations.update(c, id, form.toCommand()))) {
            return "redirect:" + BASE + id;
        }
        model.addAttribute("consultation", consultation);
        return "knowledge/consultation/form";
    }

    // --- input

    @GetMapping("/{id}/input")
    String inputForm(@PathVariable UUID id, Model model) {
        CollaborationAccess access = speaker();
        UUID organisation = access.requireOrganisation();
        Optional<InputSummary> own = consultations.inputOf(access.collaborationId(), id, organisation);
        model.addAttribute("textForm", TextForm.of(own.map(InputSummary::text).orElse("")));
        return inputPage(access, id, model);
    }

    @PostMapping("/{id}/input")
    String giveInput(
            @PathVariable UUID id,
            @Valid @ModelAttribute("textForm") TextForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = speaker();
        LoktaUser user = tenancy.requireUser();
        Respondent by = new Respondent(access.requireOrganisation(), user.accountId(), user.displayName());
        consultations.consultation(access.collaborationId(), id);
        if (Forms.saved(
                result,
                redirect,
                () -> consultations.giveInput(access.collaborationId(), id, by, form.textOrEmpty()))) {
            return "redirect:" + BASE + id;
        }
        return inputPage(access, id, model);
    }

    private CollaborationAccess speaker() {
        return tenancy.require(Role.MUNICIPALITY_CONTACT, Role.PARTNER);
    }

    private String inputPage(CollaborationAccess access, UUID id, Model model) {
        ConsultationSummary consultation = consultations.consultation(access.collaborationId(), id);
        model.addAttribute("consultation", consultation);
        model.addAttribute("openForInput", consultation.openForInputOn(consultations.today()));
        model.addAttribute(
                "ownInput",
                consultations
                        .inputOf(access.collaborationId(), id, access.requireOrganisation())
                        .orElse(null));
        return "knowledge/consultation/input";
    }

    // --- the joint response

    @GetMapping("/{id}/response")
    String responseForm(@PathVariable UUID id, Model model) {
        UUID c = coordinator();
        List<ResponseVersion> responses = consultations.responses(c, id);
        model.addAttribute(
                "textForm",
                TextForm.of(responses.isEmpty() ? "" : responses.getFirst().text()));
        return responsePage(c, id, model);
    }

    @PostMapping("/{id}/response")
    String draft(
            @PathVariable UUID id,
            @Valid @ModelAttribute("textForm") TextForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        consultations.consultation(c, id);
        String by = name();
        if (Forms.saved(result, redirect, () -> consultations.draft(c, id, form.textOrEmpty(), by))) {
            return "redirect:" + BASE + id + "#response-heading";
        }
        return responsePage(c, id, model);
    }

    private String responsePage(UUID c, UUID id, Model model) {
        model.addAttribute("consultation", consultations.consultation(c, id));
        model.addAttribute("responses", consultations.responses(c, id));
        model.addAttribute("inputs", consultations.inputs(c, id));
        return "knowledge/consultation/response";
    }

    // --- status

    @PostMapping("/{id}/drafting")
    String startDrafting(@PathVariable UUID id, RedirectAttributes redirect) {
        consultations.startDrafting(coordinator(), id);
        return moved(id, redirect);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID c = coordinator();
        consultations.approve(c, id, name());
        return moved(id, redirect);
    }

    @PostMapping("/{id}/withdraw-approval")
    String withdrawApproval(@PathVariable UUID id, RedirectAttributes redirect) {
        consultations.withdrawApproval(coordinator(), id);
        return moved(id, redirect);
    }

    private static String moved(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("moved", true);
        return "redirect:" + BASE + id;
    }

    @GetMapping("/{id}/submission")
    String submissionForm(@PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("submissionForm", new SubmissionForm(consultations.today(), ""));
        model.addAttribute("consultation", consultations.consultation(c, id));
        return "knowledge/consultation/submission";
    }

    @PostMapping("/{id}/submission")
    String submit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("submissionForm") SubmissionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        ConsultationSummary consultation = consultations.consultation(c, id);
        String by = name();
        if (Forms.saved(
                result,
                redirect,
                () -> consultations.submit(
                        c, id, java.util.Objects.requireNonNull(form.submittedOn()), form.noteOrEmpty(), by))) {
            return "redirect:" + BASE + id;
        }
        model.addAttribute("consultation", consultation);
        return "knowledge/consultation/submission";
    }

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable UUID id, Model model) {
        UUID c = coordinator();
        model.addAttribute("closeForm", new CloseForm(""));
        model.addAttribute("consultation", consultations.consultation(c, id));
        return "knowledge/consultation/close";
    }

    @PostMapping("/{id}/close")
    String close(
            @PathVariable UUID id,
            @Valid @ModelAttribute("closeForm") CloseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        ConsultationSummary consultation = consultations.consultation(c, id);
        if (Forms.saved(result, redirect, () -> consultations.closeWithoutResponse(c, id, form.noteOrEmpty()))) {
            return "redirect:" + BASE + id;
        }
        model.addAttribute("consultation", consultation);
        return "knowledge/consultation/close";
    }

    // --- documents

    @PostMapping("/{id}/documents")
    String upload(
            @PathVariable UUID id,
            @ModelAttribute("documentForm") DocumentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        consultations.consultation(access.collaborationId(), id);
        String by = name();
        if (Forms.saved(
                result,
                redirect,
                () -> consultations.addDocument(access.collaborationId(), id, upload(form.file()), by))) {
            return "redirect:" + BASE + id + "#documents-heading";
        }
        return detail(access, id, model);
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        DocumentFile file = consultations.document(reader().collaborationId(), id, documentId);
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

    @PostMapping("/{id}/documents/{documentId}/delete")
    String deleteDocument(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes redirect) {
        consultations.deleteDocument(coordinator(), id, documentId);
        redirect.addFlashAttribute("documentDeleted", true);
        return "redirect:" + BASE + id + "#documents-heading";
    }

    /** The file as sent; an empty file field is refused at the field by the upload check. */
    private static Upload upload(@Nullable MultipartFile file) {
        if (file == null) {
            return new Upload("", new byte[0]);
        }
        try {
            return new Upload(Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInput(Uploads.FIELD, "consultation.file.unreadable");
        }
    }
}
