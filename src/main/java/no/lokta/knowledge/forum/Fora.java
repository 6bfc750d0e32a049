package no.lokta.knowledge.forum;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fora with their groups of seats and members. */
@Repository
class Fora {

    /** A forum's own row. */
    record Row(UUID id, UUID collaborationId, String name, ForumKind kind, String description) {}

    /** A group of seats' own row. */
    record GroupRow(UUID id, @Nullable UUID parentId, String name, int seats) {}

    private final JdbcClient jdbc;

    Fora(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> ofCollaboration(UUID collaborationId) {
        return jdbc.sql("select id, collaboration_id, name, kind, description from knowledge.forum"
                        + " where collaboration_id = ? order by lower(name)")
                .param(collaborationId)
                .query(Row.class)
                .list();
    }

    Optional<Row> find(UUID collaborationId, UUID id) {
        return jdbc.sql("select id, collaboration_id, name, kind, description from knowledge.forum"
                        + " where id = ? and collaboration_id = ?")
                .params(id, collaborationId)
                .query(Row.class)
                .optional();
    }

    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from knowledge.forum where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    boolean nameTaken(UUID collaborationId, String name, @Nullable UUID except) {
        return jdbc.sql("select exists (select 1 from knowledge.forum where collaboration_id = ?"
                        + " and lower(name) = lower(?) and id is distinct from ?)")
                .params(Arrays.asList(collaborationId, name, except))
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, UUID collaborationId, ForumCommand c) {
        jdbc.sql("insert into knowledge.forum (id, collaboration_id, name, kind, description) values (?, ?, ?, ?, ?)")
                .params(id, collaborationId, c.name(), c.kind().name(), c.description())
                .update();
    }

    void update(UUID id, ForumCommand c) {
        jdbc.sql("update knowledge.forum set name = ?, kind = ?, description = ? where id = ?")
                .params(c.name(), c.kind().name(), c.description(), id)
                .update();
    }

    List<GroupRow> groups(UUID forumId) {
        return jdbc.sql("select id, parent_id, name, seats from knowledge.seat_group where forum_id = ?"
                        + " order by position, name")
                .param(forumId)
                .query(GroupRow.class)
                .list();
    }

    void insertGroup(UUID id, UUID forumId, SeatGroupCommand c) {
        jdbc.sql("""
                        insert into knowledge.seat_group (id, forum_id, parent_id, name, seats, position)
                        values (?, ?, ?, ?, ?, (select count(*) from knowledge.seat_group where forum_id = ?))""")
                .params(Arrays.asList(id, forumId, c.parentId(), c.name(), c.seats(), forumId))
                .update();
    }

    boolean deleteGroup(UUID forumId, UUID id) {
        return jdbc.sql("delete from knowledge.seat_group where id = ? and forum_id = ?")
                        .params(id, forumId)
                        .update()
                == 1;
    }

    boolean groupHasMembers(UUID id) {
        return jdbc.sql("""
                        select exists (select 1 from knowledge.forum_member m where m.group_id = ?
                          or m.group_id in (select g.id from knowledge.seat_group g where g.parent_id = ?))""").params(id, id).query(Boolean.class).single();
    }

    List<ForumMember> members(UUID forumId) {
        return jdbc.sql("""
                        select m.id, m.forum_id, m.group_id, g.name as group_name, m.name, m.organisation_id,
                          o.name as organisation_name, m.title, m.email, m.from_date, m.to_date
                        from knowledge.forum_member m join knowledge.seat_group g on g.id = m.group_id
                          left join member.organisation o on o.id = m.organisation_id
                        where m.forum_id = ? order by g.position, lower(m.name)""").param(forumId).query(ForumMember.class).list();
    }

    void insertMember(UUID id, UUID forumId, MemberCommand c) {
        jdbc.sql("""
                        insert into knowledge.forum_member (id, forum_id, group_id, name, organisation_id, title, email,
                          from_date, to_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        forumId,
                        c.groupId(),
                        c.name(),
                        c.organisationId(),
                        c.title(),
                        c.email(),
                        c.fromDate(),
                        c.toDate()))
                .update();
    }

    boolean updateMember(UUID forumId, UUID id, MemberCommand c) {
        return jdbc.sql("""
                                update knowledge.forum_member set group_id = ?, name = ?, organisation_id = ?, title = ?,
                                  email = ?, from_date = ?, to_date = ? where id = ? and forum_id = ?""")
                        .params(Arrays.asList(
                                c.groupId(),
                                c.name(),
                                c.organisationId(),
                                c.title(),
                                c.email(),
                                c.fromDate(),
                                c.toDate(),
                                id,
                                forumId))
                        .update()
                == 1;
    }
}
