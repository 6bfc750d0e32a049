package no.lokta.knowledge.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialogforum, the forum of KS and Helse Sør's Helsedialog, with its composition as the
 * source gives it (seeds/004): 6 from municipal services of which 2 GPs and 1 private specialist, 3
 * from hospital trusts, 4 from user organisations and 4 union representatives. The members,
 * meeting and decisions are invented, and so is the collaboration's demo coordinator.
 */
@Component
@Order(102)
class HelsedialogForumDemoData implements DemoData {

    static final String COLLABORATION = "Helsedialog";
    static final String FORUM = "Helsedialogforum";
    static final String COORDINATOR = "helsedialog@lokta.no";
    private static final String PASSWORD = "lokta-demo-2026";

    private final MemberManagement members;
    private final PeopleManagement people;
    private final ForumManagement fora;

    HelsedialogForumDemoData(MemberManagement members, PeopleManagement people, ForumManagement fora) {
        this.members = members;
        this.people = people;
        this.fora = fora;
    }

    @Override
    public List<String> load() {
        CollaborationSummary helsedialog = members.collaborationNamed(COLLABORATION)
                .orElseGet(() -> members.createCollaboration(new CollaborationCommand(
                        COLLABORATION,
                        "KS og Helse Sør RHF",
                        "Samarbeidsprogrammet mellom kommunene og helseforetakene i Helse Sør.")));
        UUID c = helsedialog.id();
        // a coordinator of its own: the demo coordinator's first collaboration stays LØKTA
        UUID account = people.accountIdByEmail(COORDINATOR)
                .orElseGet(() -> people.createAccount(COORDINATOR, "Hilde Dalen", PASSWORD));
        people.grant(account, c, Role.COORDINATOR, null);
        ForumSummary forum = fora.create(
                c,
                new ForumCommand(
                        FORUM,
                        ForumKind.COLLABORATION_FORUM,
                        "Forum for dialog mellom kommunale tjenester, helseforetak, brukerorganisasjoner og"
                                + " arbeidstakerorganisasjoner om samhandling."));
        UUID f = forum.id();
        fora.addGroup(c, f, new SeatGroupCommand("Kommunale tjenester", 6, null));
        UUID municipal = group(c, f, "Kommunale tjenester");
        fora.addGroup(c, f, new SeatGroupCommand("Fastleger", 2, municipal));
        fora.addGroup(c, f, new SeatGroupCommand("Privatpraktiserende spesialist", 1, municipal));
        fora.addGroup(c, f, new SeatGroupCommand("Helseforetak", 3, null));
        fora.addGroup(c, f, new SeatGroupCommand("Brukerorganisasjoner", 4, null));
        fora.addGroup(c, f, new SeatGroupCommand("Arbeidstakerorganisasjoner", 4, null));

        LocalDate from = LocalDate.of(2006, 1, 1);
        member(c, f, "Kommunale tjenester", "Anne Aasen", "Pleie- og omsorgssjef", from);
        member(c, f, "Kommunale tjenester", "Bjørn Berge", "Kommunalsjef helse", from);
        member(c, f, "Kommunale tjenester", "Cecilie Dahl", "Enhetsleder hjemmetjenester", from);
        member(c, f, "Fastleger", "Dag Eide", "Fastlege", from);
        member(c, f, "Fastleger", "Elin Foss", "Fastlege og praksiskonsulent", from);
        member(c, f, "Privatpraktiserende spesialist", "Finn Gran", "Psykiater", from);
        member(c, f, "Helseforetak", "Gro Haug", "Fagdirektør", from);
        member(c, f, "Helseforetak", "Hans Iversen", "Avdelingssjef medisin", from);
        member(c, f, "Brukerorganisasjoner", "Ida Jensen", "Brukerrepresentant", from);
        member(c, f, "Brukerorganisasjoner", "Jon Kvam", "Brukerrepresentant", from);
        member(c, f, "Brukerorganisasjoner", "Kari Lunde", "Brukerrepresentant", from);
        member(c, f, "Arbeidstakerorganisasjoner", "Lars Moe", "Tillitsvalgt, sykepleiere", from);
        member(c, f, "Arbeidstakerorganisasjoner", "Marit Nes", "Tillitsvalgt, leger", from);
        member(c, f, "Arbeidstakerorganisasjoner", "Nils Olsen", "Tillitsvalgt, fagarbeidere", from);

        MeetingSummary meeting = fora.addMeeting(
                c,
                f,
                new MeetingCommand(
                        "Møte i Helsedialogforum",
                        LocalDate.of(2007, 3, 14).atTime(10, 0),
                        LocalDate.of(2007, 3, 14).atTime(15, 0),
                        "Kristiansand",
                        "1. Godkjenning av innkalling og saksliste\n2. Erfaringer fra dialogkonferansene\n"
                                + "3. Praksiskonsulentordningen: status\n4. Gode eksempler på samhandling"));
        fora.recordMinutes(
                c,
                f,
                meeting.id(),
                "Forumet drøftet erfaringene fra dialogkonferansene og veksten i praksiskonsulentordningen.",
                fora.members(c, f).stream().limit(11).map(ForumMember::id).toList());
        fora.addDecision(
                c,
                f,
                meeting.id(),
                new DecisionCommand(
                        "Gode eksempler på samhandling samles og gjøres kjent for alle kommuner og helseforetak.",
                        "Sekretariatet lager en oversikt etter kategori.",
                        "Sekretariatet",
                        LocalDate.of(2007, 9, 1),
                        DecisionStatus.DONE));
        fora.addDecision(
                c,
                f,
                meeting.id(),
                new DecisionCommand(
                        "Praksiskonsulentordningen utvides med sykepleiere og fysioterapeuter.",
                        "Helseforetakene melder behov.",
                        "Helseforetakene",
                        LocalDate.of(2007, 12, 31),
                        DecisionStatus.DONE));
        return List.of("Koordinator (" + COLLABORATION + "): " + COORDINATOR + " / " + PASSWORD);
    }

    private UUID group(UUID c, UUID f, String name) {
        return fora.forum(c, f).groups().stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void member(UUID c, UUID f, String group, String name, String title, LocalDate from) {
        fora.addMember(c, f, new MemberCommand(group(c, f, group), name, null, title, "", from, null));
    }
}
