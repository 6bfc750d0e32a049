package no.lokta.project.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The year-wheel items of collaborations. */
@Repository
class WheelItems {

    private static final String SELECT = """
            select i.*, cast(extract(year from i.created_at at time zone 'Europe/Oslo') as integer) as since
            from project.year_wheel_item i
            """;

    private final JdbcClient jdbc;

    WheelItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, WheelItemCommand c) {
        jdbc.sql("""
                        insert into project.year_wheel_item (id, collaboration_id, title, kind, month, day, description)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id, collaborationId, c.title(), c.kind().name(), c.month(), c.day(), c.description()))
                .update();
    }

    void update(UUID id, WheelItemCommand c) {
        jdbc.sql("""
                        update project.year_wheel_item set title = ?, kind = ?, month = ?, day = ?, description = ?
                        where id = ?""")
                .params(Arrays.asList(c.title(), c.kind().name(), c.month(), c.day(), c.description(), id))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from project.year_wheel_item where id = ?").param(id).update();
    }

    /** Locks the item's row until the transaction ends, if it is the collaboration's. */
    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from project.year_wheel_item where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    Optional<WheelItemSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where i.id = ? and i.collaboration_id = ?")
                .params(id, collaborationId)
                .query(WheelItems::row)
                .optional();
    }

    /** The collaboration's items by month, the whole-month ones first, then by day and title. */
    List<WheelItemSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where i.collaboration_id = ? order by i.month, i.day nulls first, lower(i.title)")
                .param(collaborationId)
                .query(WheelItems::row)
                .list();
    }

    private static WheelItemSummary row(ResultSet rs, int n) throws SQLException {
        return new WheelItemSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"),
                WheelKind.valueOf(rs.getString("kind")),
                rs.getInt("month"),
                rs.getObject("day", Integer.class),
                rs.getString("description"),
                rs.getInt("since"));
    }
}
