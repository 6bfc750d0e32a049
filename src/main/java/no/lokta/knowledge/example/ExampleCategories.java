package no.lokta.knowledge.example;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The categories of a collaboration's examples, with how many examples use each. */
@Repository
class ExampleCategories {

    private static final String SELECT = """
            select c.id, c.name, (select count(*) from knowledge.example e where e.category_id = c.id) as uses
            from knowledge.example_category c""";

    private final JdbcClient jdbc;

    ExampleCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the collaboration's categories as seeded; false when they were already. */
    boolean markSeeded(UUID collaborationId, LocalDateTime now) {
        return jdbc.sql("""
                        insert into knowledge.example_catalogue (collaboration_id, seeded_at) values (?, ?)
                        on conflict do nothing""").params(collaborationId, now).update() > 0;
    }

    List<CategorySummary> of(UUID collaborationId) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? order by c.position, c.name")
                .param(collaborationId)
                .query((rs, n) ->
                        new CategorySummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("uses")))
                .list();
    }

    /** How many published examples each of the collaboration's categories has; categories without any are left out. */
    Map<UUID, Integer> publishedPerCategory(UUID collaborationId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("select category_id, count(*) as n from knowledge.example where collaboration_id = ?"
                        + " and status = 'PUBLISHED' group by category_id")
                .param(collaborationId)
                .query((rs, n) -> counts.put(rs.getObject("category_id", UUID.class), rs.getInt("n")))
                .list();
        return counts;
    }

    Optional<CategorySummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? and c.id = ?")
                .params(collaborationId, id)
                .query((rs, n) ->
                        new CategorySummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("uses")))
                .optional();
    }

    boolean nameTaken(UUID collaborationId, String name, UUID except) {
        return jdbc.sql("""
                        select count(*) from knowledge.example_category
                        where collaboration_id = ? and lower(name) = lower(?) and id <> ?""")
                        .params(collaborationId, name, except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, UUID collaborationId, String name) {
        jdbc.sql("""
                        insert into knowledge.example_category (id, collaboration_id, name, position)
                        values (?, ?, ?, (select coalesce(max(position), 0) + 1 from knowledge.example_category
                                          where collaboration_id = ?))""").params(id, collaborationId, name, collaborationId).update();
    }

    void rename(UUID id, String name) {
        jdbc.sql("update knowledge.example_category set name = ? where id = ?")
                .params(name, id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.example_category where id = ?")
                .param(id)
                .update();
    }

    /** Locks the category's row, so that it is not removed while an example takes it. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from knowledge.example_category where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }
}
