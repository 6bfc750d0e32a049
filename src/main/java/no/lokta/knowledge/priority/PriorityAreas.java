package no.lokta.knowledge.priority;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Priority areas and the example categories linked to them. */
@Repository
class PriorityAreas {

    record Row(UUID id, String name, String goal, String description, int position) {}

    record Link(UUID priorityAreaId, UUID categoryId) {}

    private static final String SELECT = "select id, name, goal, description, position from knowledge.priority_area";

    private final JdbcClient jdbc;

    PriorityAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(UUID collaborationId) {
        return jdbc.sql(SELECT + " where collaboration_id = ? order by position, lower(name)")
                .param(collaborationId)
                .query(Row.class)
                .list();
    }

    Optional<Row> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where collaboration_id = ? and id = ?")
                .params(collaborationId, id)
                .query(Row.class)
                .optional();
    }

    /** The links of all the collaboration's areas in one query. */
    List<Link> links(UUID collaborationId) {
        return jdbc.sql("""
                        select l.priority_area_id, l.category_id from knowledge.priority_area_category l
                        join knowledge.priority_area a on a.id = l.priority_area_id
                        where a.collaboration_id = ?""").param(collaborationId).query(Link.class).list();
    }

    /** Serialises changes to a collaboration's list: positions are decided one change at a time. */
    void lockList(UUID collaborationId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('priority_area:' || ?::text, 0))")
                .param(collaborationId)
                .query((rs, n) -> 1)
                .list();
    }

    boolean nameTaken(UUID collaborationId, String name, @Nullable UUID except) {
        return jdbc.sql("select exists (select 1 from knowledge.priority_area where collaboration_id = ?"
                        + " and lower(name) = lower(?) and id is distinct from ?)")
                .params(Arrays.asList(collaborationId, name, except))
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, UUID collaborationId, PriorityAreaCommand c, LocalDateTime now) {
        jdbc.sql("""
                        insert into knowledge.priority_area
                            (id, collaboration_id, name, goal, description, position, created_at, updated_at)
                        values (?, ?, ?, ?, ?, 1000, ?, ?)""")
                .params(id, collaborationId, c.name(), c.goal(), c.description(), now, now)
                .update();
    }

    void update(UUID id, PriorityAreaCommand c, LocalDateTime now) {
        jdbc.sql("update knowledge.priority_area set name = ?, goal = ?, description = ?, updated_at = ? where id = ?")
                .params(c.name(), c.goal(), c.description(), now, id)
                .update();
    }

    /** Gives the areas the positions 1, 2, 3 … in the order given; rows already right are left alone. */
    void order(UUID collaborationId, List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update knowledge.priority_area set position = ? where collaboration_id = ? and id = ?"
                            + " and position <> ?")
                    .params(i + 1, collaborationId, ids.get(i), i + 1)
                    .update();
        }
    }

    void link(UUID id, Collection<UUID> categoryIds) {
        jdbc.sql("delete from knowledge.priority_area_category where priority_area_id = ?")
                .param(id)
                .update();
        for (UUID categoryId : categoryIds) {
            jdbc.sql("insert into knowledge.priority_area_category (priority_area_id, category_id) values (?, ?)")
                    .params(id, categoryId)
                    .update();
        }
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.priority_area where id = ?").param(id).update();
    }
}
