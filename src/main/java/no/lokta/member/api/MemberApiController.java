package no.lokta.member.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.MembershipSummary;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.member.PopulationImport;
import no.lokta.member.PopulationRow;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member register as JSON. Every path names its collaboration; a caller who does not belong to
 * it gets 404, a caller without the coordinator role gets 403 on writes.
 */
@RestController
@RequestMapping(path = "/api/v1/collaborations", produces = "application/json")
@Tag(name = "Members", description = "Collaborations, organisations, memberships and population figures")
@SecurityRequirement(name = "bearer")
class MemberApiController {

    record CollaborationBody(
            @NotBlank String name,
            @Nullable String ownerBody,
            @Nullable String description) {
        CollaborationCommand toCommand() {
            return new CollaborationCommand(
                    name, ownerBody == null ? "" : ownerBody, description == null ? "" : description);
        }
    }

    record OrganisationBody(
            @NotNull OrganisationKind kind,
            @NotBlank String name,
            @Nullable String municipalityNumber,
            @Nullable String organisationNumber,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website) {
        OrganisationCommand toCommand() {
            return new OrganisationCommand(
                    kind,
                    name,
                    municipalityNumber,
                    organisationNumber,
                    email == null ? "" : email,
                    phone == null ? "" : phone,
                    website == null ? "" : website);
        }
    }

    record MembershipBody(
            @NotNull UUID organisationId,
            @NotNull MembershipKind kind,
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String note) {
        MembershipCommand toCommand() {
            return new MembershipCommand(organisationId, kind, validFrom, validTo, note == null ? "" : note);
        }
    }

    record PopulationBody(@NotNull @PositiveOrZero Integer population) {}

    record MembersOnDate(LocalDate date, int count, List<MembershipSummary> members) {}

    private final MemberManagement members;
    private final Tenancy tenancy;

    MemberApiController(MemberManagement members, Tenancy tenancy) {
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(summary = "The collaborations the caller belongs to")
    List<CollaborationSummary> list() {
        LoktaUser user = tenancy.requireUser();
        return members.collaborations(
                user.access().stream().map(a -> a.collaborationId()).toList());
    }

    @GetMapping("/{id}")
    CollaborationSummary show(@PathVariable UUID id) {
        tenancy.require(id);
        return members.collaboration(id);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    CollaborationSummary update(@PathVariable UUID id, @Valid @RequestBody CollaborationBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return members.updateCollaboration(id, body.toCommand());
    }

    @GetMapping("/{id}/organisations")
    List<OrganisationSummary> organisations(@PathVariable UUID id) {
        tenancy.require(id);
        return members.organisations(id);
    }

    @GetMapping("/{id}/organisations/{organisationId}")
    OrganisationSummary organisation(@PathVariable UUID id, @PathVariable UUID organisationId) {
        tenancy.require(id);
        return members.organisation(id, organisationId);
    }

    @PostMapping(path = "/{id}/organisations", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationSummary createOrganisation(@PathVariable UUID id, @Valid @RequestBody OrganisationBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return members.createOrganisation(id, body.toCommand());
    }

    @PutMapping(path = "/{id}/organisations/{organisationId}", consumes = "application/json")
    OrganisationSummary updateOrganisation(
            @PathVariable UUID id, @PathVariable UUID organisationId, @Valid @RequestBody OrganisationBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return members.updateOrganisation(id, organisationId, body.toCommand());
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Members and partners on a date (default today)")
    MembersOnDate membersOn(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        tenancy.require(id);
        LocalDate on = date == null ? LocalDate.now() : date;
        List<MembershipSummary> active = members.membersOn(id, on);
        long count =
                active.stream().filter(m -> m.kind() == MembershipKind.MEMBER).count();
        return new MembersOnDate(on, (int) count, active);
    }

    @GetMapping("/{id}/memberships")
    List<MembershipSummary> memberships(@PathVariable UUID id) {
        tenancy.require(id);
        return members.memberships(id);
    }

    @PostMapping(path = "/{id}/memberships", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    MembershipSummary addMembership(@PathVariable UUID id, @Valid @RequestBody MembershipBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return members.addMembership(id, body.toCommand());
    }

    @PutMapping(path = "/{id}/memberships/{membershipId}", consumes = "application/json")
    MembershipSummary updateMembership(
            @PathVariable UUID id, @PathVariable UUID membershipId, @Valid @RequestBody MembershipBody body) {
        tenancy.require(id, Role.COORDINATOR);
        return members.updateMembership(id, membershipId, body.toCommand());
    }

    @GetMapping("/{id}/population")
    List<PopulationRow> population(@PathVariable UUID id, @RequestParam int year) {
        tenancy.require(id);
        return members.populationTable(id, year);
    }

    @PutMapping(path = "/{id}/population/{organisationId}/{year}", consumes = "application/json")
    ResponseEntity<Void> setPopulation(
            @PathVariable UUID id,
            @PathVariable UUID organisationId,
            @PathVariable int year,
            @Valid @RequestBody PopulationBody body) {
        tenancy.require(id, Role.COORDINATOR);
        members.setPopulation(id, organisationId, year, body.population());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/population/import", consumes = "text/csv")
    @Operation(summary = "Import kommunenummer;år;innbyggere rows: all or nothing")
    ResponseEntity<PopulationImport.Report> importPopulation(@PathVariable UUID id, @RequestBody String csv) {
        tenancy.require(id, Role.COORDINATOR);
        PopulationImport.Report report = members.importPopulation(id, new StringReader(csv));
        return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }
}
