package no.lokta.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the outbox of one collaboration, newest first, a page at a time. */
@Component
class OutboxEntries {

    static final int PAGE_SIZE = 50;
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** One mail as the page shows it; without the technical error text. */
    record Entry(
            UUID id,
            LocalDateTime createdAt,
            String recipient,
            String subject,
            String body,
            MailStatus status,
            int attempts,
            @Nullable LocalDateTime sentAt,
            boolean unassigned) {}

    record Page(List<Entry> entries, int number, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages();
        }
    }

    private final JdbcClient jdbc;

    OutboxEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Mails of the collaboration; with {@code unassigned}, also those that belong to none (password
     * resets), which only demo mode shows.
     */
    Page find(UUID collaborationId, boolean unassigned, int page) {
        String where =
                unassigned ? " where collaboration_id = ? or collaboration_id is null" : " where collaboration_id = ?";
        long total = jdbc.sql("select count(*) from platform.mail_outbox" + where)
                .param(collaborationId)
                .query(Long.class)
                .single();
        int number = (int) Math.min(Math.max(1, page), Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        List<Entry> entries = jdbc.sql("select id, created_at, recipient, subject, body, status, attempts, sent_at,"
                        + " collaboration_id is null as unassigned from platform.mail_outbox" + where
                        + " order by created_at desc, id limit " + PAGE_SIZE + " offset ?")
                .params(collaborationId, (number - 1) * PAGE_SIZE)
                .query(OutboxEntries::entry)
                .list();
        return new Page(entries, number, total);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class)
                        .atZoneSameInstant(ZONE)
                        .toLocalDateTime(),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                sent == null ? null : sent.atZoneSameInstant(ZONE).toLocalDateTime(),
                rs.getBoolean("unassigned"));
    }
}
