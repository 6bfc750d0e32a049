package no.lokta.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.TestWorld;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most five SQL statements per programme page, counted per request on generated data (a
 * collaboration per county, activities with sessions, quotas and registrations). A failure lists
 * the statements; the counts are logged.
 */
@LoktaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementsTests {

    static final int MAX = 5;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageStatementsTests.class);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    GeneratedSet set;

    /** A published activity with seats reserved, open for registration if one is. */
    UUID activity;

    UUID collaboration;

    String month;

    /** The contact of a municipality with seats reserved on that activity. */
    LoktaUser contact;

    @BeforeAll
    void generate() {
        set = GeneratedSet.generate(jdbc, tx, 1_000, 200, 2_000);
        record Pick(UUID activity, UUID collaboration, String month, UUID organisation) {}
        Pick pick = jdbc.sql("""
                        select a.id, a.collaboration_id, to_char(min(s.starts_at), 'YYYY-MM') as month,
                          min(q.organisation_id::text)::uuid as organisation
                        from programme.activity a join programme.session s on s.activity_id = a.id
                        join programme.quota q on q.activity_id = a.id
                        where a.collaboration_id = any(?) and a.status = 'PUBLISHED'
                        group by a.id order by count(distinct s.id) desc, a.registration_closes desc limit 1""")
                .param(set.ids())
                .query((rs, n) -> new Pick(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .single();
        activity = pick.activity();
        collaboration = pick.collaboration();
        month = pick.month();
        contact = jdbc.sql("""
                        select a.id, a.email, a.name from people.account a join people.account_role r on r.account_id = a.id
                        where r.organisation_id = ? and r.role = 'MUNICIPALITY_CONTACT'""")
                .param(pick.organisation())
                .query((rs, n) -> new LoktaUser(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        null,
                        false,
                        true,
                        List.of(new CollaborationAccess(
                                collaboration, "Generert", Set.of(Role.MUNICIPALITY_CONTACT), pick.organisation()))))
                .single();
    }

    @AfterAll
    void delete() {
        set.delete(jdbc, tx);
    }

    /**
     * Every statement of one request, the HTTP session store's included: a signed-in person's
     * request also reads and touches their session (Spring Session JDBC, at most two statements,
     * checked here), and those count towards the five like any other.
     */
    private List<String> statementsOf(String uri, RequestPostProcessor... as) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            var request = mvc.get().uri(uri);
            for (RequestPostProcessor p : as) {
                request = request.with(p);
            }
            MvcTestResult result = request.exchange();
            assertThat(result).as(uri).hasStatusOk();
            List<String> all = List.copyOf(recording.statements());
            List<String> session = all.stream()
                    .filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains("platform.spring_session"))
                    .toList();
            log.info("{}: {} statements, {} of them for the HTTP session: {}", uri, all.size(), session.size(), all);
            assertThat(session).as(uri + ": session statements").hasSizeLessThanOrEqualTo(2);
            return all;
        }
    }

    @Test
    void theCounterSeesTheControlPagesOneQueryAndTheBareEndpointsNone() {
        assertThat(statementsOf("/benchmark/plaintext")).isEmpty();
        assertThat(statementsOf("/benchmark/fortunes")).hasSize(1);
    }

    @Test
    void programmePage() {
        assertThat(statementsOf("/programme")).as("/programme").hasSizeLessThanOrEqualTo(MAX);
        assertThat(statementsOf("/programme?month=" + month))
                .as("/programme?month=")
                .hasSizeLessThanOrEqualTo(MAX);
        assertThat(statementsOf("/programme?collaboration=" + collaboration + "&month=" + month))
                .as("/programme?collaboration=&month=")
                .hasSizeLessThanOrEqualTo(MAX);
    }

    @Test
    void activityPage() {
        String page = "/programme/activities/" + activity;
        assertThat(statementsOf(page)).as(page).hasSizeLessThanOrEqualTo(MAX);
        assertThat(statementsOf(page, TestWorld.as(contact)))
                .as(page + " signed in")
                .hasSizeLessThanOrEqualTo(MAX);
    }

    @Test
    void myMunicipalityPage() {
        assertThat(statementsOf("/programme/my-municipality", TestWorld.as(contact)))
                .as("/programme/my-municipality")
                .hasSizeLessThanOrEqualTo(MAX);
    }
}
