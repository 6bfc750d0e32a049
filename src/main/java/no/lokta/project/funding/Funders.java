package no.lokta.project.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The funders of a collaboration. */
@Repository
class Funders {

    private final JdbcClient jdbc;

    Funders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FunderSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql("select id, name, kind from project.funder where collaboration_id = ? order by lower(name)")
                .param(collaborationId)
                .query((rs, n) -> new FunderSummary(
                        rs.getObject("id", UUID.class), rs.getString("name"), FunderKind.valueOf(rs.getString("kind"))))
                .list();
    }

    Optional<FunderSummary> find(UUID collaborationId, UUID id) {
        return ofCollaboration(collaborationId).stream()
                .filter(f -> f.id().equals(id))
                .findFirst();
    }

    boolean nameTaken(UUID collaborationId, String name) {
        return jdbc.sql(
                        "select exists (select 1 from project.funder where collaboration_id = ? and lower(name) = lower(?))")
                .params(collaborationId, name)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, UUID collaborationId, FunderCommand c) {
        jdbc.sql("insert into project.funder (id, collaboration_id, name, kind) values (?, ?, ?, ?)")
                .params(id, collaborationId, c.name(), c.kind().name())
                .update();
    }
}
