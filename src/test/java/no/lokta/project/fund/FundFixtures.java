package no.lokta.project.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.springframework.stereotype.Component;

/** A collaboration with a second municipality (Målselv) and its contact, and calls made ready for a test. */
@Component
class FundFixtures {

    record Setting(TestWorld.World world, OrganisationSummary malselv, LoktaUser malselvContact) {

        UUID id() {
            return world.id();
        }

        UUID bardu() {
            return world.municipality().id();
        }
    }

    private final TestWorld worlds;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final FundManagement funds;

    FundFixtures(TestWorld worlds, MemberManagement members, PeopleManagement people, FundManagement funds) {
        this.worlds = worlds;
        this.members = members;
        this.people = people;
        this.funds = funds;
    }

    Setting create() {
        TestWorld.World world = worlds.create();
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        String email = "malselv-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID account = people.createAccount(email, "Kontakt Målselv", TestWorld.PASSWORD);
        people.grant(account, world.id(), Role.MUNICIPALITY_CONTACT, malselv.id());
        LoktaUser contact = new LoktaUser(
                account,
                email,
                "Kontakt Målselv",
                null,
                false,
                true,
                List.of(new CollaborationAccess(
                        world.id(), world.collaboration().name(), Set.of(Role.MUNICIPALITY_CONTACT), malselv.id())));
        return new Setting(world, malselv, contact);
    }

    /** An open call with the given pot, open from yesterday for a month. */
    CallSummary openCall(Setting s, String title, long potKroner) {
        LocalDate today = funds.today();
        CallSummary call = funds.createCall(
                s.id(),
                new CallCommand(
                        title,
                        "Lokale utviklingstiltak i helsetjenestene.",
                        "Samarbeid mellom kommune og sykehus.",
                        Nok.kroner(potKroner),
                        today.minusDays(1),
                        today.plusDays(30)));
        return funds.changeStatus(s.id(), call.id(), CallStatus.OPEN);
    }

    ApplicationSummary apply(Setting s, UUID organisationId, CallSummary call, String title, long kroner) {
        return funds.apply(
                s.id(),
                organisationId,
                call.id(),
                new ApplyCommand(title, "Et lokalt tiltak.", Nok.kroner(kroner), "Kari Kontakt"),
                "Kari Kontakt");
    }
}
