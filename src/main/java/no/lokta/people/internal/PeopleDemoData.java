package no.lokta.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Invented people of LØKTA, one in each role, who can sign in to the demo. */
@Component
@Order(20)
class PeopleDemoData implements DemoData {

    static final String PASSWORD = "lokta-demo-2026";
    static final String COORDINATOR = "koordinator@lokta.no";
    static final String COLLABORATION = "LØKTA";
    static final String MUNICIPALITY = "Bardu";
    static final String HOSPITAL_TRUST = "Universitetssykehuset Nord-Norge HF";

    private final MemberManagement members;
    private final PeopleManagement people;

    PeopleDemoData(MemberManagement members, PeopleManagement people) {
        this.members = members;
        this.people = people;
    }

    @Override
    public List<String> load() {
        Optional<CollaborationSummary> lokta = members.collaborationNamed(COLLABORATION);
        if (lokta.isEmpty()) {
            return List.of();
        }
        UUID id = lokta.get().id();
        List<OrganisationSummary> organisations = members.organisations(id);
        UUID bardu = organisationNamed(organisations, MUNICIPALITY);
        UUID hospital = organisationNamed(organisations, HOSPITAL_TRUST);
        List<String> lines = new ArrayList<>();
        person(lines, id, "Koordinator", COORDINATOR, "Kari Nordmo", Role.COORDINATOR, null);
        if (bardu != null) {
            person(
                    lines,
                    id,
                    "Kommunekontakt (" + MUNICIPALITY + ")",
                    "kommunekontakt@lokta.no",
                    "Knut Bakken",
                    Role.MUNICIPALITY_CONTACT,
                    bardu);
        }
        person(lines, id, "Ressursgruppemedlem", "ressurs@lokta.no", "Rita Solheim", Role.RESOURCE_GROUP_MEMBER, null);
        person(lines, id, "Deltaker", "deltaker@lokta.no", "Dina Lund", Role.PARTICIPANT, null);
        person(lines, id, "Partner", "partner@lokta.no", "Per Strand", Role.PARTNER, hospital);
        return lines;
    }

    private void person(
            List<String> lines,
            UUID collaborationId,
            String label,
            String email,
            String name,
            Role role,
            @Nullable UUID organisationId) {
        UUID accountId = people.accountIdByEmail(email).orElseGet(() -> people.createAccount(email, name, PASSWORD));
        people.grant(accountId, collaborationId, role, organisationId);
        lines.add(label + ": " + email + " / " + PASSWORD);
    }

    private static @Nullable UUID organisationNamed(List<OrganisationSummary> organisations, String name) {
        return organisations.stream()
                .filter(o -> o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElse(null);
    }
}
