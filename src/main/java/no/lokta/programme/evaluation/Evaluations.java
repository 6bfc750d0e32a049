package no.lokta.programme.evaluation;

import java.util.Optional;
import java.util.UUID;
import no.lokta.programme.ProgrammeCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity's status as completion sees it, under the activity's row lock. */
@Repository
class Evaluations {

    private final JdbcClient jdbc;

    private final ProgrammeCache cache;

    Evaluations(JdbcClient jdbc, ProgrammeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** Locks the activity's row and tells its status, if it is the collaboration's. */
    Optional<String> lockActivity(UUID collaborationId, UUID activityId) {
        return jdbc.sql("select status from programme.activity where id = ? and collaboration_id = ? for update")
                .params(activityId, collaborationId)
                .query(String.class)
                .optional();
    }

    void complete(UUID activityId) {
        cache.changed();
        jdbc.sql("update programme.activity set status = 'COMPLETED' where id = ?")
                .param(activityId)
                .update();
    }
}
