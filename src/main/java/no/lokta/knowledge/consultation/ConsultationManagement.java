package no.lokta.knowledge.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.Conflict;
import no.lokta.platform.web.FieldProblems;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations from the authorities and the collaboration's joint response. Every method takes the
 * collaboration it works in; a consultation of another one is not found. Status changes and the
 * response hold the consultation's row lock; inputs hold it shared, so that an input never lands
 * after the consultation left {@link ConsultationStatus#OPEN_FOR_INPUT}.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationManagement {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    public static final int MAX_INPUT = 10000;
    public static final int MAX_RESPONSE = 50000;
    public static final int MAX_NOTE = 2000;

    private final Consultations consultations;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final ConsultationMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    ConsultationManagement(
            Consultations consultations,
            MemberManagement members,
            PeopleManagement people,
            ConsultationMails mails,
            AuditLog audit) {
        this.consultations = consultations;
        this.members = members;
        this.people = people;
        this.mails = mails;
        this.audit = audit;
    }

    /** Today in Norway. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // --- consultations

    /** Those in progress first, by the authority's deadline; those done after, latest first. */
    public List<ConsultationSummary> consultations(UUID collaborationId) {
        return consultations.ofCollaboration(collaborationId);
    }

    public ConsultationSummary consultation(UUID collaborationId, UUID id) {
        return consultations.find(collaborationId, id).orElseThrow(ConsultationNotFound::new);
    }

    /** Registers a consultation, open for input, and tells the member contacts once. */
    @Transactional
    public ConsultationSummary create(UUID collaborationId, ConsultationCommand c) {
        ConsultationSummary created = register(collaborationId, c);
        tellMembers(collaborationId, created);
        return created;
    }

    /** Registers a consultation without telling anyone: for consultations of the past. */
    @Transactional
    ConsultationSummary register(UUID collaborationId, ConsultationCommand c) {
        UUID id = UUID.randomUUID();
        consultations.insert(id, collaborationId, c);
        ConsultationSummary created = consultation(collaborationId, id);
        audit.created(collaborationId, "consultation", id, created.title(), created);
        return created;
    }

    @Transactional
    public ConsultationSummary update(UUID collaborationId, UUID id, ConsultationCommand c) {
        ConsultationSummary before = lock(collaborationId, id);
        if (before.status().done()) {
            throw new Conflict("consultation.refused.done");
        }
        consultations.update(id, c);
        ConsultationSummary after = consultation(collaborationId, id);
        audit.updated(collaborationId, "consultation", id, after.title(), before, after);
        return after;
    }

    /**
     * Mails the municipality contacts and partners who speak for an organisation, each address once;
     * a consultation whose members were told is not told again.
     */
    private void tellMembers(UUID collaborationId, ConsultationSummary c) {
        if (!consultations.told(c.id(), now())) {
            return;
        }
        Map<String, String> byAddress = new LinkedHashMap<>();
        for (PersonSummary p : people.peopleIn(collaborationId)) {
            boolean speaks =
                    p.roles().contains(Role.MUNICIPALITY_CONTACT) || p.roles().contains(Role.PARTNER);
            if (speaks && p.organisationId() != null && !p.email().isBlank()) {
                byAddress.putIfAbsent(
                        p.email().strip().toLowerCase(Locale.ROOT), p.email().strip());
            }
        }
        mails.opened(collaborationId, byAddress.values(), c);
    }

    // --- status

    /** Input closes and the response is drafted. */
    @Transactional
    public ConsultationSummary startDrafting(UUID collaborationId, UUID id) {
        return move(
                collaborationId,
                id,
                ConsultationStatus.DRAFTING,
                () -> consultations.status(id, ConsultationStatus.DRAFTING));
    }

    /** The response as it stands is approved; a consultation without a drafted response cannot be. */
    @Transactional
    public ConsultationSummary approve(UUID collaborationId, UUID id, String by) {
        return approve(collaborationId, id, by, now());
    }

    @Transactional
    ConsultationSummary approve(UUID collaborationId, UUID id, String by, OffsetDateTime at) {
        ConsultationSummary before = lock(collaborationId, id);
        refuseUnless(before, ConsultationStatus.APPROVED);
        if (consultations.responses(id).isEmpty()) {
            throw new Conflict("consultation.refused.noResponse");
        }
        consultations.approved(id, by, at);
        return logged(collaborationId, before);
    }

    /** The approval is taken back, so that the draft can be changed. */
    @Transactional
    public ConsultationSummary withdrawApproval(UUID collaborationId, UUID id) {
        return move(collaborationId, id, ConsultationStatus.DRAFTING, () -> consultations.approved(id, null, null));
    }

    /** Records that the approved response was sent to the authority; after this it is read only. */
    @Transactional
    public ConsultationSummary submit(UUID collaborationId, UUID id, LocalDate on, String note, String by) {
        ConsultationSummary before = lock(collaborationId, id);
        refuseUnless(before, ConsultationStatus.SUBMITTED);
        String clean = note.strip();
        new FieldProblems()
                .when(on.isBefore(before.receivedOn()), "submittedOn", "consultation.submittedOn.beforeReceived")
                .when(on.isAfter(today()), "submittedOn", "consultation.submittedOn.future")
                .longest("note", clean, MAX_NOTE)
                .throwIfAny();
        consultations.submitted(id, on, by, clean);
        return logged(collaborationId, before);
    }

    /** Closes the consultation without a response, with why. */
    @Transactional
    public ConsultationSummary closeWithoutResponse(UUID collaborationId, UUID id, String note) {
        String clean = note.strip();
        new FieldProblems().longest("note", clean, MAX_NOTE).throwIfAny();
        return move(
                collaborationId, id, ConsultationStatus.CLOSED_WITHOUT_RESPONSE, () -> consultations.closed(id, clean));
    }

    private ConsultationSummary move(UUID collaborationId, UUID id, ConsultationStatus next, Runnable change) {
        ConsultationSummary before = lock(collaborationId, id);
        refuseUnless(before, next);
        change.run();
        return logged(collaborationId, before);
    }

    private static void refuseUnless(ConsultationSummary c, ConsultationStatus next) {
        if (!c.status().canBecome(next)) {
            throw new Conflict("consultation.refused." + next.name());
        }
    }

    private ConsultationSummary logged(UUID collaborationId, ConsultationSummary before) {
        ConsultationSummary after = consultation(collaborationId, before.id());
        audit.updated(collaborationId, "consultation", before.id(), after.title(), before, after);
        return after;
    }

    // --- documents

    public List<ConsultationDocument> documents(UUID collaborationId, UUID id) {
        return consultations.documents(consultation(collaborationId, id).id());
    }

    public DocumentFile document(UUID collaborationId, UUID id, UUID documentId) {
        return consultations.document(collaborationId, id, documentId).orElseThrow(ConsultationNotFound::new);
    }

    @Transactional
    public ConsultationDocument addDocument(UUID collaborationId, UUID id, Upload file, String by) {
        ConsultationSummary c = lock(collaborationId, id);
        Uploads.Checked checked = Uploads.check(file.name(), file.content());
        UUID documentId = UUID.randomUUID();
        consultations.insertDocument(documentId, id, collaborationId, checked, file.content(), by, now());
        ConsultationDocument added = consultations.documents(id).stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .orElseThrow(ConsultationNotFound::new);
        audit.created(collaborationId, "consultationDocument", documentId, c.title() + " / " + added.fileName(), added);
        return added;
    }

    @Transactional
    public ConsultationDocument deleteDocument(UUID collaborationId, UUID id, UUID documentId) {
        ConsultationSummary c = lock(collaborationId, id);
        ConsultationDocument before = consultations.documents(id).stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .orElseThrow(ConsultationNotFound::new);
        consultations.deleteDocument(id, documentId);
        audit.deleted(
                collaborationId, "consultationDocument", documentId, c.title() + " / " + before.fileName(), before);
        return before;
    }

    // --- inputs

    /** Every member's input, by organisation: for the coordinators. */
    public List<InputSummary> inputs(UUID collaborationId, UUID id) {
        return consultations.inputs(consultation(collaborationId, id).id());
    }

    /** The input of one organisation, if it gave one. */
    public Optional<InputSummary> inputOf(UUID collaborationId, UUID id, UUID organisationId) {
        return consultations.input(consultation(collaborationId, id).id(), organisationId);
    }

    /** The collaboration's municipalities (those not ended) that have given no input, by name. */
    public List<MemberWithoutInput> withoutInput(UUID collaborationId, UUID id) {
        Set<UUID> answered = inputs(collaborationId, id).stream()
                .map(InputSummary::organisationId)
                .collect(Collectors.toSet());
        LocalDate today = today();
        return members.organisations(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .filter(o -> o.endedOn() == null || !o.endedOn().isBefore(today))
                .filter(o -> !answered.contains(o.id()))
                .map(o -> new MemberWithoutInput(o.id(), o.name()))
                .toList();
    }

    /**
     * Gives or changes an organisation's input while the consultation is open and its input deadline
     * has not passed. One row per organisation, however many write at once.
     */
    @Transactional
    public InputSummary giveInput(UUID collaborationId, UUID id, Respondent by, String text) {
        if (!consultations.lockShared(collaborationId, id)) {
            throw new ConsultationNotFound();
        }
        ConsultationSummary c = consultation(collaborationId, id);
        if (!c.openForInputOn(today())) {
            throw new InvalidInput("text", "consultation.input.closed");
        }
        boolean member = members.organisations(collaborationId).stream()
                .map(OrganisationSummary::id)
                .anyMatch(by.organisationId()::equals);
        if (!member) {
            throw new ConsultationNotFound();
        }
        String clean = text.strip();
        new FieldProblems().required("text", clean, MAX_INPUT).throwIfAny();
        Optional<InputSummary> before = consultations.input(id, by.organisationId());
        consultations.upsertInput(id, collaborationId, by, clean, now());
        InputSummary after = consultations.input(id, by.organisationId()).orElseThrow(ConsultationNotFound::new);
        String label = c.title() + " / " + after.organisationName();
        if (before.isPresent()) {
            audit.updated(collaborationId, "consultationInput", after.id(), label, before.get(), after);
        } else {
            audit.created(collaborationId, "consultationInput", after.id(), label, after);
        }
        return after;
    }

    /** Records an input as given at a time of the past, without the deadline: for consultations of the past. */
    @Transactional
    void recordInput(UUID collaborationId, UUID id, Respondent by, String text, OffsetDateTime at) {
        if (!consultations.lockShared(collaborationId, id)) {
            throw new ConsultationNotFound();
        }
        consultations.upsertInput(id, collaborationId, by, text.strip(), at);
    }

    // --- the joint response

    /** The saved drafts of the response, latest first. */
    public List<ResponseVersion> responses(UUID collaborationId, UUID id) {
        return consultations.responses(consultation(collaborationId, id).id());
    }

    /** Saves the response as a new draft, keeping the earlier ones; unchanged text saves nothing. */
    @Transactional
    public ResponseVersion draft(UUID collaborationId, UUID id, String text, String by) {
        return draft(collaborationId, id, text, by, now());
    }

    @Transactional
    ResponseVersion draft(UUID collaborationId, UUID id, String text, String by, OffsetDateTime at) {
        ConsultationSummary c = lock(collaborationId, id);
        if (!c.status().responseEditable()) {
            throw new Conflict("consultation.refused.responseLocked");
        }
        String clean = text.strip();
        new FieldProblems().required("text", clean, MAX_RESPONSE).throwIfAny();
        List<ResponseVersion> earlier = consultations.responses(id);
        if (!earlier.isEmpty() && earlier.getFirst().text().equals(clean)) {
            return earlier.getFirst();
        }
        int version = earlier.isEmpty() ? 1 : earlier.getFirst().version() + 1;
        consultations.insertResponse(id, collaborationId, version, clean, by, at);
        ResponseVersion saved = consultations.responses(id).getFirst();
        audit.created(collaborationId, "consultationResponse", id, c.title() + " / v" + version, saved);
        return saved;
    }

    private ConsultationSummary lock(UUID collaborationId, UUID id) {
        if (!consultations.lock(collaborationId, id)) {
            throw new ConsultationNotFound();
        }
        return consultation(collaborationId, id);
    }
}
