package no.lokta.finance;

import java.time.LocalDate;
import no.lokta.TestWorld;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationSummary;

/**
 * A fresh collaboration with two members in 2019: Bardu all year (4 030 inhabitants on 1 January
 * 2019) and Målselv from 1 July (6 805 inhabitants, 184 days). Shared by the default rule (20 %
 * equal, 80 % by population), NOK 1 000 000 gives Bardu 565 114 (equal part 132 969) and Målselv
 * 434 886 (equal part 67 031): worked independently with exact fractions.
 */
public record TwoMembers(TestWorld.World world, OrganisationSummary bardu, OrganisationSummary malselv) {

    public static final long BUDGET = 1_000_000;

    public static TwoMembers create(TestWorld worlds, MemberManagement members) {
        TestWorld.World world = worlds.create();
        members.addMembership(
                world.id(),
                new MembershipCommand(
                        world.municipality().id(), MembershipKind.MEMBER, LocalDate.of(2019, 1, 1), null, ""));
        OrganisationSummary malselv = members.addMunicipalityFromRegister(world.id(), "5524");
        members.addMembership(
                world.id(),
                new MembershipCommand(malselv.id(), MembershipKind.MEMBER, LocalDate.of(2019, 7, 1), null, ""));
        return new TwoMembers(world, world.municipality(), malselv);
    }
}
