package no.lokta.knowledge.discussion;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.platform.files.Uploads;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads, their posts and followers, and the digests sent; lists never read an attachment's content. */
@Repository
class Discussions {

    /** A thread's own row. */
    record ThreadRow(UUID id, UUID collaborationId, UUID networkId, String title, boolean locked) {}

    /** A new reply that a follower has not written, for the digest. */
    record DigestLine(
            UUID collaborationId,
            UUID accountId,
            UUID networkId,
            UUID threadId,
            String title,
            String authorName,
            String text,
            java.time.LocalDateTime createdAt) {}

    /** How many threads a network has and when it was last written in. */
    record Activity(UUID networkId, int threads, java.time.@Nullable LocalDateTime lastPostAt) {}

    private static final String THREADS = """
            select t.id, t.network_id, t.title, coalesce(p.author_name, '') as started_by,
              t.created_at at time zone 'Europe/Oslo' as created_at,
              t.last_post_at at time zone 'Europe/Oslo' as last_post_at,
              (select count(*) from knowledge.discussion_post r where r.thread_id = t.id and not r.opening) as replies,
              t.locked
            from knowledge.discussion_thread t
              left join knowledge.discussion_post p on p.thread_id = t.id and p.opening
            """;

    private static final String POSTS = """
            select id, thread_id, opening, author_id, author_name, text, created_at at time zone 'Europe/Oslo' as created_at,
              file_name, size_bytes,
              hidden, moderation
            from knowledge.discussion_post
            """;

    private final JdbcClient jdbc;

    Discussions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Activity> activity(UUID collaborationId) {
        return jdbc.sql("""
                        select network_id, count(*) as threads, max(last_post_at) at time zone 'Europe/Oslo' as last_post_at
                        from knowledge.discussion_thread where collaboration_id = ? group by network_id""").param(collaborationId).query(Activity.class).list().stream()
                .collect(Collectors.toMap(Activity::networkId, a -> a));
    }

    List<ThreadSummary> threads(UUID collaborationId, UUID networkId) {
        return jdbc.sql(THREADS + " where t.collaboration_id = ? and t.network_id = ? order by t.last_post_at desc")
                .params(collaborationId, networkId)
                .query(ThreadSummary.class)
                .list();
    }

    Optional<ThreadSummary> thread(UUID collaborationId, UUID networkId, UUID id) {
        return jdbc.sql(THREADS + " where t.collaboration_id = ? and t.network_id = ? and t.id = ?")
                .params(collaborationId, networkId, id)
                .query(ThreadSummary.class)
                .optional();
    }

    /** Locks the thread's row for a change; empty when it is not one of the network's. */
    Optional<ThreadRow> lock(UUID collaborationId, UUID networkId, UUID id) {
        return jdbc.sql("select id, collaboration_id, network_id, title, locked from knowledge.discussion_thread"
                        + " where collaboration_id = ? and network_id = ? and id = ? for update")
                .params(collaborationId, networkId, id)
                .query(ThreadRow.class)
                .optional();
    }

    void insertThread(UUID id, UUID collaborationId, UUID networkId, String title, UUID by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into knowledge.discussion_thread
                          (id, collaboration_id, network_id, title, created_by, created_at, last_post_at)
                        values (?, ?, ?, ?, ?, ?, ?)""").params(id, collaborationId, networkId, title, by, at, at).update();
    }

    void touch(UUID threadId, OffsetDateTime at) {
        jdbc.sql("update knowledge.discussion_thread set last_post_at = ? where id = ?")
                .params(at, threadId)
                .update();
    }

    void setLocked(UUID threadId, boolean locked) {
        jdbc.sql("update knowledge.discussion_thread set locked = ? where id = ?")
                .params(locked, threadId)
                .update();
    }

    List<PostSummary> posts(UUID threadId) {
        return jdbc.sql(POSTS + " where thread_id = ? order by opening desc, created_at, id")
                .param(threadId)
                .query(PostSummary.class)
                .list();
    }

    Optional<PostSummary> post(UUID threadId, UUID id) {
        return jdbc.sql(POSTS + " where thread_id = ? and id = ?")
                .params(threadId, id)
                .query(PostSummary.class)
                .optional();
    }

    void insertPost(
            UUID id,
            UUID threadId,
            boolean opening,
            Writer by,
            String text,
            OffsetDateTime at,
            Uploads.@Nullable Checked file,
            byte @Nullable [] content) {
        jdbc.sql("""
                        insert into knowledge.discussion_post (id, thread_id, opening, author_id, author_name, text,
                          created_at, file_name, content_type, size_bytes, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        threadId,
                        opening,
                        by.accountId(),
                        by.name(),
                        text,
                        at,
                        file == null ? null : file.fileName(),
                        file == null ? null : file.contentType(),
                        content == null ? null : content.length,
                        content))
                .update();
    }

    void moderate(UUID postId, boolean hidden, String note) {
        jdbc.sql("update knowledge.discussion_post set hidden = ?,"
                        + " moderation = case when moderation = '' then ? else moderation || chr(10) || ? end"
                        + " where id = ?")
                .params(hidden, note, note, postId)
                .update();
    }

    Optional<AttachmentFile> attachment(UUID postId) {
        return jdbc.sql("select file_name, content_type, content from knowledge.discussion_post"
                        + " where id = ? and content is not null")
                .param(postId)
                .query(AttachmentFile.class)
                .optional();
    }

    boolean follows(UUID threadId, UUID accountId) {
        return jdbc.sql(
                        "select exists (select 1 from knowledge.discussion_follower where thread_id = ? and account_id = ?)")
                .params(threadId, accountId)
                .query(Boolean.class)
                .single();
    }

    void follow(UUID threadId, UUID accountId) {
        jdbc.sql(
                        "insert into knowledge.discussion_follower (thread_id, account_id) values (?, ?) on conflict do nothing")
                .params(threadId, accountId)
                .update();
    }

    void unfollow(UUID threadId, UUID accountId) {
        jdbc.sql("delete from knowledge.discussion_follower where thread_id = ? and account_id = ?")
                .params(threadId, accountId)
                .update();
    }

    /**
     * The visible replies written in the period in threads followed, by others than the follower,
     * for the followers who have had no digest in the collaboration on the day.
     */
    List<DigestLine> digestLines(OffsetDateTime from, OffsetDateTime to, java.time.LocalDate day) {
        return jdbc.sql("""
                        select t.collaboration_id, f.account_id, t.network_id, t.id as thread_id, t.title,
                          p.author_name, p.text, p.created_at at time zone 'Europe/Oslo' as created_at
                        from knowledge.discussion_post p
                          join knowledge.discussion_thread t on t.id = p.thread_id
                          join knowledge.discussion_follower f on f.thread_id = t.id
                        where not p.opening and not p.hidden and p.author_id <> f.account_id
                          and p.created_at >= ? and p.created_at < ?
                          and not exists (select 1 from knowledge.discussion_digest d
                            where d.collaboration_id = t.collaboration_id and d.account_id = f.account_id and d.day = ?)
                        order by t.collaboration_id, f.account_id, t.last_post_at desc, t.id, p.created_at""").params(from, to, day).query(DigestLine.class).list();
    }

    /** Claims the day's digest for a person; false when it was already sent (by this or another node). */
    boolean claimDigest(UUID collaborationId, UUID accountId, java.time.LocalDate day, int replies, OffsetDateTime at) {
        return jdbc.sql("""
                                insert into knowledge.discussion_digest (collaboration_id, account_id, day, replies, sent_at)
                                values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(collaborationId, accountId, day, replies, at)
                        .update()
                > 0;
    }
}
