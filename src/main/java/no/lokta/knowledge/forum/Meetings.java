package no.lokta.knowledge.forum;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings of fora, their attendance and their numbered decisions. */
@Repository
class Meetings {

    private static final String SELECT = """
            select m.id, m.forum_id, f.name as forum_name, m.title, m.starts_at, m.ends_at, m.place, m.agenda,
              m.minutes, m.agenda_sent_at, m.minutes_sent_at,
              array(select a.member_id from knowledge.meeting_attendance a where a.meeting_id = m.id) as present
            from knowledge.meeting m join knowledge.forum f on f.id = m.forum_id
            """;

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MeetingSummary> ofForum(UUID forumId) {
        return jdbc.sql(SELECT + " where m.forum_id = ? order by m.starts_at desc")
                .param(forumId)
                .query((rs, n) -> map(rs))
                .list();
    }

    List<MeetingSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where f.collaboration_id = ? order by m.starts_at desc")
                .param(collaborationId)
                .query((rs, n) -> map(rs))
                .list();
    }

    Optional<MeetingSummary> find(UUID forumId, UUID id) {
        return jdbc.sql(SELECT + " where m.forum_id = ? and m.id = ?")
                .params(forumId, id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    private static MeetingSummary map(java.sql.ResultSet rs) throws SQLException {
        Array present = rs.getArray("present");
        return new MeetingSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("forum_id", UUID.class),
                rs.getString("forum_name"),
                rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class),
                rs.getString("place"),
                rs.getString("agenda"),
                rs.getString("minutes"),
                rs.getObject("agenda_sent_at", OffsetDateTime.class),
                rs.getObject("minutes_sent_at", OffsetDateTime.class),
                Set.of((UUID[]) present.getArray()));
    }

    void insert(UUID id, UUID forumId, MeetingCommand c) {
        jdbc.sql("""
                        insert into knowledge.meeting (id, forum_id, title, starts_at, ends_at, place, agenda)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, forumId, c.title(), c.startsAt(), c.endsAt(), c.place(), c.agenda())
                .update();
    }

    void update(UUID id, MeetingCommand c) {
        jdbc.sql("""
                        update knowledge.meeting set title = ?, starts_at = ?, ends_at = ?, place = ?, agenda = ?
                        where id = ?""")
                .params(c.title(), c.startsAt(), c.endsAt(), c.place(), c.agenda(), id)
                .update();
    }

    void minutes(UUID id, String minutes, Collection<UUID> present) {
        jdbc.sql("update knowledge.meeting set minutes = ? where id = ?")
                .params(minutes, id)
                .update();
        jdbc.sql("delete from knowledge.meeting_attendance where meeting_id = ?")
                .param(id)
                .update();
        present.forEach(
                member -> jdbc.sql("insert into knowledge.meeting_attendance (meeting_id, member_id) values (?, ?)")
                        .params(id, member)
                        .update());
    }

    void sent(UUID id, String what, OffsetDateTime at) {
        String column = what.equals("agenda") ? "agenda_sent_at" : "minutes_sent_at";
        jdbc.sql("update knowledge.meeting set " + column + " = ? where id = ?")
                .params(at, id)
                .update();
    }

    List<DecisionSummary> decisions(UUID meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, forum_id, year, number, text, follow_up, responsible, due_on, status
                        from knowledge.forum_decision where meeting_id = ? order by year, number""").param(meetingId).query(DecisionSummary.class).list();
    }

    List<DecisionSummary> decisionsOfForum(UUID forumId) {
        return jdbc.sql("""
                        select id, meeting_id, forum_id, year, number, text, follow_up, responsible, due_on, status
                        from knowledge.forum_decision where forum_id = ? order by year desc, number desc""").param(forumId).query(DecisionSummary.class).list();
    }

    /** The next number of the year in the forum; the caller holds the forum's row lock. */
    int nextNumber(UUID forumId, int year) {
        return jdbc.sql(
                        "select coalesce(max(number), 0) + 1 from knowledge.forum_decision where forum_id = ? and year = ?")
                .params(forumId, year)
                .query(Integer.class)
                .single();
    }

    void insertDecision(UUID id, UUID meetingId, UUID forumId, int year, int number, DecisionCommand c) {
        jdbc.sql("""
                        insert into knowledge.forum_decision (id, meeting_id, forum_id, year, number, text, follow_up,
                          responsible, due_on, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        meetingId,
                        forumId,
                        year,
                        number,
                        c.text(),
                        c.followUp(),
                        c.responsible(),
                        c.dueOn(),
                        c.status().name()))
                .update();
    }

    boolean updateDecision(UUID meetingId, UUID id, DecisionCommand c) {
        return jdbc.sql("""
                                update knowledge.forum_decision set text = ?, follow_up = ?, responsible = ?, due_on = ?,
                                  status = ? where id = ? and meeting_id = ?""")
                        .params(Arrays.asList(
                                c.text(),
                                c.followUp(),
                                c.responsible(),
                                c.dueOn(),
                                c.status().name(),
                                id,
                                meetingId))
                        .update()
                == 1;
    }
}
