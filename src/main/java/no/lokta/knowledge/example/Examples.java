package no.lokta.knowledge.example;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Good examples with their category and organisations, one statement per read. The search uses
 * the generated Norwegian {@code tsvector} column and its GIN index.
 */
@Repository
class Examples {

    private static final String COLUMNS = """
            e.*, c.name as category_name,
              array(select o.id from knowledge.example_organisation eo join member.organisation o on o.id = eo.organisation_id
                    where eo.example_id = e.id order by o.name, o.id) as organisation_ids,
              array(select o.name from knowledge.example_organisation eo join member.organisation o on o.id = eo.organisation_id
                    where eo.example_id = e.id order by o.name, o.id) as organisation_names""";

    private static final String FROM =
            " from knowledge.example e join knowledge.example_category c on c.id = e.category_id";

    private static final String SELECT = "select " + COLUMNS + FROM;

    /** How the best passage of a summary is cut out and its words marked. */
    private static final String HEADLINE = "StartSel=" + ExampleHit.MARK_START + ", StopSel=" + ExampleHit.MARK_END
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    Examples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, ExampleCommand c, LocalDateTime now) {
        jdbc.sql("""
                        insert into knowledge.example (id, collaboration_id, category_id, title, summary, target_group,
                          network_id, contact_name, contact_email, period_from, period_to, results, evidence, status,
                          created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.categoryId(),
                        c.title(),
                        c.summary(),
                        c.targetGroup(),
                        c.networkId(),
                        c.contactName(),
                        c.contactEmail(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.results(),
                        c.evidence().name(),
                        now,
                        now))
                .update();
        organisations(id, c);
    }

    void update(UUID id, ExampleCommand c, LocalDateTime now) {
        jdbc.sql("""
                        update knowledge.example set category_id = ?, title = ?, summary = ?, target_group = ?,
                          network_id = ?, contact_name = ?, contact_email = ?, period_from = ?, period_to = ?,
                          results = ?, evidence = ?, updated_at = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.categoryId(),
                        c.title(),
                        c.summary(),
                        c.targetGroup(),
                        c.networkId(),
                        c.contactName(),
                        c.contactEmail(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.results(),
                        c.evidence().name(),
                        now,
                        id))
                .update();
        jdbc.sql("delete from knowledge.example_organisation where example_id = ?")
                .param(id)
                .update();
        organisations(id, c);
    }

    private void organisations(UUID id, ExampleCommand c) {
        for (UUID organisation : c.organisationIds()) {
            jdbc.sql("insert into knowledge.example_organisation (example_id, organisation_id) values (?, ?)")
                    .params(id, organisation)
                    .update();
        }
    }

    void status(UUID id, ExampleStatus status, @Nullable LocalDateTime publishedAt) {
        jdbc.sql("update knowledge.example set status = ?, published_at = ? where id = ?")
                .params(Arrays.asList(status.name(), publishedAt, id))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.example where id = ?").param(id).update();
    }

    /** Locks the example's row until the transaction ends; returns its collaboration. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from knowledge.example where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<ExampleSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = ?")
                .param(id)
                .query(Examples::row)
                .optional();
    }

    List<ExampleSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where e.collaboration_id = ? order by e.updated_at desc, e.title")
                .param(collaborationId)
                .query(Examples::row)
                .list();
    }

    /**
     * Published examples that match the filter; with a query (a tsquery text) ranked by
     * {@code ts_rank} over the weighted vector, best first, and with the summary's best passage.
     */
    ExamplePage search(ExampleFilter f, @Nullable String tsquery) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS);
        List<@Nullable Object> params = new ArrayList<>();
        if (tsquery != null) {
            sql.append(", ts_rank(e.search, cast(? as tsquery)) as rank")
                    .append(", ts_headline('norwegian', e.summary, cast(? as tsquery), '")
                    .append(HEADLINE)
                    .append("') as headline");
            params.add(tsquery);
            params.add(tsquery);
        } else {
            sql.append(", 0.0 as rank, null as headline");
        }
        sql.append(", count(*) over () as total").append(FROM).append(" where e.status = 'PUBLISHED'");
        if (f.collaborationId() != null) {
            sql.append(" and e.collaboration_id = ?");
            params.add(f.collaborationId());
        }
        if (f.categoryId() != null) {
            sql.append(" and e.category_id = ?");
            params.add(f.categoryId());
        }
        if (f.evidence() != null) {
            sql.append(" and e.evidence = ?");
            params.add(f.evidence().name());
        }
        if (f.networkId() != null) {
            sql.append(" and e.network_id = ?");
            params.add(f.networkId());
        }
        if (f.organisationId() != null) {
            sql.append(" and exists (select 1 from knowledge.example_organisation eo"
                    + " where eo.example_id = e.id and eo.organisation_id = ?)");
            params.add(f.organisationId());
        }
        if (tsquery != null) {
            sql.append(" and e.search @@ cast(? as tsquery)");
            params.add(tsquery);
        }
        sql.append(" order by rank desc, e.published_at desc nulls last, e.title, e.id limit ? offset ?");
        params.add(f.size());
        params.add(f.page() * f.size());
        int[] total = {0};
        List<ExampleHit> hits = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return new ExampleHit(row(rs, n), rs.getDouble("rank"), rs.getString("headline"));
                })
                .list();
        return new ExamplePage(hits, total[0], f.page(), f.size());
    }

    /**
     * Published examples of the same collaboration that share something with this one, most
     * similar first: the same category counts 2, the same network 2, each organisation in common 1.
     */
    List<ExampleSummary> related(UUID id, int limit) {
        return jdbc.sql("""
                        with me as (select id, collaboration_id, category_id, network_id from knowledge.example where id = ?),
                        scored as (
                          select e.id,
                            (case when e.category_id = me.category_id then 2 else 0 end)
                            + (case when e.network_id is not null and e.network_id = me.network_id then 2 else 0 end)
                            + (select count(*) from knowledge.example_organisation a
                                 join knowledge.example_organisation b on b.organisation_id = a.organisation_id
                               where a.example_id = e.id and b.example_id = me.id) as score
                          from knowledge.example e join me on e.collaboration_id = me.collaboration_id
                          where e.id <> me.id and e.status = 'PUBLISHED')
                        """ + SELECT + """
                         join scored s on s.id = e.id
                        where s.score > 0
                        order by s.score desc, e.published_at desc nulls last, e.title, e.id
                        limit ?""")
                .params(id, limit)
                .query(Examples::row)
                .list();
    }

    /** What {@code websearch_to_tsquery} makes of the words, as tsquery text; empty for stop words only. */
    String websearch(String words) {
        return jdbc.sql("select cast(websearch_to_tsquery('norwegian', ?) as text)")
                .param(words)
                .query(String.class)
                .single();
    }

    /** The collaborations with published examples. */
    List<UUID> collaborationsWithExamples() {
        return jdbc.sql("select distinct collaboration_id from knowledge.example where status = 'PUBLISHED'")
                .query(UUID.class)
                .list();
    }

    private static ExampleSummary row(ResultSet rs, int n) throws SQLException {
        List<ExampleSummary.Party> parties = new ArrayList<>();
        UUID[] ids = uuids(rs.getArray("organisation_ids"));
        String[] names = strings(rs.getArray("organisation_names"));
        for (int i = 0; i < ids.length && i < names.length; i++) {
            parties.add(new ExampleSummary.Party(ids[i], names[i]));
        }
        java.sql.Date from = rs.getDate("period_from");
        java.sql.Date to = rs.getDate("period_to");
        Timestamp published = rs.getTimestamp("published_at");
        return new ExampleSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("category_id", UUID.class),
                rs.getString("category_name"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("target_group"),
                rs.getObject("network_id", UUID.class),
                null,
                parties,
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("results"),
                Evidence.valueOf(rs.getString("evidence")),
                ExampleStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toLocalDateTime(),
                rs.getTimestamp("updated_at").toLocalDateTime());
    }

    private static UUID[] uuids(@Nullable Array array) throws SQLException {
        return array == null ? new UUID[0] : (UUID[]) array.getArray();
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
