package no.lokta;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds a fresh collaboration for one test, with a person in each role, so that tests never share
 * or disturb each other's data (and the demo data stays as it is).
 */
@Component
public class TestWorld {

    /** A collaboration of its own, with a municipality and one person per role. */
    public record World(
            CollaborationSummary collaboration,
            OrganisationSummary municipality,
            LoktaUser coordinator,
            LoktaUser contact,
            LoktaUser participant) {

        public UUID id() {
            return collaboration.id();
        }
    }

    public static final String PASSWORD = "correct horse battery";

    private final MemberManagement members;
    private final PeopleManagement people;

    TestWorld(MemberManagement members, PeopleManagement people) {
        this.members = members;
        this.people = people;
    }

    public World create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CollaborationSummary c =
                members.createCollaboration(new CollaborationCommand("Test " + suffix, "Testråd", "For a test"));
        OrganisationSummary bardu = members.addMunicipalityFromRegister(c.id(), "5520");
        return new World(
                c,
                bardu,
                person(c, "koordinator-" + suffix + "@example.org", Role.COORDINATOR, null),
                person(c, "kontakt-" + suffix + "@example.org", Role.MUNICIPALITY_CONTACT, bardu.id()),
                person(c, "deltaker-" + suffix + "@example.org", Role.PARTICIPANT, null));
    }

    private LoktaUser person(CollaborationSummary c, String email, Role role, UUID organisationId) {
        UUID id = people.createAccount(email, "Testperson " + role, PASSWORD);
        people.grant(id, c.id(), role, organisationId);
        return new LoktaUser(
                id,
                email,
                "Testperson " + role,
                null,
                false,
                true,
                List.of(new CollaborationAccess(c.id(), c.name(), Set.of(role), organisationId)));
    }

    /** A coordinator of the demo collaboration LØKTA, for tests that read its demo data. */
    public LoktaUser loktaCoordinator() {
        return demoCoordinator("LØKTA");
    }

    /** A coordinator of a demo collaboration (LØKTA, Værnesregionen), for tests that read its demo data. */
    public LoktaUser demoCoordinator(String collaboration) {
        CollaborationSummary demo = members.collaborationNamed(collaboration).orElseThrow();
        return new LoktaUser(
                UUID.randomUUID(),
                "demo-coordinator@example.org",
                "Koordinator " + demo.name(),
                null,
                false,
                true,
                List.of(new CollaborationAccess(demo.id(), demo.name(), Set.of(Role.COORDINATOR), null)));
    }

    /** Signs a MockMvc request in as this person. */
    public static RequestPostProcessor as(LoktaUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }
}
