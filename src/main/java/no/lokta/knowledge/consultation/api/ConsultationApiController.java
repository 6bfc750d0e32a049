package no.lokta.knowledge.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.consultation.ConsultationDocument;
import no.lokta.knowledge.consultation.ConsultationManagement;
import no.lokta.knowledge.consultation.ConsultationStatus;
import no.lokta.knowledge.consultation.ConsultationSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consultations as JSON, in the collaboration named by {@code collaboration} (else the caller's
 * current one), for coordinators, municipality contacts and partners. The members' inputs are given
 * as a count only. A consultation of another collaboration is 404; another role gets 403.
 */
@RestController
@RequestMapping(path = "/api/v1/consultations", produces = "application/json")
@Tag(
        name = "Consultations",
        description = "Consultations (høringer) from the authorities, the members' input and the joint response")
@SecurityRequirement(name = "bearer")
class ConsultationApiController {

    /** A consultation's document; its content is downloaded from the consultation page. */
    record DocumentResponse(UUID id, String fileName, String contentType, int sizeBytes, OffsetDateTime uploadedAt) {

        static DocumentResponse of(ConsultationDocument d) {
            return new DocumentResponse(d.id(), d.fileName(), d.contentType(), d.sizeBytes(), d.uploadedAt());
        }
    }

    /** A consultation: who sent it, the deadlines, where it stands and how many members gave input. */
    record ConsultationResponse(
            UUID id,
            String title,
            String authority,
            String reference,
            LocalDate receivedOn,
            LocalDate inputDeadline,
            LocalDate authorityDeadline,
            String description,
            String link,
            ConsultationStatus status,
            @Nullable OffsetDateTime approvedAt,
            @Nullable LocalDate submittedOn,
            int inputs,
            @Nullable List<DocumentResponse> documents) {

        static ConsultationResponse of(ConsultationSummary c, @Nullable List<DocumentResponse> documents) {
            return new ConsultationResponse(
                    c.id(),
                    c.title(),
                    c.authority(),
                    c.reference(),
                    c.receivedOn(),
                    c.inputDeadline(),
                    c.authorityDeadline(),
                    c.description(),
                    c.link(),
                    c.status(),
                    c.approvedAt(),
                    c.submittedOn(),
                    c.inputs(),
                    documents);
        }
    }

    private final ConsultationManagement consultations;
    private final Tenancy tenancy;

    ConsultationApiController(ConsultationManagement consultations, Tenancy tenancy) {
        this.consultations = consultations;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(summary = "The consultations: those in progress first, by the authority's deadline, then those done")
    List<ConsultationResponse> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        return consultations.consultations(access(collaboration).collaborationId()).stream()
                .map(c -> ConsultationResponse.of(c, null))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation with its status, the number of inputs and its documents")
    ConsultationResponse show(
            @PathVariable UUID id,
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        UUID c = access(collaboration).collaborationId();
        return ConsultationResponse.of(
                consultations.consultation(c, id),
                consultations.documents(c, id).stream()
                        .map(DocumentResponse::of)
                        .toList());
    }

    private CollaborationAccess access(@Nullable UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT, Role.PARTNER};
        return collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
    }
}
