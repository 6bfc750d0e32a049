package no.lokta.project.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.money.Nok;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development funds of a collaboration: calls with a pot, members' applications, assessment,
 * awards and rejections, and the follow-up reports owed by receivers. Every change to a call or to
 * an application is made in one transaction holding the call's row lock, so that awards made at
 * the same time are decided one after the other and never exceed the pot. Every method takes the
 * collaboration it works in; an id from another one is not found, and so is another member
 * organisation's application for a member.
 */
@Service
@Transactional(readOnly = true)
public class FundManagement {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final Calls calls;
    private final FundApplications applications;
    private final MemberManagement members;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    FundManagement(Calls calls, FundApplications applications, MemberManagement members, AuditLog audit) {
        this.calls = calls;
        this.applications = applications;
        this.members = members;
        this.audit = audit;
    }

    /** Today where the unit works. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- calls

    /** Every call of the collaboration, drafts too: the coordinator's view. */
    public List<CallSummary> calls(UUID collaborationId) {
        return calls.ofCollaboration(collaborationId);
    }

    /** The calls members see: open and closed ones, never drafts. */
    public List<CallSummary> publishedCalls(UUID collaborationId) {
        return calls.published(collaborationId);
    }

    public CallSummary call(UUID collaborationId, UUID id) {
        return calls.find(id)
                .filter(c -> c.collaborationId().equals(collaborationId))
                .orElseThrow(FundNotFound::new);
    }

    /** A call as a member sees it: a draft is not found. */
    public CallSummary publishedCall(UUID collaborationId, UUID id) {
        CallSummary call = call(collaborationId, id);
        if (call.status() == CallStatus.DRAFT) {
            throw new FundNotFound();
        }
        return call;
    }

    @Transactional
    public CallSummary createCall(UUID collaborationId, CallCommand c) {
        UUID id = UUID.randomUUID();
        calls.insert(id, collaborationId, c);
        CallSummary created = call(collaborationId, id);
        audit.created(collaborationId, "fundCall", id, created.title(), created);
        return created;
    }

    /** Changes a call; its pot may not fall below what has been awarded from it. */
    @Transactional
    public CallSummary updateCall(UUID collaborationId, UUID id, CallCommand c) {
        lock(collaborationId, id);
        CallSummary before = call(collaborationId, id);
        if (c.pot().compareTo(before.awarded()) < 0) {
            throw new InvalidInput(
                    "pot", "fund.pot.belowAwarded", before.awarded().format());
        }
        calls.update(id, c);
        CallSummary after = call(collaborationId, id);
        audit.updated(collaborationId, "fundCall", id, after.title(), before, after);
        return after;
    }

    /** Opens a draft or closed call for applications, or closes an open one. */
    @Transactional
    public CallSummary changeStatus(UUID collaborationId, UUID id, CallStatus to) {
        lock(collaborationId, id);
        CallSummary before = call(collaborationId, id);
        if (!before.status().mayGoTo(to)) {
            throw new InvalidInput("status", "fund.call.status.notAllowed");
        }
        calls.status(id, to);
        CallSummary after = call(collaborationId, id);
        audit.updated(collaborationId, "fundCall", id, after.title(), before, after);
        return after;
    }

    // --- applications

    /** The applications to a call: the coordinator's view. */
    public List<ApplicationSummary> applications(UUID collaborationId, UUID callId) {
        call(collaborationId, callId);
        return applications.ofCall(callId);
    }

    /** A member organisation's own applications, to every call of the collaboration. */
    public List<ApplicationSummary> applicationsOf(UUID collaborationId, UUID organisationId) {
        return applications.ofOrganisation(collaborationId, organisationId);
    }

    public ApplicationSummary application(UUID collaborationId, UUID id) {
        return applications.find(collaborationId, id).orElseThrow(FundNotFound::new);
    }

    /** An application of the member's own organisation; another's is not found. */
    public ApplicationSummary applicationOf(UUID collaborationId, UUID organisationId, UUID id) {
        return applications
                .find(collaborationId, id)
                .filter(a -> a.organisationId().equals(organisationId))
                .orElseThrow(FundNotFound::new);
    }

    /** A member organisation applies to a call that is open today. */
    @Transactional
    public ApplicationSummary apply(
            UUID collaborationId, UUID organisationId, UUID callId, ApplyCommand c, String submittedBy) {
        lock(collaborationId, callId);
        CallSummary call = publishedCall(collaborationId, callId);
        members.organisation(collaborationId, organisationId);
        if (!call.acceptsOn(today())) {
            throw new InvalidInput("call", "fund.apply.notOpen");
        }
        UUID id = UUID.randomUUID();
        applications.insert(id, callId, organisationId, c, submittedBy, now());
        ApplicationSummary created = application(collaborationId, id);
        audit.created(collaborationId, "fundApplication", id, created.title(), created);
        return created;
    }

    /** The coordinator's assessment; it may be written again until the decision is made. */
    @Transactional
    public ApplicationSummary assess(UUID collaborationId, UUID id, AssessmentCommand c) {
        ApplicationSummary before = lockedApplication(collaborationId, id);
        if (before.decision() != Decision.PENDING) {
            throw new InvalidInput("assessment", "fund.decision.already");
        }
        applications.assess(id, c, now());
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "fundApplication", id, after.title(), before, after);
        return after;
    }

    /**
     * Awards money to an application: at most what it applied for, and at most what is left of the
     * call's pot, decided while holding the call's lock. A second decision is refused.
     */
    @Transactional
    public ApplicationSummary award(UUID collaborationId, UUID id, AwardCommand c) {
        ApplicationSummary before = lockedApplication(collaborationId, id);
        CallSummary call = call(collaborationId, before.callId());
        if (before.decision() != Decision.PENDING) {
            throw new InvalidInput("amount", "fund.decision.already");
        }
        if (call.status() == CallStatus.DRAFT) {
            throw new InvalidInput("amount", "fund.award.draft");
        }
        if (c.amount().compareTo(before.applied()) > 0) {
            throw new InvalidInput(
                    "amount", "fund.award.moreThanApplied", before.applied().format());
        }
        long remaining = call.pot().ore() - applications.awardedFrom(call.id());
        if (c.amount().ore() > remaining) {
            throw new InvalidInput("amount", "fund.award.beyondPot", new Nok(Math.max(0, remaining)).format());
        }
        LocalDate today = today();
        if (c.reportDue().isBefore(today)) {
            throw new InvalidInput("reportDue", "fund.report.dueInPast");
        }
        applications.award(id, c, today);
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "fundApplication", id, after.title(), before, after);
        return after;
    }

    /** Rejects an application; a second decision is refused. */
    @Transactional
    public ApplicationSummary reject(UUID collaborationId, UUID id) {
        ApplicationSummary before = lockedApplication(collaborationId, id);
        if (before.decision() != Decision.PENDING) {
            throw new InvalidInput("decision", "fund.decision.already");
        }
        applications.reject(id, today());
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "fundApplication", id, after.title(), before, after);
        return after;
    }

    /** The receiver's follow-up report on an award to its own organisation; it may be written again. */
    @Transactional
    public ApplicationSummary report(UUID collaborationId, UUID organisationId, UUID id, ReportCommand c) {
        ApplicationSummary locked = lockedApplication(collaborationId, id);
        if (!locked.organisationId().equals(organisationId)) {
            throw new FundNotFound();
        }
        if (locked.decision() != Decision.AWARDED) {
            throw new InvalidInput("text", "fund.report.notAwarded");
        }
        applications.report(id, c, today());
        ApplicationSummary after = application(collaborationId, id);
        audit.updated(collaborationId, "fundApplication", id, after.title(), locked, after);
        return after;
    }

    /** Finds the application, then locks its call and reads it again under the lock. */
    private ApplicationSummary lockedApplication(UUID collaborationId, UUID id) {
        ApplicationSummary found = application(collaborationId, id);
        lock(collaborationId, found.callId());
        return application(collaborationId, id);
    }

    private void lock(UUID collaborationId, UUID callId) {
        if (!calls.lock(callId).map(collaborationId::equals).orElse(false)) {
            throw new FundNotFound();
        }
    }
}
