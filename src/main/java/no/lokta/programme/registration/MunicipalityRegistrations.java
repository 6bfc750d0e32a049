package no.lokta.programme.registration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationNotFound;
import no.lokta.programme.RegistrationStatus;
import no.lokta.programme.RegistrationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a kommunekontakt does for the organisation they speak for: sees where its people are
 * registered and how its reserved seats are used, registers its staff, and approves or declines
 * registrations that wait for a leader. Every call is bound to one collaboration and organisation:
 * a registration of anyone else is not found.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityRegistrations {

    private final OrganisationRegistrations read;
    private final ProgrammeManagement programme;
    private final MemberManagement members;

    MunicipalityRegistrations(OrganisationRegistrations read, ProgrammeManagement programme, MemberManagement members) {
        this.read = read;
        this.programme = programme;
        this.members = members;
    }

    public MunicipalityOverview overview(UUID collaborationId, UUID organisationId) {
        String name = members.organisation(collaborationId, organisationId).name();
        LocalDateTime now = programme.now();
        List<StaffRegistration> registrations = read.current(collaborationId, organisationId, now);
        return new MunicipalityOverview(
                name,
                registrations,
                registrations.stream()
                        .filter(StaffRegistration::awaitingApproval)
                        .toList(),
                read.quotas(collaborationId, organisationId, now));
    }

    /** One registration of the organisation's people (the page an approval mail links to). */
    public StaffRegistration registration(UUID collaborationId, UUID organisationId, UUID registrationId) {
        return read.find(collaborationId, organisationId, registrationId).orElseThrow(RegistrationNotFound::new);
    }

    /** Activities of the collaboration that take registrations now. */
    public List<OpenActivity> openActivities(UUID collaborationId) {
        return read.open(collaborationId, programme.now());
    }

    /**
     * Registers an employee for the organisation, so that its reserved seats apply. The contact is
     * the leader who would approve, so a registration that needs approval is approved at once.
     *
     * @throws ActivityNotFound if the activity is not one of the collaboration's
     * @throws no.lokta.platform.web.InvalidInput for a bad name or address, or a closed registration
     */
    @Transactional
    public RegistrationSummary registerStaff(
            UUID collaborationId, UUID organisationId, UUID activityId, String name, String email) {
        RegistrationCommand command = new RegistrationCommand(activityId, null, name, email, organisationId);
        programme.activity(collaborationId, activityId);
        RegistrationSummary registered = programme.register(command);
        if (registered.status() == RegistrationStatus.AWAITING_APPROVAL
                && organisationId.equals(registered.organisationId())) {
            return programme.decide(collaborationId, organisationId, registered.id(), true);
        }
        return registered;
    }

    /**
     * The contact's decision on a registration awaiting approval; a decline frees the seat for the
     * waitlist at once.
     *
     * @throws RegistrationNotFound if the registration is not of the organisation's people
     */
    @Transactional
    public StaffRegistration decide(UUID collaborationId, UUID organisationId, UUID registrationId, boolean approve) {
        registration(collaborationId, organisationId, registrationId);
        programme.decide(collaborationId, organisationId, registrationId, approve);
        return registration(collaborationId, organisationId, registrationId);
    }
}
