package no.lokta.programme.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.programme.ActivityAttendance;
import no.lokta.programme.ActivityNotFound;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LoktaTest
class ActivityAttendanceTests {

    @Autowired
    TestWorld worlds;

    @Autowired
    MemberManagement members;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    AttendanceManagement attendance;

    private RegistrationSummary register(Course c, String name, UUID organisationId) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return programme.register(new RegistrationCommand(c.id(), null, name, email, organisationId));
    }

    @Test
    void distinctPeopleWhoCameToASessionOrMoreAreCountedInTotalAndPerOrganisation() {
        var world = worlds.create();
        OrganisationSummary bardu = world.municipality();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        // the world's participant, without an organisation, comes first
        Course c = Course.of(programme, world, "Sårbehandling");
        RegistrationSummary anne = register(c, "Anne Ansatt", bardu.id());
        RegistrationSummary bjorn = register(c, "Bjørn Berg", bardu.id());
        RegistrationSummary cecilie = register(c, "Cecilie Dahl", bardu.id());
        RegistrationSummary dag = register(c, "Dag Eng", malselv.id());
        register(c, "Eva Fjell", malselv.id());

        // Anne comes twice and counts once; Bjørn once; Cecilie never; Dag once; the participant once
        attendance.save(world.id(), c.id(), c.session(0), List.of(anne.id(), bjorn.id(), dag.id()), null);
        attendance.save(
                world.id(),
                c.id(),
                c.session(1),
                List.of(anne.id(), c.registration(0).id()),
                null);

        ActivityAttendance a = programme.attendance(world.id(), c.id());
        assertThat(a.attended()).isEqualTo(4);
        assertThat(a.registered()).isEqualTo(6);
        assertThat(a.attendedByOrganisation())
                .containsExactlyInAnyOrderEntriesOf(Map.of(bardu.id(), 2, malselv.id(), 1));
        assertThat(a.registeredFrom(bardu.id())).isEqualTo(3);
        assertThat(a.registeredFrom(malselv.id())).isEqualTo(2);
        assertThat(a.attendedFrom(UUID.randomUUID())).isZero();
        assertThat(a.title()).isEqualTo("Sårbehandling");

        // several activities at once, one with nobody present yet
        Course other = Course.of(programme, world, "Demensomsorg");
        Map<UUID, ActivityAttendance> both = programme.attendance(world.id(), List.of(c.id(), other.id()));
        assertThat(both).containsOnlyKeys(c.id(), other.id());
        assertThat(both.get(other.id())).satisfies(o -> {
            assertThat(o.attended()).isZero();
            assertThat(o.registered()).isEqualTo(1);
        });
    }

    @Test
    void anotherCollaborationsActivityIsNotFound() {
        var world = worlds.create();
        var other = worlds.create();
        Course c = Course.of(programme, world, "Sårbehandling");
        assertThatThrownBy(() -> programme.attendance(other.id(), c.id())).isInstanceOf(ActivityNotFound.class);
        assertThat(programme.attendance(other.id(), List.of(c.id(), UUID.randomUUID())))
                .isEmpty();
    }
}
