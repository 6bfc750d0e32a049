package no.lokta.knowledge.agreement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.knowledge.agreement.AgreementManagement;
import no.lokta.knowledge.agreement.AgreementParty;
import no.lokta.knowledge.agreement.AgreementSummary;
import no.lokta.knowledge.agreement.AgreementTopic;
import no.lokta.knowledge.agreement.CoverageMatrix;
import no.lokta.knowledge.agreement.CoverageState;
import no.lokta.knowledge.agreement.SubAgreementSummary;
import no.lokta.knowledge.agreement.VersionSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements between municipalities and hospital trusts as JSON, in the collaboration named by
 * {@code collaboration} (else the caller's current one). A coordinator reads every agreement and
 * every municipality's row of the coverage matrix; a kommunekontakt the agreements their
 * municipality is party to and its own row. A caller outside the collaboration gets 404; another
 * role 403.
 */
@RestController
@RequestMapping(path = "/api/v1/agreements", produces = "application/json")
@Tag(
        name = "Agreements",
        description = "Agreements between municipalities and hospital trusts (samarbeidsavtaler), with"
                + " sub-agreements per topic of the Health and Care Services Act § 6-2")
@SecurityRequirement(name = "bearer")
class AgreementApiController {

    /** An organisation that is party to an agreement. */
    record AgreementPartyResponse(
            UUID id, String name, @Nullable String municipalityNumber) {

        static AgreementPartyResponse of(AgreementParty p) {
            return new AgreementPartyResponse(p.id(), p.name(), p.municipalityNumber());
        }
    }

    /** A version of a sub-agreement; no signed date means a draft. */
    record AgreementVersionResponse(
            UUID id,
            int versionNumber,
            @Nullable LocalDate signedOn,
            @Nullable LocalDate validFrom,
            LocalDate revisionDue,
            String note,
            String link) {

        static AgreementVersionResponse of(VersionSummary v) {
            return new AgreementVersionResponse(
                    v.id(), v.versionNumber(), v.signedOn(), v.validFrom(), v.revisionDue(), v.note(), v.link());
        }
    }

    /** A sub-agreement on one topic, its state today, the current version (the latest signed) and all versions. */
    record SubAgreementResponse(
            UUID id,
            int topic,
            String topicName,
            String title,
            CoverageState state,
            @Nullable Integer currentVersion,
            @Nullable LocalDate revisionDue,
            List<AgreementVersionResponse> versions) {

        static SubAgreementResponse of(SubAgreementSummary p, int remindDays, LocalDate today) {
            @Nullable VersionSummary current = p.currentOn(today).orElse(null);
            return new SubAgreementResponse(
                    p.id(),
                    p.topic().point(),
                    p.topic().nameNb(),
                    p.title(),
                    p.stateOn(today, remindDays),
                    current == null ? null : current.versionNumber(),
                    current == null ? null : current.revisionDue(),
                    p.versions().stream().map(AgreementVersionResponse::of).toList());
        }
    }

    /** An agreement with its parties and sub-agreements. */
    record AgreementResponse(
            UUID id,
            String title,
            AgreementPartyResponse hospitalTrust,
            List<AgreementPartyResponse> municipalities,
            int remindDays,
            List<SubAgreementResponse> subAgreements) {

        static AgreementResponse of(AgreementSummary a, LocalDate today) {
            return new AgreementResponse(
                    a.id(),
                    a.title(),
                    AgreementPartyResponse.of(a.hospitalTrust()),
                    a.municipalities().stream().map(AgreementPartyResponse::of).toList(),
                    a.remindDays(),
                    a.parts().stream()
                            .map(p -> SubAgreementResponse.of(p, a.remindDays(), today))
                            .toList());
        }
    }

    /** A topic of § 6-2 and whether it was in force on the day. */
    record AgreementTopicResponse(int point, String nameNb, String nameEn, LocalDate inForceFrom) {

        static AgreementTopicResponse of(AgreementTopic t) {
            return new AgreementTopicResponse(t.point(), t.nameNb(), t.nameEn(), t.inForceFrom());
        }
    }

    /** One municipality and topic. */
    record CoverageCellResponse(
            int topic,
            CoverageState state,
            @Nullable UUID agreementId,
            @Nullable LocalDate revisionDue) {}

    /** One municipality's cells, in the order of the topics. */
    record CoverageRowResponse(AgreementPartyResponse municipality, List<CoverageCellResponse> cells) {}

    /** The coverage matrix on a day, with how many cells are in each state. */
    record CoverageMatrixResponse(
            LocalDate date,
            List<AgreementTopicResponse> topics,
            List<CoverageRowResponse> rows,
            Map<CoverageState, Integer> counts) {

        static CoverageMatrixResponse of(CoverageMatrix m) {
            return new CoverageMatrixResponse(
                    m.date(),
                    m.topics().stream().map(AgreementTopicResponse::of).toList(),
                    m.rows().stream()
                            .map(r -> new CoverageRowResponse(
                                    AgreementPartyResponse.of(r.municipality()),
                                    r.cells().stream()
                                            .map(c -> new CoverageCellResponse(
                                                    c.topic().point(), c.state(), c.agreementId(), c.revisionDue()))
                                            .toList()))
                            .toList(),
                    m.counts());
        }
    }

    private final AgreementManagement agreements;
    private final Tenancy tenancy;

    AgreementApiController(AgreementManagement agreements, Tenancy tenancy) {
        this.agreements = agreements;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(
            summary = "The agreements the caller may see: all for a coordinator, those their municipality is"
                    + " party to for a kommunekontakt")
    List<AgreementResponse> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        CollaborationAccess access = access(collaboration);
        List<AgreementSummary> found = access.has(Role.COORDINATOR)
                ? agreements.agreements(access.collaborationId())
                : agreements.agreementsOf(access.collaborationId(), access.requireOrganisation());
        LocalDate today = agreements.today();
        return found.stream().map(a -> AgreementResponse.of(a, today)).toList();
    }

    @GetMapping("/matrix")
    @Operation(
            summary = "Municipality by topic on a day: CURRENT, DUE (revision passed or within the reminder window),"
                    + " MISSING or NOT_APPLICABLE (topic not yet in force); a kommunekontakt gets their own row")
    CoverageMatrixResponse matrix(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration,
            @Parameter(description = "the day (yyyy-mm-dd); today if left out")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date) {
        CollaborationAccess access = access(collaboration);
        LocalDate on = date == null ? agreements.today() : date;
        CoverageMatrix matrix = access.has(Role.COORDINATOR)
                ? agreements.matrix(access.collaborationId(), on)
                : agreements.matrixOf(access.collaborationId(), access.requireOrganisation(), on);
        return CoverageMatrixResponse.of(matrix);
    }

    private CollaborationAccess access(@Nullable UUID collaboration) {
        Role[] roles = {Role.COORDINATOR, Role.MUNICIPALITY_CONTACT};
        return collaboration == null ? tenancy.require(roles) : tenancy.require(collaboration, roles);
    }
}
