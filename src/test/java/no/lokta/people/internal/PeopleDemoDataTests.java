package no.lokta.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.LoktaTest;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The invented people of LØKTA in demo mode. */
@LoktaTest
class PeopleDemoDataTests {

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void oneInventedPersonPerRoleInLokta() {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElseThrow();
        Map<UUID, String> organisations = members.organisations(lokta.id()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        record Row(
                String email,
                String name,
                String role,
                @org.jspecify.annotations.Nullable UUID organisationId) {}
        var rows = jdbc.sql("select a.email, a.name, r.role, r.organisation_id from people.account a"
                        + " join people.account_role r on r.account_id = a.id"
                        + " where r.collaboration_id = ? and a.email like '%@lokta.no' order by a.email")
                .param(lokta.id())
                .query(Row.class)
                .list();

        assertThat(rows)
                .extracting(Row::email, Row::name, Row::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("koordinator@lokta.no", "Kari Nordmo", "COORDINATOR"),
                        org.assertj.core.groups.Tuple.tuple(
                                "kommunekontakt@lokta.no", "Knut Bakken", "MUNICIPALITY_CONTACT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ressurs@lokta.no", "Rita Solheim", "RESOURCE_GROUP_MEMBER"),
                        org.assertj.core.groups.Tuple.tuple("deltaker@lokta.no", "Dina Lund", "PARTICIPANT"),
                        org.assertj.core.groups.Tuple.tuple("partner@lokta.no", "Per Strand", "PARTNER"));
        assertThat(rows)
                .filteredOn(r -> r.role().equals("MUNICIPALITY_CONTACT"))
                .singleElement()
                .satisfies(
                        r -> assertThat(organisations.get(r.organisationId())).isEqualTo("Bardu"));
        assertThat(rows)
                .filteredOn(r -> r.role().equals("PARTNER"))
                .singleElement()
                .satisfies(r -> assertThat(organisations.get(r.organisationId()))
                        .isEqualTo("Universitetssykehuset Nord-Norge HF"));
        String hash = jdbc.sql("select password_hash from people.account where email = 'koordinator@lokta.no'")
                .query(String.class)
                .single();
        assertThat(encoder.matches(PeopleDemoData.PASSWORD, hash)).isTrue();
    }

    @Test
    void theSignInsArePrintedEachStart() {
        assertThat(jdbc.sql("select sign_ins from platform.demo_state")
                        .query(String.class)
                        .single())
                .contains("Koordinator: koordinator@lokta.no / lokta-demo-2026", "deltaker@lokta.no");
    }

    @Test
    void withoutLoktaNobodyIsMade() {
        MemberManagement noLokta = mock(MemberManagement.class);
        PeopleManagement people = mock(PeopleManagement.class);
        when(noLokta.collaborationNamed("LØKTA")).thenReturn(Optional.empty());

        assertThat(new PeopleDemoData(noLokta, people).load()).isEmpty();

        verifyNoInteractions(people);
    }
}
