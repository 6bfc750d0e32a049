package no.lokta.project.scheme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.project.funding.FunderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grant schemes with the organisations they concern, one statement per read. */
@Repository
class GrantSchemes {

    private static final String SELECT = """
            select s.*,
              array(select o.id::text || '|' || o.name from project.grant_scheme_organisation g
                    join member.organisation o on o.id = g.organisation_id
                    where g.scheme_id = s.id order by o.name, o.id) as organisations
            from project.grant_scheme s
            """;

    private final JdbcClient jdbc;

    GrantSchemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, GrantSchemeCommand c) {
        jdbc.sql("""
                        insert into project.grant_scheme (id, collaboration_id, name, funder, funder_kind, deadline,
                          who_can_apply, link, description)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        collaborationId,
                        c.name(),
                        c.funder(),
                        c.funderKind().name(),
                        c.deadline(),
                        c.whoCanApply(),
                        c.link(),
                        c.description())
                .update();
        organisations(id, c);
    }

    void update(UUID id, GrantSchemeCommand c) {
        jdbc.sql("""
                        update project.grant_scheme set name = ?, funder = ?, funder_kind = ?, deadline = ?,
                          who_can_apply = ?, link = ?, description = ?
                        where id = ?""")
                .params(
                        c.name(),
                        c.funder(),
                        c.funderKind().name(),
                        c.deadline(),
                        c.whoCanApply(),
                        c.link(),
                        c.description(),
                        id)
                .update();
        jdbc.sql("delete from project.grant_scheme_organisation where scheme_id = ?")
                .param(id)
                .update();
        organisations(id, c);
    }

    private void organisations(UUID id, GrantSchemeCommand c) {
        for (UUID organisation : c.organisationIds()) {
            jdbc.sql("insert into project.grant_scheme_organisation (scheme_id, organisation_id) values (?, ?)")
                    .params(id, organisation)
                    .update();
        }
    }

    void published(UUID id, LocalDate on) {
        jdbc.sql("update project.grant_scheme set published_on = ? where id = ?")
                .params(on, id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from project.grant_scheme where id = ?").param(id).update();
    }

    /** Locks the scheme's row until the transaction ends; returns its collaboration. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from project.grant_scheme where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<GrantSchemeSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(id)
                .query(GrantSchemes::row)
                .optional();
    }

    /** Every scheme of the collaboration, the next deadline first. */
    List<GrantSchemeSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where s.collaboration_id = ? order by s.deadline, s.name")
                .param(collaborationId)
                .query(GrantSchemes::row)
                .list();
    }

    private static GrantSchemeSummary row(ResultSet rs, int n) throws SQLException {
        List<GrantSchemeSummary.Party> organisations = new ArrayList<>();
        java.sql.Array array = rs.getArray("organisations");
        if (array != null) {
            for (String party : (String[]) array.getArray()) {
                int bar = party.indexOf('|');
                organisations.add(new GrantSchemeSummary.Party(
                        UUID.fromString(party.substring(0, bar)), party.substring(bar + 1)));
            }
        }
        java.sql.Date published = rs.getDate("published_on");
        return new GrantSchemeSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getString("name"),
                rs.getString("funder"),
                FunderKind.valueOf(rs.getString("funder_kind")),
                rs.getDate("deadline").toLocalDate(),
                rs.getString("who_can_apply"),
                rs.getString("link"),
                rs.getString("description"),
                organisations,
                published == null ? null : published.toLocalDate());
    }
}
