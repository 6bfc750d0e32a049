package no.lokta.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one collaboration's audit log, newest first, a page at a time. */
@Component
class AuditEntries {

    static final int PAGE_SIZE = 50;

    /** Dates in filters and times on the page are Norwegian local time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** What to look for; null means "any". */
    record Criteria(
            @Nullable AuditAction action,
            @Nullable String entityType,
            @Nullable String person,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** One entry as the page shows it; before and after as indented JSON. */
    record Entry(
            long id,
            LocalDateTime at,
            String actorName,
            AuditAction action,
            String entityType,
            @Nullable String entityId,
            String summary,
            @Nullable String before,
            @Nullable String after) {}

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

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page find(UUID collaborationId, Criteria criteria, int page) {
        List<@Nullable Object> params = new ArrayList<>();
        String where = where(collaborationId, criteria, params);
        long total = jdbc.sql("select count(*) from platform.audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        int number = (int) Math.min(Math.max(1, page), Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        params.add((number - 1) * PAGE_SIZE);
        List<Entry> entries = jdbc.sql("select id, at, actor_name, action, entity_type, entity_id, summary,"
                        + " jsonb_pretty(before) as before, jsonb_pretty(after) as after"
                        + " from platform.audit_log" + where
                        + " order by at desc, id desc limit " + PAGE_SIZE + " offset ?")
                .params(params)
                .query(AuditEntries::entry)
                .list();
        return new Page(entries, number, total);
    }

    List<String> entityTypes(UUID collaborationId) {
        return jdbc.sql("select distinct entity_type from platform.audit_log where collaboration_id = ? order by 1")
                .param(collaborationId)
                .query(String.class)
                .list();
    }

    private static String where(UUID collaborationId, Criteria c, List<@Nullable Object> params) {
        StringBuilder sql = new StringBuilder(" where collaboration_id = ?");
        params.add(collaborationId);
        if (c.action() != null) {
            sql.append(" and action = ?");
            params.add(c.action().name());
        }
        if (c.entityType() != null && !c.entityType().isBlank()) {
            sql.append(" and entity_type = ?");
            params.add(c.entityType());
        }
        if (c.person() != null && !c.person().isBlank()) {
            // position() rather than LIKE: no wildcards to escape in what people type
            sql.append(" and position(lower(?) in lower(actor_name)) > 0");
            params.add(c.person().strip());
        }
        if (c.from() != null) {
            sql.append(" and at >= ?");
            params.add(c.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (c.to() != null) {
            sql.append(" and at < ?");
            params.add(c.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        return sql.toString();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
        return new Entry(
                rs.getLong("id"),
                at.atZoneSameInstant(ZONE).toLocalDateTime(),
                rs.getString("actor_name"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("summary"),
                rs.getString("before"),
                rs.getString("after"));
    }
}
