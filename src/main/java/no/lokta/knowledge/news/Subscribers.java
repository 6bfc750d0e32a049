package no.lokta.knowledge.news;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Newsletter subscribers and their unsubscribe links, by the hashes of the tokens. */
@Repository
class Subscribers {

    /** A subscriber's own row. */
    record Row(UUID id, UUID collaborationId, String email, boolean confirmed) {}

    private static final String SELECT =
            "select id, collaboration_id, email, confirmed_at is not null as confirmed from knowledge.news_subscriber";

    private final JdbcClient jdbc;

    Subscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byEmail(UUID collaborationId, String email) {
        return jdbc.sql(SELECT + " where collaboration_id = ? and lower(email) = lower(?) for update")
                .params(collaborationId, email)
                .query(Row.class)
                .optional();
    }

    /** A new unconfirmed subscriber, or the waiting one with a new confirmation token. */
    void upsertUnconfirmed(UUID collaborationId, String email, String confirmHash, OffsetDateTime now) {
        jdbc.sql("""
                        insert into knowledge.news_subscriber (id, collaboration_id, email, confirm_hash, created_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (collaboration_id, lower(email))
                        do update set confirm_hash = excluded.confirm_hash
                        where knowledge.news_subscriber.confirmed_at is null
                        """)
                .params(UUID.randomUUID(), collaborationId, email, confirmHash, now)
                .update();
    }

    Optional<Row> byConfirmHash(String hash) {
        return jdbc.sql(SELECT + " where confirm_hash = ? and confirmed_at is null")
                .param(hash)
                .query(Row.class)
                .optional();
    }

    void confirm(UUID id, OffsetDateTime now) {
        jdbc.sql("update knowledge.news_subscriber set confirmed_at = ?, confirm_hash = null where id = ?")
                .params(now, id)
                .update();
    }

    Optional<Row> byUnsubscribeHash(String hash) {
        return jdbc.sql(SELECT + " where id = (select subscriber_id from knowledge.news_unsubscribe_link"
                        + " where token_hash = ?)")
                .param(hash)
                .query(Row.class)
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.news_subscriber where id = ?").param(id).update();
    }

    List<Row> confirmed(UUID collaborationId) {
        return jdbc.sql(SELECT + " where collaboration_id = ? and confirmed_at is not null order by lower(email)")
                .param(collaborationId)
                .query(Row.class)
                .list();
    }

    int countConfirmed(UUID collaborationId) {
        return jdbc.sql("select count(*) from knowledge.news_subscriber where collaboration_id = ?"
                        + " and confirmed_at is not null")
                .param(collaborationId)
                .query(Integer.class)
                .single();
    }

    void addUnsubscribeLink(UUID subscriberId, String hash, OffsetDateTime now) {
        jdbc.sql("insert into knowledge.news_unsubscribe_link (token_hash, subscriber_id, issued_at) values (?, ?, ?)")
                .params(hash, subscriberId, now)
                .update();
    }
}
