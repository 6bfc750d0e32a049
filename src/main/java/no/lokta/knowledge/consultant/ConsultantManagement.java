package no.lokta.knowledge.consultant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice-consultant register of a collaboration; another collaboration's consultant is not found. */
@Service
@Transactional(readOnly = true)
public class ConsultantManagement {

    private final Consultants consultants;
    private final MemberManagement members;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZoneId.of("Europe/Oslo"));

    ConsultantManagement(Consultants consultants, MemberManagement members, AuditLog audit) {
        this.consultants = consultants;
        this.members = members;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ConsultantSummary> consultants(UUID collaborationId) {
        return consultants.ofCollaboration(collaborationId);
    }

    public ConsultantSummary consultant(UUID collaborationId, UUID id) {
        return consultants.find(collaborationId, id).orElseThrow(ConsultantNotFound::new);
    }

    /** The growth of the scheme per year, by profession. */
    public Growth growth(UUID collaborationId) {
        return Growth.of(consultants.ofCollaboration(collaborationId), today());
    }

    /** The hospital trusts of the collaboration, where consultants are placed. */
    public List<OrganisationSummary> hospitalTrusts(UUID collaborationId) {
        return members.organisations(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.HOSPITAL_TRUST)
                .toList();
    }

    @Transactional
    public ConsultantSummary add(UUID collaborationId, ConsultantCommand c) {
        check(collaborationId, c);
        UUID id = UUID.randomUUID();
        consultants.insert(id, collaborationId, c);
        ConsultantSummary created = consultant(collaborationId, id);
        audit.created(collaborationId, "practiceConsultant", id, created.name(), created);
        return created;
    }

    @Transactional
    public ConsultantSummary update(UUID collaborationId, UUID id, ConsultantCommand c) {
        ConsultantSummary before = consultant(collaborationId, id);
        check(collaborationId, c);
        consultants.update(id, c);
        ConsultantSummary after = consultant(collaborationId, id);
        audit.updated(collaborationId, "practiceConsultant", id, after.name(), before, after);
        return after;
    }

    private void check(UUID collaborationId, ConsultantCommand c) {
        if (hospitalTrusts(collaborationId).stream().noneMatch(o -> o.id().equals(c.hospitalTrustId()))) {
            throw new InvalidInput("hospitalTrustId", "consultant.trust.unknown");
        }
    }
}
