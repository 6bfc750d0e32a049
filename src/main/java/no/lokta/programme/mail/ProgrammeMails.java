package no.lokta.programme.mail;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.mail.MailAttachment;
import no.lokta.platform.mail.MailOutbox;
import no.lokta.platform.security.Role;
import no.lokta.programme.ActivityCancelled;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationAwaitingApproval;
import no.lokta.programme.RegistrationCancelled;
import no.lokta.programme.RegistrationConfirmed;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import no.lokta.programme.RegistrationWaitlisted;
import no.lokta.programme.ReminderDue;
import no.lokta.programme.WaitlistPromoted;
import no.lokta.programme.calendar.Ics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the programme's mails to the outbox when a registration or an activity changes. Each
 * listener runs after the change committed, in a transaction of its own; a listener that fails
 * leaves its event publication incomplete, to be resubmitted (at the latest on restart), and the
 * outbox then retries the sending itself.
 */
@Component
class ProgrammeMails {

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final Ics ics;
    private final CancellationLinks links;
    private final URI baseUrl;

    ProgrammeMails(
            ProgrammeManagement programme,
            MemberManagement members,
            PeopleManagement people,
            MailOutbox outbox,
            MailTexts texts,
            Ics ics,
            CancellationLinks links,
            @Value("${lokta.base-url:http://localhost:8080}") String baseUrl) {
        this.programme = programme;
        this.members = members;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.ics = ics;
        this.links = links;
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    @ApplicationModuleListener
    void on(RegistrationConfirmed e) {
        toParticipant(e.collaborationId(), e.registrationId(), e.approved() ? "approved" : "confirmed", true, true);
    }

    @ApplicationModuleListener
    void on(RegistrationAwaitingApproval e) {
        if (!e.fromWaitlist()) {
            // a promotion has its own mail to the participant (WaitlistPromoted)
            toParticipant(e.collaborationId(), e.registrationId(), "awaiting", false, true);
        }
        toContacts(e);
    }

    @ApplicationModuleListener
    void on(RegistrationWaitlisted e) {
        Participant p = participant(e.collaborationId(), e.registrationId());
        send(p, "waitlisted", false, true, e.position());
    }

    @ApplicationModuleListener
    void on(WaitlistPromoted e) {
        boolean confirmed = e.status() == RegistrationStatus.CONFIRMED;
        toParticipant(
                e.collaborationId(), e.registrationId(), confirmed ? "promoted" : "promotedAwaiting", confirmed, true);
    }

    @ApplicationModuleListener
    void on(RegistrationCancelled e) {
        toParticipant(
                e.collaborationId(),
                e.registrationId(),
                e.status() == RegistrationStatus.DECLINED ? "declined" : "cancelled",
                false,
                false);
    }

    @ApplicationModuleListener
    void on(ReminderDue e) {
        Participant p = participant(e.collaborationId(), e.registrationId());
        Locale locale = MailTexts.BOKMAAL;
        String starts = p.activity().startsAt() == null
                ? ""
                : texts.when(java.util.Objects.requireNonNull(p.activity().startsAt()), locale);
        send(p, "reminder", true, true, starts);
    }

    /** Everyone still registered hears of the cancellation, with a calendar file that cancels the event. */
    @ApplicationModuleListener
    void on(ActivityCancelled e) {
        ActivitySummary activity = programme.activity(e.collaborationId(), e.activityId());
        String sender = sender(e.collaborationId());
        for (RegistrationSummary r : programme.registrations(e.collaborationId(), e.activityId())) {
            if (r.status().active()) {
                send(
                        new Participant(r, activity, sender),
                        "activityCancelled",
                        r.status().holdsSeat(),
                        false);
            }
        }
    }

    private void toParticipant(
            UUID collaborationId, UUID registrationId, String kind, boolean calendar, boolean cancelLink) {
        send(participant(collaborationId, registrationId), kind, calendar, cancelLink);
    }

    private void toContacts(RegistrationAwaitingApproval e) {
        UUID organisationId = e.organisationId();
        if (organisationId == null) {
            return; // no organisation, no kommunekontakt: the coordinators approve in the registration list
        }
        Participant p = participant(e.collaborationId(), e.registrationId());
        String organisation =
                members.organisation(e.collaborationId(), organisationId).name();
        URI approval = baseUrl.resolve("programme/my-municipality/approvals/" + e.registrationId());
        List<PersonSummary> contacts = people.peopleIn(e.collaborationId()).stream()
                .filter(c -> c.roles().contains(Role.MUNICIPALITY_CONTACT) && organisationId.equals(c.organisationId()))
                .toList();
        for (PersonSummary contact : contacts) {
            Locale locale = MailTexts.BOKMAAL;
            String title = p.activity().title();
            String what = texts.text(
                    "mail.awaitingContact.body",
                    locale,
                    p.registration().name(),
                    p.registration().email(),
                    title,
                    organisation,
                    approval.toString());
            outbox.queue(
                    e.collaborationId(),
                    contact.email(),
                    texts.text("mail.awaitingContact.subject", locale, title),
                    texts.body(locale, contact.name(), what, p.activity(), null, false, null, p.sender()));
        }
    }

    private record Participant(RegistrationSummary registration, ActivitySummary activity, String sender) {}

    private Participant participant(UUID collaborationId, UUID registrationId) {
        RegistrationSummary r = programme.registration(collaborationId, registrationId);
        return new Participant(r, programme.activity(collaborationId, r.activityId()), sender(collaborationId));
    }

    private String sender(UUID collaborationId) {
        return members.collaboration(collaborationId).name();
    }

    private void send(Participant p, String kind, boolean calendar, boolean cancelLink, Object... extra) {
        Locale locale = MailTexts.BOKMAAL;
        ActivitySummary activity = p.activity();
        Object[] args = new Object[extra.length + 1];
        args[0] = activity.title();
        System.arraycopy(extra, 0, args, 1, extra.length);
        // a cancelled registration has nothing left to cancel
        @Nullable URI cancel = cancelLink && p.registration().status().active() ? links.url(p.registration()) : null;
        @Nullable
        MailAttachment attachment =
                calendar ? new MailAttachment(calendarFileName(activity), Ics.CONTENT_TYPE, ics.bytes(activity)) : null;
        outbox.queue(
                activity.collaborationId(),
                p.registration().email(),
                texts.text("mail." + kind + ".subject", locale, args),
                texts.body(
                        locale,
                        p.registration().name(),
                        texts.text("mail." + kind + ".body", locale, args),
                        activity,
                        ics.activityAddress(activity.id()),
                        attachment != null,
                        cancel,
                        p.sender()),
                attachment);
    }

    /** "kurs-i-demensomsorg.ics": the title in plain letters, for any mail program. */
    static String calendarFileName(ActivitySummary activity) {
        String plain = java.text.Normalizer.normalize(
                        activity.title()
                                .toLowerCase(Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "o")
                                .replace("å", "a"),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > 50) {
            plain = plain.substring(0, 50).replaceAll("-+$", "");
        }
        return (plain.isEmpty() ? "aktivitet" : plain) + ".ics";
    }
}
