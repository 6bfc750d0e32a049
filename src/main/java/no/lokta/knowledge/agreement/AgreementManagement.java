package no.lokta.knowledge.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.FieldProblems;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements between a collaboration's municipalities and hospital trusts (samarbeidsavtaler). Every
 * method takes the collaboration it works in; anything of another one is not found. A change to an
 * agreement, its sub-agreements or versions holds the agreement's row lock, so that the rules (one
 * sub-agreement per topic, increasing version numbers) are checked against what is stored.
 */
@Service
@Transactional(readOnly = true)
public class AgreementManagement {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final Agreements agreements;
    private final AgreementTopics topics;
    private final MemberManagement members;
    private final AgreementMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    AgreementManagement(
            Agreements agreements,
            AgreementTopics topics,
            MemberManagement members,
            AgreementMails mails,
            AuditLog audit) {
        this.agreements = agreements;
        this.topics = topics;
        this.members = members;
        this.mails = mails;
        this.audit = audit;
    }

    /** Today in Norway. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The 13 topics of § 6-2, by point. */
    public List<AgreementTopic> topics() {
        return topics.all();
    }

    /** The collaboration's hospital trusts, by name. */
    public List<AgreementParty> hospitalTrusts(UUID collaborationId) {
        return organisations(collaborationId, OrganisationKind.HOSPITAL_TRUST);
    }

    /** The collaboration's municipalities, by name. */
    public List<AgreementParty> municipalities(UUID collaborationId) {
        return organisations(collaborationId, OrganisationKind.MUNICIPALITY);
    }

    private List<AgreementParty> organisations(UUID collaborationId, OrganisationKind kind) {
        return members.organisations(collaborationId).stream()
                .filter(o -> o.kind() == kind)
                .map(AgreementManagement::party)
                .toList();
    }

    private static AgreementParty party(OrganisationSummary o) {
        return new AgreementParty(o.id(), o.name(), o.municipalityNumber());
    }

    // --- agreements

    public List<AgreementSummary> agreements(UUID collaborationId) {
        return agreements.ofCollaboration(collaborationId);
    }

    /** The agreements a municipality is party to. */
    public List<AgreementSummary> agreementsOf(UUID collaborationId, UUID municipalityId) {
        return agreements.ofMunicipality(collaborationId, municipalityId);
    }

    public AgreementSummary agreement(UUID collaborationId, UUID id) {
        return agreements.find(collaborationId, id).orElseThrow(AgreementNotFound::new);
    }

    /** An agreement the municipality is party to; any other is not found. */
    public AgreementSummary agreementOf(UUID collaborationId, UUID municipalityId, UUID id) {
        return agreements
                .find(collaborationId, id)
                .filter(a -> a.municipalityIds().contains(municipalityId))
                .orElseThrow(AgreementNotFound::new);
    }

    @Transactional
    public AgreementSummary create(UUID collaborationId, AgreementCommand c) {
        checkParties(collaborationId, c);
        UUID id = UUID.randomUUID();
        agreements.insert(id, collaborationId, c);
        AgreementSummary created = agreement(collaborationId, id);
        audit.created(collaborationId, "agreement", id, created.title(), created);
        return created;
    }

    @Transactional
    public AgreementSummary update(UUID collaborationId, UUID id, AgreementCommand c) {
        AgreementSummary before = lock(collaborationId, id);
        checkParties(collaborationId, c);
        agreements.update(id, c);
        AgreementSummary after = agreement(collaborationId, id);
        audit.updated(collaborationId, "agreement", id, after.title(), before, after);
        return after;
    }

    @Transactional
    public AgreementSummary delete(UUID collaborationId, UUID id) {
        AgreementSummary before = lock(collaborationId, id);
        agreements.delete(id);
        audit.deleted(collaborationId, "agreement", id, before.title(), before);
        return before;
    }

    // --- sub-agreements

    public SubAgreementSummary part(UUID collaborationId, UUID agreementId, UUID partId) {
        return part(agreement(collaborationId, agreementId), partId);
    }

    private static SubAgreementSummary part(AgreementSummary agreement, UUID partId) {
        return agreement.parts().stream()
                .filter(p -> p.id().equals(partId))
                .findFirst()
                .orElseThrow(AgreementNotFound::new);
    }

    @Transactional
    public SubAgreementSummary addPart(UUID collaborationId, UUID agreementId, SubAgreementCommand c) {
        AgreementSummary agreement = lock(collaborationId, agreementId);
        checkTopic(agreement, null, c);
        UUID id = UUID.randomUUID();
        agreements.insertPart(id, agreementId, c);
        SubAgreementSummary created = part(collaborationId, agreementId, id);
        audit.created(collaborationId, "subAgreement", id, label(agreement, created), created);
        return created;
    }

    @Transactional
    public SubAgreementSummary updatePart(UUID collaborationId, UUID agreementId, UUID partId, SubAgreementCommand c) {
        AgreementSummary agreement = lock(collaborationId, agreementId);
        SubAgreementSummary before = part(agreement, partId);
        checkTopic(agreement, partId, c);
        agreements.updatePart(partId, c);
        SubAgreementSummary after = part(collaborationId, agreementId, partId);
        audit.updated(collaborationId, "subAgreement", partId, label(agreement, after), before, after);
        return after;
    }

    // --- versions

    public VersionSummary version(UUID collaborationId, UUID agreementId, UUID partId, UUID versionId) {
        return version(part(collaborationId, agreementId, partId), versionId);
    }

    private static VersionSummary version(SubAgreementSummary part, UUID versionId) {
        return part.versions().stream()
                .filter(v -> v.id().equals(versionId))
                .findFirst()
                .orElseThrow(AgreementNotFound::new);
    }

    @Transactional
    public VersionSummary addVersion(UUID collaborationId, UUID agreementId, UUID partId, VersionCommand c) {
        AgreementSummary agreement = lock(collaborationId, agreementId);
        SubAgreementSummary part = part(agreement, partId);
        OptionalInt highest =
                part.versions().stream().mapToInt(VersionSummary::versionNumber).max();
        if (highest.isPresent() && c.versionNumber() <= highest.getAsInt()) {
            throw new InvalidInput("versionNumber", "agreement.version.number.notIncreasing", highest.getAsInt());
        }
        UUID id = UUID.randomUUID();
        agreements.insertVersion(id, partId, c);
        VersionSummary created = version(collaborationId, agreementId, partId, id);
        audit.created(collaborationId, "agreementVersion", id, label(agreement, part, created), created);
        return created;
    }

    /** A version keeps its place among the others: its number stays between its neighbours'. */
    @Transactional
    public VersionSummary updateVersion(
            UUID collaborationId, UUID agreementId, UUID partId, UUID versionId, VersionCommand c) {
        AgreementSummary agreement = lock(collaborationId, agreementId);
        SubAgreementSummary part = part(agreement, partId);
        VersionSummary before = version(part, versionId);
        OptionalInt below = part.versions().stream()
                .mapToInt(VersionSummary::versionNumber)
                .filter(n -> n < before.versionNumber())
                .max();
        OptionalInt above = part.versions().stream()
                .mapToInt(VersionSummary::versionNumber)
                .filter(n -> n > before.versionNumber())
                .min();
        if (below.isPresent() && c.versionNumber() <= below.getAsInt()) {
            throw new InvalidInput("versionNumber", "agreement.version.number.notIncreasing", below.getAsInt());
        }
        if (above.isPresent() && c.versionNumber() >= above.getAsInt()) {
            throw new InvalidInput("versionNumber", "agreement.version.number.belowNext", above.getAsInt());
        }
        agreements.updateVersion(versionId, c);
        VersionSummary after = version(collaborationId, agreementId, partId, versionId);
        audit.updated(collaborationId, "agreementVersion", versionId, label(agreement, part, after), before, after);
        return after;
    }

    @Transactional
    public VersionSummary deleteVersion(UUID collaborationId, UUID agreementId, UUID partId, UUID versionId) {
        AgreementSummary agreement = lock(collaborationId, agreementId);
        SubAgreementSummary part = part(agreement, partId);
        VersionSummary before = version(part, versionId);
        agreements.deleteVersion(versionId);
        audit.deleted(collaborationId, "agreementVersion", versionId, label(agreement, part, before), before);
        return before;
    }

    // --- coverage

    /** Every municipality of the collaboration (those not ended by the day) by topic. */
    public CoverageMatrix matrix(UUID collaborationId, LocalDate date) {
        List<AgreementParty> rows = members.organisations(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .filter(o -> o.endedOn() == null || !o.endedOn().isBefore(date))
                .map(AgreementManagement::party)
                .toList();
        return CoverageMatrix.of(date, topics.all(), rows, agreements.ofCollaboration(collaborationId));
    }

    /** The matrix row of one municipality, as its contact sees it. */
    public CoverageMatrix matrixOf(UUID collaborationId, UUID municipalityId, LocalDate date) {
        List<AgreementParty> rows = members.organisations(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && o.id().equals(municipalityId))
                .map(AgreementManagement::party)
                .toList();
        return CoverageMatrix.of(date, topics.all(), rows, agreements.ofMunicipality(collaborationId, municipalityId));
    }

    // --- reminders

    /**
     * Mails the coordinators about every current version whose reminder day (the agreement's number
     * of days before the revision is due) has come, once per version; the rows are locked and
     * skipped by another node running at the same time. Returns how many.
     */
    @Transactional
    public int sendReminders(LocalDate today) {
        List<Agreements.ReminderDue> due = agreements.dueForReminder(today);
        for (Agreements.ReminderDue d : due) {
            AgreementSummary agreement = agreement(d.collaborationId(), d.agreementId());
            SubAgreementSummary part = part(agreement, d.subAgreementId());
            mails.revisionDue(d.collaborationId(), agreement, part, version(part, d.id()));
            agreements.reminded(d.id(), today);
        }
        return due.size();
    }

    // --- rules

    private AgreementSummary lock(UUID collaborationId, UUID id) {
        if (!agreements.lock(collaborationId, id)) {
            throw new AgreementNotFound();
        }
        return agreement(collaborationId, id);
    }

    private void checkParties(UUID collaborationId, AgreementCommand c) {
        List<OrganisationSummary> known = members.organisations(collaborationId);
        boolean trust = known.stream()
                .anyMatch(o -> o.id().equals(c.hospitalTrustId()) && o.kind() == OrganisationKind.HOSPITAL_TRUST);
        boolean municipalities = c.municipalityIds().stream().allMatch(id -> known.stream()
                .anyMatch(o -> o.id().equals(id) && o.kind() == OrganisationKind.MUNICIPALITY));
        new FieldProblems()
                .when(!trust, "hospitalTrustId", "agreement.hospitalTrust.unknown")
                .when(!municipalities, "municipalityIds", "agreement.municipalities.unknown")
                .throwIfAny();
    }

    private void checkTopic(AgreementSummary agreement, @Nullable UUID partId, SubAgreementCommand c) {
        if (topics.find(c.topic()).isEmpty()) {
            throw new InvalidInput("topic", "agreement.topic.unknown");
        }
        boolean taken =
                agreement.parts().stream().anyMatch(p -> p.topic().point() == c.topic() && !p.id().equals(partId));
        if (taken) {
            throw new InvalidInput("topic", "agreement.topic.taken", c.topic());
        }
    }

    private static String label(AgreementSummary agreement, SubAgreementSummary part) {
        return agreement.title() + " / " + part.topic().point();
    }

    private static String label(AgreementSummary agreement, SubAgreementSummary part, VersionSummary version) {
        return label(agreement, part) + " / v" + version.versionNumber();
    }
}
