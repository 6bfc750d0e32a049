package no.lokta.programme.shadowing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements with their host's name and the number accepted, one statement per call. */
@Repository
class Placements {

    private static final String SELECT = """
            select p.id, p.collaboration_id, p.network_id, p.host_organisation_id, o.name as host_name, p.unit,
              p.description, p.period_from, p.period_to, p.capacity, p.application_deadline, p.contact_name,
              p.contact_email, p.status,
              (select count(*) from programme.placement_application a
                where a.placement_id = p.id and a.status = 'ACCEPTED') as accepted
            from programme.placement p join member.organisation o on o.id = p.host_organisation_id
            """;

    private final JdbcClient jdbc;

    Placements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, PlacementCommand c) {
        jdbc.sql("""
                        insert into programme.placement (id, collaboration_id, network_id, host_organisation_id, unit,
                          description, period_from, period_to, capacity, application_deadline, contact_name,
                          contact_email, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.networkId(),
                        c.hostOrganisationId(),
                        c.unit(),
                        c.description(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.capacity(),
                        c.applicationDeadline(),
                        c.contactName(),
                        c.contactEmail(),
                        c.status().name()))
                .update();
    }

    void update(UUID id, PlacementCommand c) {
        jdbc.sql("""
                        update programme.placement set network_id = ?, host_organisation_id = ?, unit = ?,
                          description = ?, period_from = ?, period_to = ?, capacity = ?, application_deadline = ?,
                          contact_name = ?, contact_email = ?, status = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.networkId(),
                        c.hostOrganisationId(),
                        c.unit(),
                        c.description(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.capacity(),
                        c.applicationDeadline(),
                        c.contactName(),
                        c.contactEmail(),
                        c.status().name(),
                        id))
                .update();
    }

    /**
     * Locks the placement's row until the transaction ends, so that decisions on its places are
     * taken one at a time; returns its collaboration.
     */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from programme.placement where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<PlacementSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?")
                .param(id)
                .query(Placements::row)
                .optional();
    }

    List<PlacementSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where p.collaboration_id = ? order by p.period_from desc, p.unit")
                .param(collaborationId)
                .query(Placements::row)
                .list();
    }

    /** Published placements, of one collaboration or all, soonest first. */
    List<PlacementSummary> published(@Nullable UUID collaborationId) {
        return jdbc.sql(SELECT + """
                         where p.status = 'PUBLISHED' and (cast(? as uuid) is null or p.collaboration_id = ?)
                        order by p.period_from, p.unit""")
                .params(Arrays.asList(collaborationId, collaborationId))
                .query(Placements::row)
                .list();
    }

    private static PlacementSummary row(ResultSet rs, int n) throws SQLException {
        return new PlacementSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("host_organisation_id", UUID.class),
                rs.getString("host_name"),
                rs.getString("unit"),
                rs.getString("description"),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                rs.getInt("capacity"),
                rs.getDate("application_deadline").toLocalDate(),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                PlacementStatus.valueOf(rs.getString("status")),
                rs.getInt("accepted"));
    }
}
