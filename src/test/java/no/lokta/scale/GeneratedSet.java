package no.lokta.scale;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A small generated set beside the test data, and its removal afterwards. */
record GeneratedSet(Scale scale, List<UUID> collaborations) {

    static GeneratedSet generate(
            JdbcClient jdbc, TransactionTemplate tx, int persons, int activities, int registrations) {
        return generate(jdbc, tx, persons, activities, registrations, 0);
    }

    static GeneratedSet generate(
            JdbcClient jdbc,
            TransactionTemplate tx,
            int persons,
            int activities,
            int registrations,
            int surveyResponses) {
        Scale scale = new Scale(
                persons,
                activities,
                registrations,
                surveyResponses,
                "t" + UUID.randomUUID().toString().substring(0, 8));
        return new GeneratedSet(scale, new NationalData(jdbc, tx).generate(scale, "{noop}not-for-sign-in"));
    }

    UUID[] ids() {
        return collaborations.toArray(UUID[]::new);
    }

    void delete(JdbcClient jdbc, TransactionTemplate tx) {
        UUID[] ids = ids();
        tx.executeWithoutResult(status -> {
            for (String sql : List.of(
                    "delete from needs.survey where collaboration_id = any(?)",
                    "delete from programme.registration where activity_id in"
                            + " (select id from programme.activity where collaboration_id = any(?))",
                    "delete from programme.activity where collaboration_id = any(?)",
                    "delete from network.body_membership where collaboration_id = any(?)",
                    "delete from network.network where collaboration_id = any(?)",
                    "delete from people.account where id in"
                            + " (select account_id from people.account_role where collaboration_id = any(?))",
                    "delete from member.membership where collaboration_id = any(?)",
                    "delete from member.organisation where collaboration_id = any(?)",
                    "delete from member.collaboration where id = any(?)")) {
                jdbc.sql(sql).param(ids).update();
            }
        });
    }
}
