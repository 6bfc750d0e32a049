package no.lokta.knowledge.consultant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog's practice consultants as the source counts them (seeds/004): 15 in 2005 and 50 in
 * 2007, of whom 6 coordinators and 9 not doctors, in three hospital trusts of Helse Sør. The split
 * of 2006, the trusts' shares, the departments and every name are invented.
 */
@Component
@Order(103)
class HelsedialogConsultantsDemoData implements DemoData {

    private static final String[] FIRST = {
        "Arne", "Berit", "Cato", "Dagny", "Erik", "Frida", "Geir", "Hege", "Ivar", "Jorunn", "Knut", "Liv", "Magne",
        "Nina", "Odd", "Petra", "Rune", "Siri", "Tor", "Unni"
    };
    private static final String[] LAST = {"Aas", "Bakke", "Dahle", "Engen", "Fjeld", "Grav", "Holt", "Kleiv", "Lie"};
    private static final String[] DEPARTMENTS = {
        "Medisinsk avdeling", "Kirurgisk avdeling", "Barneavdelingen", "Psykiatrisk klinikk", "Ortopedisk avdeling"
    };

    private final MemberManagement members;
    private final ConsultantManagement consultants;

    HelsedialogConsultantsDemoData(MemberManagement members, ConsultantManagement consultants) {
        this.members = members;
        this.consultants = consultants;
    }

    @Override
    public List<String> load() {
        CollaborationSummary helsedialog = members.collaborationNamed("Helsedialog")
                .orElseGet(() -> members.createCollaboration(new CollaborationCommand(
                        "Helsedialog",
                        "KS og Helse Sør RHF",
                        "Samarbeidsprogrammet mellom kommunene og helseforetakene i Helse Sør.")));
        UUID c = helsedialog.id();
        List<UUID> trusts = List.of(
                trust(c, "Sørlandet sykehus HF"),
                trust(c, "Sykehuset Telemark HF"),
                trust(c, "Sykehuset i Vestfold HF"));
        LocalDate end = LocalDate.of(2011, 12, 31);
        List<Profession> professions = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        // 15 GPs from 2005; 12 GPs and 3 nurses from 2006; 14 GPs, 2 nurses and 4 physiotherapists from 2007
        add(professions, starts, Profession.GP, 15, LocalDate.of(2005, 1, 1));
        add(professions, starts, Profession.GP, 12, LocalDate.of(2006, 1, 1));
        add(professions, starts, Profession.NURSE, 3, LocalDate.of(2006, 8, 1));
        add(professions, starts, Profession.GP, 14, LocalDate.of(2007, 1, 1));
        add(professions, starts, Profession.NURSE, 2, LocalDate.of(2007, 3, 1));
        add(professions, starts, Profession.PHYSIOTHERAPIST, 4, LocalDate.of(2007, 8, 1));
        for (int i = 0; i < professions.size(); i++) {
            int trust = i % trusts.size();
            // the first GP of each trust leads the scheme there; the next two coordinate
            boolean leader = i < 3;
            boolean coordinator = i >= 3 && i < 9;
            consultants.add(
                    c,
                    new ConsultantCommand(
                            FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length],
                            professions.get(i),
                            trusts.get(trust),
                            DEPARTMENTS[i % DEPARTMENTS.length],
                            leader ? 40 : coordinator ? 30 : i % 2 == 0 ? 20 : 10,
                            coordinator,
                            leader,
                            starts.get(i),
                            end));
        }
        return List.of();
    }

    private static void add(List<Profession> professions, List<LocalDate> starts, Profession p, int n, LocalDate from) {
        for (int i = 0; i < n; i++) {
            professions.add(p);
            starts.add(from);
        }
    }

    private UUID trust(UUID c, String name) {
        return members.organisations(c).stream()
                .filter(o -> o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseGet(() -> {
                    OrganisationSummary created = members.createOrganisation(
                            c, new OrganisationCommand(OrganisationKind.HOSPITAL_TRUST, name, null, null, "", "", ""));
                    members.addMembership(
                            c,
                            new MembershipCommand(
                                    created.id(), MembershipKind.PARTNER, LocalDate.of(2005, 1, 1), null, ""));
                    return created.id();
                });
    }
}
