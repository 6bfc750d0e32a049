package no.lokta.needs.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationNotFound;
import no.lokta.member.OrganisationSummary;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedNotFound;
import no.lokta.needs.need.NeedSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityCommand;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.SessionCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders to education providers in a collaboration. Every step is taken in one transaction holding
 * the order's row lock, so that a double submit finds the step already taken. Every method takes
 * the collaboration it works in; an id from another one is not found.
 */
@Service
@Transactional(readOnly = true)
public class OrderManagement {

    /** The kinds of organisation that teach. */
    public static final Set<OrganisationKind> PROVIDER_KINDS =
            Set.of(OrganisationKind.COLLEGE_UNIVERSITY, OrganisationKind.STUDY_CENTRE, OrganisationKind.HOSPITAL_TRUST);

    /** The largest file an order takes, in bytes. */
    public static final int MAX_ATTACHMENT_BYTES = Uploads.MAX_BYTES;

    private final Orders orders;
    private final OrderAttachments attachments;
    private final NeedManagement needs;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final ProgrammeManagement programme;
    private final OrderMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ProgrammeManagement.ZONE);

    OrderManagement(
            Orders orders,
            OrderAttachments attachments,
            NeedManagement needs,
            MemberManagement members,
            PeopleManagement people,
            ProgrammeManagement programme,
            OrderMails mails,
            AuditLog audit) {
        this.orders = orders;
        this.attachments = attachments;
        this.needs = needs;
        this.members = members;
        this.people = people;
        this.programme = programme;
        this.mails = mails;
        this.audit = audit;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public List<OrderSummary> orders(UUID collaborationId) {
        return orders.ofCollaboration(collaborationId);
    }

    public OrderSummary order(UUID collaborationId, UUID id) {
        return orders.find(id)
                .filter(o -> o.collaborationId().equals(collaborationId))
                .orElseThrow(OrderNotFound::new);
    }

    /** The orders that cover a need. */
    public List<OrderSummary> ordersOf(UUID collaborationId, UUID needId) {
        return orders.ofCollaboration(collaborationId).stream()
                .filter(o -> o.needIds().contains(needId))
                .toList();
    }

    /** The orders sent to a provider, never drafts. */
    public List<OrderSummary> ordersFor(UUID collaborationId, UUID providerId) {
        return orders.ofProvider(collaborationId, providerId);
    }

    /** An order sent to this provider; a draft or another provider's order is not found. */
    public OrderSummary orderFor(UUID collaborationId, UUID providerId, UUID id) {
        return orders.find(id)
                .filter(o -> o.collaborationId().equals(collaborationId)
                        && o.providerId().equals(providerId)
                        && o.status() != OrderStatus.DRAFT)
                .orElseThrow(OrderNotFound::new);
    }

    /** The organisations of the collaboration that may receive an order. */
    public List<OrganisationSummary> providers(UUID collaborationId) {
        return members.organisations(collaborationId).stream()
                .filter(o -> PROVIDER_KINDS.contains(o.kind()) && o.endedOn() == null)
                .toList();
    }

    @Transactional
    public OrderSummary create(UUID collaborationId, OrderCommand c) {
        check(collaborationId, c);
        UUID id = UUID.randomUUID();
        orders.insert(id, collaborationId, c, now());
        OrderSummary created = order(collaborationId, id);
        audit.created(collaborationId, "order", id, created.title(), created);
        return created;
    }

    /** Changes a draft; an order once sent is what the provider answered to. */
    @Transactional
    public OrderSummary update(UUID collaborationId, UUID id, OrderCommand c) {
        lock(collaborationId, id);
        OrderSummary before = order(collaborationId, id);
        if (before.status() != OrderStatus.DRAFT) {
            throw new InvalidInput("status", "order.update.notDraft");
        }
        check(collaborationId, c);
        orders.update(id, c);
        OrderSummary after = order(collaborationId, id);
        audit.updated(collaborationId, "order", id, after.title(), before, after);
        return after;
    }

    /**
     * Moves the order a step on, as the coordinator: sends it, accepts or declines the offer, marks
     * it delivered or evaluated. The offer itself is the provider's ({@link #offer}).
     */
    @Transactional
    public OrderSummary step(UUID collaborationId, UUID id, OrderStatus to) {
        lock(collaborationId, id);
        OrderSummary before = order(collaborationId, id);
        if (to == OrderStatus.OFFER_RECEIVED) {
            throw new InvalidInput("status", "order.step.offerIsProviders");
        }
        checkStep(before.status(), to);
        orders.status(id, to);
        OrderSummary after = order(collaborationId, id);
        audit.updated(collaborationId, "order", id, after.title(), before, after);
        mails.stepped(collaborationId, providerPeople(collaborationId, after.providerId()), after);
        return after;
    }

    /** Refuses a step the order's way does not allow. */
    static void checkStep(OrderStatus from, OrderStatus to) {
        if (!from.mayGoTo(to)) {
            throw new InvalidInput("status", "order.step.notAllowed");
        }
    }

    /**
     * The provider's offer on an order sent to it. A second submit finds the offer given and
     * changes nothing.
     */
    @Transactional
    public OrderSummary offer(UUID collaborationId, UUID providerId, UUID id, OfferCommand c) {
        lock(collaborationId, id);
        OrderSummary before = orderFor(collaborationId, providerId, id);
        if (before.status() != OrderStatus.SENT) {
            throw new InvalidInput("price", "order.offer.notAwaited");
        }
        orders.offer(id, c, now());
        OrderSummary after = order(collaborationId, id);
        audit.updated(collaborationId, "order", id, after.title(), before, after);
        mails.stepped(collaborationId, coordinators(collaborationId), after);
        return after;
    }

    /**
     * Creates the programme activity of an accepted order, as a draft for the coordinator to
     * finish, and marks its needs as ordered. A second click returns the activity made.
     */
    @Transactional
    public OrderSummary createActivity(UUID collaborationId, UUID id) {
        lock(collaborationId, id);
        OrderSummary before = order(collaborationId, id);
        if (before.activityId() != null) {
            return before;
        }
        if (before.status() != OrderStatus.ACCEPTED
                && before.status() != OrderStatus.DELIVERED
                && before.status() != OrderStatus.EVALUATED) {
            throw new InvalidInput("status", "order.activity.notAccepted");
        }
        List<NeedSummary> behind = needs.needs(collaborationId, new LinkedHashSet<>(before.needIds()));
        ActivitySummary activity = programme.createActivity(collaborationId, activityOf(before, behind));
        orders.activity(id, activity.id());
        needs.markOrdered(collaborationId, new LinkedHashSet<>(before.needIds()));
        OrderSummary after = order(collaborationId, id);
        audit.updated(collaborationId, "order", id, after.title(), before, after);
        return after;
    }

    /** The activity an order becomes: its dates are the offer's where there is one. */
    static ActivityCommand activityOf(OrderSummary o, List<NeedSummary> behind) {
        OrderSummary.Offer offer = o.offer();
        LocalDate from = offer != null ? offer.proposedFrom() : o.periodFrom();
        LocalDate to = offer != null ? offer.proposedTo() : o.periodTo();
        int people = behind.stream().mapToInt(NeedSummary::people).sum();
        return new ActivityCommand(
                null,
                o.mode() == DeliveryMode.VIDEO ? ActivityKind.VIDEO_LECTURE : ActivityKind.COURSE,
                o.title(),
                o.description(),
                Audience.EMPLOYEES,
                List.of(new SessionCommand(
                        LocalDateTime.of(from, LocalTime.of(9, 0)),
                        LocalDateTime.of(to, LocalTime.of(15, 0)),
                        o.place(),
                        "")),
                people,
                Map.of(),
                null,
                null,
                null,
                false,
                BigDecimal.ZERO,
                "",
                ActivityStatus.DRAFT);
    }

    // --- attachments: the coordinator (providerId null) or the provider's partners (their provider's id)

    /** The files attached to an order the caller may see. */
    public List<AttachmentSummary> attachments(UUID collaborationId, @Nullable UUID providerId, UUID orderId) {
        visible(collaborationId, providerId, orderId);
        return attachments.of(orderId);
    }

    /** One file with its content; an id of another order is not found. */
    public AttachmentFile attachment(UUID collaborationId, @Nullable UUID providerId, UUID orderId, UUID id) {
        visible(collaborationId, providerId, orderId);
        return attachments.file(orderId, id).orElseThrow(AttachmentNotFound::new);
    }

    /**
     * Attaches a file to an order, after checking its name, size and type (by extension and by how
     * the content begins). A refused file stores nothing.
     */
    @Transactional
    public AttachmentSummary attach(
            UUID collaborationId, @Nullable UUID providerId, UUID orderId, AttachmentCommand c) {
        lock(collaborationId, orderId);
        OrderSummary order = visible(collaborationId, providerId, orderId);
        Uploads.Checked file = Uploads.check(c.fileName(), c.content());
        UUID id = UUID.randomUUID();
        attachments.insert(id, orderId, file, c, now());
        AttachmentSummary created = attachments.find(orderId, id).orElseThrow(AttachmentNotFound::new);
        audit.created(collaborationId, "orderAttachment", id, order.title() + ": " + created.fileName(), created);
        return created;
    }

    /** Removes a file from an order. */
    @Transactional
    public AttachmentSummary detach(UUID collaborationId, @Nullable UUID providerId, UUID orderId, UUID id) {
        lock(collaborationId, orderId);
        OrderSummary order = visible(collaborationId, providerId, orderId);
        AttachmentSummary before = attachments.find(orderId, id).orElseThrow(AttachmentNotFound::new);
        attachments.delete(orderId, id);
        audit.deleted(collaborationId, "orderAttachment", id, order.title() + ": " + before.fileName(), before);
        return before;
    }

    private OrderSummary visible(UUID collaborationId, @Nullable UUID providerId, UUID orderId) {
        return providerId == null ? order(collaborationId, orderId) : orderFor(collaborationId, providerId, orderId);
    }

    private void check(UUID collaborationId, OrderCommand c) {
        try {
            if (!PROVIDER_KINDS.contains(
                    members.organisation(collaborationId, c.providerId()).kind())) {
                throw new InvalidInput("providerId", "order.provider.notProvider");
            }
        } catch (OrganisationNotFound e) {
            throw new InvalidInput("providerId", "order.provider.notProvider");
        }
        try {
            needs.needs(collaborationId, c.needIds());
        } catch (NeedNotFound e) {
            throw new InvalidInput("needIds", "order.needs.unknown");
        }
    }

    private void lock(UUID collaborationId, UUID id) {
        if (!orders.lock(id).map(collaborationId::equals).orElse(false)) {
            throw new OrderNotFound();
        }
    }

    private List<String> providerPeople(UUID collaborationId, UUID providerId) {
        return people.peopleIn(collaborationId).stream()
                .filter(p -> providerId.equals(p.organisationId()) && p.roles().contains(Role.PARTNER))
                .map(PersonSummary::email)
                .toList();
    }

    private List<String> coordinators(UUID collaborationId) {
        return people.peopleIn(collaborationId).stream()
                .filter(p -> p.roles().contains(Role.COORDINATOR))
                .map(PersonSummary::email)
                .toList();
    }
}
