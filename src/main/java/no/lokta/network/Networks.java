package no.lokta.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The network tables. Every lookup names the collaboration, so no id reaches into another one. */
@Component
class Networks {

    record NetworkRow(
            UUID id, UUID collaborationId, String name, String theme, String description, NetworkStatus status) {}

    record BodyRow(
            UUID id,
            UUID networkId,
            BodyKind kind,
            @Nullable UUID organisationId) {}

    record MembershipRow(
            UUID id,
            UUID bodyId,
            UUID accountId,
            BodyRole role,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    private final JdbcClient jdbc;

    Networks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NetworkRow> all(UUID collaborationId) {
        return jdbc.sql("select id, collaboration_id, name, theme, description, status from network.network"
                        + " where collaboration_id = ? order by lower(name)")
                .param(collaborationId)
                .query(NetworkRow.class)
                .list();
    }

    Optional<NetworkRow> find(UUID collaborationId, UUID id) {
        return jdbc.sql("select id, collaboration_id, name, theme, description, status from network.network"
                        + " where id = ? and collaboration_id = ?")
                .params(id, collaborationId)
                .query(NetworkRow.class)
                .optional();
    }

    /** Locks the network row, so that concurrent changes to one network take turns. */
    Optional<NetworkRow> lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id, collaboration_id, name, theme, description, status from network.network"
                        + " where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(NetworkRow.class)
                .optional();
    }

    boolean nameTaken(UUID collaborationId, String name, @Nullable UUID self) {
        return jdbc.sql("select count(*) from network.network where collaboration_id = ? and lower(name) = lower(?)"
                                + " and id is distinct from ?")
                        .params(Arrays.asList(collaborationId, name, self))
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(NetworkRow n) {
        jdbc.sql("insert into network.network (id, collaboration_id, name, theme, description, status)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        n.id(),
                        n.collaborationId(),
                        n.name(),
                        n.theme(),
                        n.description(),
                        n.status().name())
                .update();
    }

    void update(NetworkRow n) {
        jdbc.sql("update network.network set name = ?, theme = ?, description = ?, status = ?"
                        + " where id = ? and collaboration_id = ?")
                .params(n.name(), n.theme(), n.description(), n.status().name(), n.id(), n.collaborationId())
                .update();
    }

    /** Coordinator account ids per network of a collaboration. */
    Map<UUID, List<UUID>> coordinators(UUID collaborationId) {
        Map<UUID, List<UUID>> byNetwork = new LinkedHashMap<>();
        jdbc.sql("select network_id, account_id from network.coordinator where collaboration_id = ?")
                .param(collaborationId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .forEach(e -> byNetwork
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byNetwork;
    }

    void replaceCoordinators(UUID collaborationId, UUID networkId, List<UUID> accountIds) {
        jdbc.sql("delete from network.coordinator where network_id = ?")
                .param(networkId)
                .update();
        for (UUID accountId : accountIds) {
            jdbc.sql("insert into network.coordinator (network_id, account_id, collaboration_id) values (?, ?, ?)")
                    .params(networkId, accountId, collaborationId)
                    .update();
        }
    }

    List<BodyRow> bodies(UUID collaborationId, UUID networkId) {
        return jdbc.sql("select id, network_id, kind, organisation_id from network.body"
                        + " where network_id = ? and collaboration_id = ?")
                .params(networkId, collaborationId)
                .query(BodyRow.class)
                .list();
    }

    BodyRow body(UUID collaborationId, UUID networkId, BodyKind kind, @Nullable UUID organisationId) {
        return bodies(collaborationId, networkId).stream()
                .filter(b -> b.kind() == kind && Objects.equals(b.organisationId(), organisationId))
                .findFirst()
                .orElseGet(() -> {
                    BodyRow created = new BodyRow(UUID.randomUUID(), networkId, kind, organisationId);
                    jdbc.sql("insert into network.body (id, collaboration_id, network_id, kind, organisation_id)"
                                    + " values (?, ?, ?, ?, ?)")
                            .params(Arrays.asList(
                                    created.id(), collaborationId, networkId, kind.name(), organisationId))
                            .update();
                    return created;
                });
    }

    List<MembershipRow> memberships(UUID collaborationId, UUID networkId) {
        return jdbc.sql("""
                        select m.id, m.body_id, m.account_id, m.role, m.valid_from, m.valid_to
                        from network.body_membership m join network.body b on b.id = m.body_id
                        where b.network_id = ? and m.collaboration_id = ?
                        order by m.valid_from, m.id""")
                .params(networkId, collaborationId)
                .query(MembershipRow.class)
                .list();
    }

    void insert(UUID collaborationId, MembershipRow m) {
        jdbc.sql("insert into network.body_membership"
                        + " (id, collaboration_id, body_id, account_id, role, valid_from, valid_to)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(
                        m.id(),
                        collaborationId,
                        m.bodyId(),
                        m.accountId(),
                        m.role().name(),
                        m.validFrom(),
                        m.validTo()))
                .update();
    }

    void end(UUID collaborationId, UUID membershipId, LocalDate lastDay) {
        jdbc.sql("update network.body_membership set valid_to = ? where id = ? and collaboration_id = ?")
                .params(lastDay, membershipId, collaborationId)
                .update();
    }

    boolean sitsIn(UUID collaborationId, UUID networkId, UUID accountId, BodyKind kind, LocalDate on) {
        return jdbc.sql("""
                        select count(*) from network.body_membership m join network.body b on b.id = m.body_id
                        where m.collaboration_id = ? and b.network_id = ? and m.account_id = ? and b.kind = ?
                          and m.valid_from <= ? and (m.valid_to is null or m.valid_to >= ?)""")
                        .params(collaborationId, networkId, accountId, kind.name(), on, on)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
