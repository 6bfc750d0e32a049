package no.lokta.programme.registration;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationNotFound;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.mail.MailOutbox;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with name and e-mail only (relatives, service users, anyone without an account). The
 * request is kept until the person opens the mailed link and confirms it there: only then is the
 * registration made, so that nobody is registered by a mistyped or someone else's address. Opening
 * the link shows a button; the button registers (mail scanners follow links, they do not press).
 */
@Service
@Transactional(readOnly = true)
public class GuestRegistrations {

    /** What a link is worth now. */
    public enum LinkState {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /** A link and, while it is valid, what it will register. */
    public record Link(LinkState state, @Nullable ActivitySummary activity, String name, String email) {

        static Link of(LinkState state) {
            return new Link(state, null, "", "");
        }
    }

    /** What confirming gave: the registration, if the link was valid. */
    public record Confirmation(
            LinkState state,
            @Nullable ActivitySummary activity,
            @Nullable RegistrationSummary registration) {}

    /** How long a link works. */
    public static final int VALID_HOURS = 48;

    /** Requests of one address for one activity within an hour; more are refused. */
    public static final int MAX_REQUESTS_PER_HOUR = 3;

    private static final Duration VALIDITY = Duration.ofHours(VALID_HOURS);

    private final GuestRequests requests;
    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final AuditLog audit;
    private final String baseUrl;

    GuestRegistrations(
            GuestRequests requests,
            ProgrammeManagement programme,
            MemberManagement members,
            MailOutbox mail,
            MessageSource messages,
            AuditLog audit,
            @Value("${lokta.base-url:http://localhost:8080}") String baseUrl) {
        this.requests = requests;
        this.programme = programme;
        this.members = members;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Keeps the request and mails the confirmation link. No registration and no seat yet.
     *
     * @throws InvalidInput for a bad name or address, an organisation not in the collaboration, a
     *     closed registration, or too many requests (nothing is stored then)
     * @throws no.lokta.programme.ActivityNotFound for an unknown activity or a draft
     */
    @Transactional
    public void request(UUID activityId, String name, String email, @Nullable UUID organisationId, Locale locale) {
        ActivitySummary activity = programme.publicActivity(activityId);
        // the same rules for name and address as the registration itself
        RegistrationCommand command = new RegistrationCommand(activityId, null, name, email, organisationId);
        if (organisationId != null) {
            try {
                members.organisation(activity.collaborationId(), organisationId);
            } catch (OrganisationNotFound e) {
                throw new InvalidInput("organisationId", "guest.organisation.unknown");
            }
        }
        if (!activity.registrationOpenAt(programme.now())) {
            throw new InvalidInput("activity", "registration.closed");
        }
        if (requests.recent(activityId, command.email(), Duration.ofHours(1)) >= MAX_REQUESTS_PER_HOUR) {
            throw new InvalidInput("email", "guest.email.tooMany", MAX_REQUESTS_PER_HOUR);
        }
        String token = Tokens.newToken();
        String hash = Tokens.sha256(token);
        requests.insert(hash, activityId, command.name(), command.email(), organisationId, VALIDITY);
        audit.created(
                activity.collaborationId(),
                "guest request",
                hash.substring(0, 12),
                activity.title() + ": " + command.email(),
                command);
        String link = baseUrl + "/programme/registrations/confirm?token=" + token;
        mail.queue(
                activity.collaborationId(),
                command.email(),
                text("guest.mail.subject", locale, activity.title()),
                text("guest.mail.body", locale, command.name(), activity.title(), link, VALID_HOURS));
    }

    /** The link as it stands, without changing anything (GET of the link). */
    public Link check(String token) {
        if (!Tokens.plausible(token)) {
            return Link.of(LinkState.UNKNOWN);
        }
        Optional<GuestRequests.Request> found = requests.find(Tokens.sha256(token), false);
        if (found.isEmpty()) {
            return Link.of(LinkState.UNKNOWN);
        }
        GuestRequests.Request request = found.get();
        LinkState state = state(request);
        if (state != LinkState.VALID) {
            return Link.of(state);
        }
        return new Link(state, programme.publicActivity(request.activityId()), request.name(), request.email());
    }

    /**
     * Registers the person of a valid link, once: the link is used up in the same transaction.
     *
     * @throws InvalidInput if the activity no longer takes registrations (the link stays unused)
     */
    @Transactional
    public Confirmation confirm(String token) {
        if (!Tokens.plausible(token)) {
            return new Confirmation(LinkState.UNKNOWN, null, null);
        }
        String hash = Tokens.sha256(token);
        Optional<GuestRequests.Request> found = requests.find(hash, true);
        if (found.isEmpty()) {
            return new Confirmation(LinkState.UNKNOWN, null, null);
        }
        GuestRequests.Request request = found.get();
        LinkState state = state(request);
        if (state != LinkState.VALID) {
            return new Confirmation(state, null, null);
        }
        RegistrationSummary registration = programme.register(new RegistrationCommand(
                request.activityId(), null, request.name(), request.email(), request.organisationId()));
        requests.markUsed(hash, registration.id());
        return new Confirmation(state, programme.publicActivity(request.activityId()), registration);
    }

    private static LinkState state(GuestRequests.Request request) {
        if (request.used()) {
            return LinkState.USED;
        }
        return request.expired() ? LinkState.EXPIRED : LinkState.VALID;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
