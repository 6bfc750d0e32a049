package no.lokta.knowledge.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** News items with their tags. */
@Repository
class NewsItems {

    private static final String SEPARATOR = "\u001f";

    private static final String SELECT = """
            select n.id, n.collaboration_id, n.title, n.body, n.audience, n.status, n.created_at, n.published_at,
                   n.newsletter_sent_at,
                   coalesce((select string_agg(t.tag, chr(31) order by t.position) from knowledge.news_tag t
                             where t.item_id = n.id), '') as tags
            from knowledge.news_item n
            """;

    private final JdbcClient jdbc;

    NewsItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static NewsSummary row(ResultSet rs, int n) throws SQLException {
        String tags = rs.getString("tags");
        return new NewsSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"),
                rs.getString("body"),
                tags.isEmpty() ? List.of() : List.of(tags.split(SEPARATOR)),
                Audience.valueOf(rs.getString("audience")),
                NewsStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("newsletter_sent_at", OffsetDateTime.class));
    }

    List<NewsSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where n.collaboration_id = ?"
                        + " order by n.status, n.published_at desc nulls first, n.created_at desc")
                .param(collaborationId)
                .query(NewsItems::row)
                .list();
    }

    Optional<NewsSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where n.id = ? and n.collaboration_id = ?")
                .params(id, collaborationId)
                .query(NewsItems::row)
                .optional();
    }

    Optional<UUID> collaborationOf(UUID id) {
        return jdbc.sql("select collaboration_id from knowledge.news_item where id = ?")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    /**
     * Published items, newest first: public ones, and members-only ones of the collaborations in
     * {@code memberOf}; of one collaboration or of all, with a tag or any.
     */
    List<NewsSummary> published(
            @Nullable UUID collaborationId, Collection<UUID> memberOf, @Nullable String tag, int limit) {
        String member = String.join(",", memberOf.stream().map(UUID::toString).toList());
        return jdbc.sql(SELECT + """
                         where n.status = 'PUBLISHED'
                           and (n.audience = 'PUBLIC' or n.collaboration_id::text = any(string_to_array(?, ',')))
                           and (cast(? as uuid) is null or n.collaboration_id = ?)
                           and (cast(? as text) is null or exists (select 1 from knowledge.news_tag t
                                where t.item_id = n.id and lower(t.tag) = lower(?)))
                         order by n.published_at desc, n.id
                         limit ?
                        """)
                .params(Arrays.asList(member, collaborationId, collaborationId, tag, tag, limit))
                .query(NewsItems::row)
                .list();
    }

    /** The tags of the items {@link #published} would show without a tag, most used first. */
    List<String> publishedTags(@Nullable UUID collaborationId, Collection<UUID> memberOf) {
        String member = String.join(",", memberOf.stream().map(UUID::toString).toList());
        return jdbc.sql("""
                        select min(t.tag) from knowledge.news_tag t join knowledge.news_item n on n.id = t.item_id
                         where n.status = 'PUBLISHED'
                           and (n.audience = 'PUBLIC' or n.collaboration_id::text = any(string_to_array(?, ',')))
                           and (cast(? as uuid) is null or n.collaboration_id = ?)
                         group by lower(t.tag) order by count(*) desc, lower(t.tag) limit 30
                        """)
                .params(Arrays.asList(member, collaborationId, collaborationId))
                .query(String.class)
                .list();
    }

    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from knowledge.news_item where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void insert(UUID id, UUID collaborationId, NewsCommand c, OffsetDateTime now) {
        jdbc.sql("""
                        insert into knowledge.news_item (id, collaboration_id, title, body, audience, status, created_at)
                        values (?, ?, ?, ?, ?, 'DRAFT', ?)
                        """)
                .params(id, collaborationId, c.title(), c.text(), c.audience().name(), now)
                .update();
        tags(id, c.tags());
    }

    /** Inserts the draft of a grant scheme, unless the scheme has one already. */
    boolean insertForScheme(UUID id, UUID collaborationId, UUID schemeId, NewsCommand c, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                        insert into knowledge.news_item
                            (id, collaboration_id, title, body, audience, status, created_at, scheme_id)
                        values (?, ?, ?, ?, ?, 'DRAFT', ?, ?)
                        on conflict (scheme_id) do nothing
                        """)
                .params(id, collaborationId, c.title(), c.text(), c.audience().name(), now, schemeId)
                .update();
        if (inserted == 0) {
            return false;
        }
        tags(id, c.tags());
        return true;
    }

    void update(UUID id, NewsCommand c) {
        jdbc.sql("update knowledge.news_item set title = ?, body = ?, audience = ? where id = ?")
                .params(c.title(), c.text(), c.audience().name(), id)
                .update();
        jdbc.sql("delete from knowledge.news_tag where item_id = ?").param(id).update();
        tags(id, c.tags());
    }

    private void tags(UUID id, List<String> tags) {
        for (int i = 0; i < tags.size(); i++) {
            jdbc.sql("insert into knowledge.news_tag (item_id, tag, position) values (?, ?, ?)")
                    .params(id, tags.get(i), i)
                    .update();
        }
    }

    void publish(UUID id, OffsetDateTime now) {
        jdbc.sql("update knowledge.news_item set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(now, id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.news_item where id = ?").param(id).update();
    }

    void markSent(UUID id, OffsetDateTime now) {
        jdbc.sql("update knowledge.news_item set newsletter_sent_at = ? where id = ?")
                .params(now, id)
                .update();
    }
}
