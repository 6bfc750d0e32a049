package no.lokta.needs.need;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Needs with their professions and municipalities, one statement per read. */
@Repository
class Needs {

    private static final String SELECT = """
            select n.id, n.collaboration_id, n.topic, n.description, n.people, n.urgency, n.source, n.source_ref,
              n.status, n.merged_into, n.created_at, n.attended,
              array(select p.profession from needs.need_profession p where p.need_id = n.id
                order by p.profession) as professions,
              array(select o.id from needs.need_municipality m join member.organisation o on o.id = m.organisation_id
                where m.need_id = n.id order by o.name) as municipality_ids,
              array(select o.name from needs.need_municipality m join member.organisation o on o.id = m.organisation_id
                where m.need_id = n.id order by o.name) as municipality_names
            from needs.need n
            """;

    private final JdbcClient jdbc;

    Needs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, NeedCommand c, LocalDateTime now) {
        jdbc.sql("""
                        insert into needs.need (id, collaboration_id, topic, description, people, urgency, source,
                          source_ref, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.topic(),
                        c.description(),
                        c.people(),
                        c.urgency().name(),
                        c.source().name(),
                        c.sourceRef(),
                        c.status().name(),
                        now))
                .update();
        children(id, c);
    }

    void update(UUID id, NeedCommand c) {
        jdbc.sql("""
                        update needs.need set topic = ?, description = ?, people = ?, urgency = ?, source = ?,
                          source_ref = ?, status = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.topic(),
                        c.description(),
                        c.people(),
                        c.urgency().name(),
                        c.source().name(),
                        c.sourceRef(),
                        c.status().name(),
                        id))
                .update();
        jdbc.sql("delete from needs.need_profession where need_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from needs.need_municipality where need_id = ?")
                .param(id)
                .update();
        children(id, c);
    }

    private void children(UUID id, NeedCommand c) {
        for (String p : c.professions()) {
            jdbc.sql("insert into needs.need_profession (need_id, profession) values (?, ?)")
                    .params(id, p)
                    .update();
        }
        for (UUID m : c.municipalityIds()) {
            jdbc.sql("insert into needs.need_municipality (need_id, organisation_id) values (?, ?)")
                    .params(id, m)
                    .update();
        }
    }

    void setStatus(Collection<UUID> ids, NeedStatus status) {
        for (UUID id : ids) {
            jdbc.sql("update needs.need set status = ? where id = ?")
                    .params(status.name(), id)
                    .update();
        }
    }

    void settle(UUID id, NeedStatus status, int attended) {
        jdbc.sql("update needs.need set status = ?, attended = ? where id = ?")
                .params(status.name(), attended, id)
                .update();
    }

    void mergeInto(Collection<UUID> ids, UUID target) {
        for (UUID id : ids) {
            jdbc.sql("update needs.need set merged_into = ?, status = 'CLOSED' where id = ?")
                    .params(target, id)
                    .update();
        }
    }

    /** Locks the needs' rows until the transaction ends, so that two merges never take the same need. */
    List<UUID> lock(UUID collaborationId, Collection<UUID> ids) {
        return jdbc.sql("select id from needs.need where collaboration_id = ? and id = any(?) order by id for update")
                .params(collaborationId, ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    Optional<NeedSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where n.id = ?").param(id).query(Needs::row).optional();
    }

    List<NeedSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where n.collaboration_id = ? order by n.created_at desc, n.topic")
                .param(collaborationId)
                .query(Needs::row)
                .list();
    }

    List<NeedSummary> byIds(UUID collaborationId, Collection<UUID> ids) {
        return jdbc.sql(SELECT + " where n.collaboration_id = ? and n.id = any(?) order by n.topic")
                .params(collaborationId, ids.toArray(UUID[]::new))
                .query(Needs::row)
                .list();
    }

    private static NeedSummary row(ResultSet rs, int n) throws SQLException {
        UUID[] ids = uuids(rs.getArray("municipality_ids"));
        String[] names = strings(rs.getArray("municipality_names"));
        List<NeedSummary.Municipality> municipalities = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            municipalities.add(new NeedSummary.Municipality(ids[i], names[i]));
        }
        return new NeedSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("topic"),
                rs.getString("description"),
                List.of(strings(rs.getArray("professions"))),
                municipalities,
                rs.getInt("people"),
                NeedUrgency.valueOf(rs.getString("urgency")),
                NeedSource.valueOf(rs.getString("source")),
                rs.getObject("source_ref", UUID.class),
                NeedStatus.valueOf(rs.getString("status")),
                rs.getObject("merged_into", UUID.class),
                rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getObject("attended", Integer.class));
    }

    private static UUID[] uuids(@Nullable Array a) throws SQLException {
        return a == null ? new UUID[0] : (UUID[]) a.getArray();
    }

    private static String[] strings(@Nullable Array a) throws SQLException {
        return a == null ? new String[0] : (String[]) a.getArray();
    }
}
