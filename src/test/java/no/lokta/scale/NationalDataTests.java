package no.lokta.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The generator at a small scale: the shapes it promises, and the programme's invariants. */
@LoktaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDataTests {

    static final int PERSONS = 600;
    static final int ACTIVITIES = 100;
    static final int REGISTRATIONS = 1_000;
    static final int RESPONSES = 200;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    GeneratedSet set;

    @BeforeAll
    void generate() {
        set = GeneratedSet.generate(jdbc, tx, PERSONS, ACTIVITIES, REGISTRATIONS, RESPONSES);
    }

    @AfterAll
    void delete() {
        set.delete(jdbc, tx);
        assertThat(count("select count(*) from member.collaboration where id = any(?)"))
                .isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(set.ids()).query(Long.class).single();
    }

    @Test
    void oneSurveyHoldsTwentyAnswersPerResponseAndAFreeTextInEveryTenth() {
        assertThat(count("select count(*) from needs.survey where status = 'PUBLISHED' and collaboration_id = any(?)"))
                .isOne();
        String ofSet = " from needs.survey_response r join needs.survey s on s.id = r.survey_id"
                + " where s.collaboration_id = any(?)";
        assertThat(count("select count(*)" + ofSet)).isEqualTo(RESPONSES);
        assertThat(count("select count(*)" + ofSet + " and r.submitted_at is null"))
                .isEqualTo(RESPONSES / 20);
        assertThat(count("select count(*) from needs.survey_answer a join needs.survey_response r"
                        + " on r.id = a.response_id join needs.survey s on s.id = r.survey_id"
                        + " where s.collaboration_id = any(?)"))
                .isEqualTo(RESPONSES * 20L + RESPONSES / 10);
        assertThat(count("select count(distinct r.organisation_id)" + ofSet)).isGreaterThan(10);
    }

    @Test
    void oneCollaborationPerCountyCoversEveryMunicipalityOf2024Once() {
        assertThat(set.collaborations())
                .hasSize(jdbc.sql("select count(distinct county_number) from member.ref_municipality_2024")
                        .query(Integer.class)
                        .single());
        assertThat(count("""
                        select count(distinct municipality_number) from member.organisation
                        where kind = 'MUNICIPALITY' and collaboration_id = any(?)
                          and municipality_number in (select municipality_number from member.ref_municipality_2024)""")).isEqualTo(357);
        assertThat(count("""
                        select count(*) from member.organisation o where collaboration_id = any(?)
                          and not exists (select 1 from member.membership m where m.organisation_id = o.id)""")).isZero();
        assertThat(count("select count(*) from network.network where collaboration_id = any(?)"))
                .isEqualTo(5L * set.collaborations().size());
    }

    @Test
    void everyPersonHasAnAccountAndARoleAndEveryMunicipalityAContact() {
        assertThat(jdbc.sql("select count(*) from people.account where email like ?")
                        .param("%@" + set.scale().domain())
                        .query(Long.class)
                        .single())
                .isEqualTo(PERSONS);
        assertThat(count("""
                        select count(*) from people.account a where a.id in
                          (select account_id from people.account_role where collaboration_id = any(?))""")).isEqualTo(PERSONS);
        assertThat(count("""
                        select count(*) from member.organisation o where kind = 'MUNICIPALITY' and collaboration_id = any(?)
                          and not exists (select 1 from people.account_role r
                            where r.organisation_id = o.id and r.role = 'MUNICIPALITY_CONTACT')""")).isZero();
    }

    @Test
    void activitiesAreMostlyPublishedWithSessionsOverSeveralYearsAndSomeQuotas() {
        Map<String, Long> byStatus =
                jdbc
                        .sql("""
                        select status, count(*) as n from programme.activity where collaboration_id = any(?)
                        group by status""")
                        .param(set.ids())
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .list()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ACTIVITIES);
        assertThat(byStatus.get("PUBLISHED")).isGreaterThan(ACTIVITIES / 2);
        String sessions = """
                from programme.session s join programme.activity a on a.id = s.activity_id
                where a.collaboration_id = any(?)""";
        assertThat(count("select count(distinct extract(year from s.starts_at)) " + sessions))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct date_trunc('month', s.starts_at)) " + sessions))
                .isGreaterThanOrEqualTo(24);
        assertThat(count("""
                        select count(*) from programme.activity a where collaboration_id = any(?)
                          and not exists (select 1 from programme.session s where s.activity_id = a.id)""")).isZero();
        assertThat(count("""
                        select count(distinct q.activity_id) from programme.quota q
                        join programme.activity a on a.id = q.activity_id where a.collaboration_id = any(?)""")).isPositive();
    }

    @Test
    void registrationsKeepTheProgrammeInvariants() {
        String ofSet = " from programme.registration r join programme.activity a on a.id = r.activity_id"
                + " where a.collaboration_id = any(?)";
        assertThat(count("select count(*)" + ofSet)).isBetween(REGISTRATIONS * 9L / 10, (long) REGISTRATIONS);
        // the unique constraints hold by construction; checked here in case they are ever dropped
        assertThat(count("select count(*) - count(distinct (r.activity_id, r.email))" + ofSet))
                .isZero();
        assertThat(count("select count(*) - count(distinct (r.activity_id, r.sequence))" + ofSet))
                .isZero();
        assertThat(count("""
                        select count(*) from programme.activity a where a.collaboration_id = any(?)
                          and a.last_sequence <> coalesce((select max(sequence) from programme.registration r
                            where r.activity_id = a.id), 0)""")).isZero();
        // no activity holds more seats than it has, and nobody waits while a seat is free
        assertThat(count("""
                        select count(*) from programme.activity a where a.collaboration_id = any(?)
                          and (select count(*) from programme.registration r where r.activity_id = a.id
                                 and r.status in ('CONFIRMED', 'AWAITING_APPROVAL')) > a.capacity""")).isZero();
        assertThat(count("""
                        select count(*) from programme.activity a where a.collaboration_id = any(?)
                          and exists (select 1 from programme.registration r
                            where r.activity_id = a.id and r.status = 'WAITLISTED')
                          and (select count(*) from programme.registration r where r.activity_id = a.id
                                 and r.status in ('CONFIRMED', 'AWAITING_APPROVAL')) < a.capacity""")).isZero();
        // seats held against a quota stay within it
        assertThat(count("""
                        select count(*) from programme.quota q join programme.activity a on a.id = q.activity_id
                        where a.collaboration_id = any(?) and q.seats < (select count(*) from programme.registration r
                          where r.activity_id = q.activity_id and r.seat_organisation_id = q.organisation_id)""")).isZero();
        List<String> statuses = jdbc.sql("select distinct r.status" + ofSet)
                .param(set.ids())
                .query(String.class)
                .list();
        assertThat(statuses).contains("CONFIRMED", "CANCELLED");
    }

    @Test
    void aSecondCallSeesTheSetIsThere() {
        assertThat(new NationalData(jdbc, tx).present(set.scale())).isTrue();
        assertThat(new NationalData(jdbc, tx).present(new Scale(1, 1, 1, 0, "absent")))
                .isFalse();
    }
}
