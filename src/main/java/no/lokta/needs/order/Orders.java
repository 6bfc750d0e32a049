package no.lokta.needs.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.money.Nok;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders with their provider's name and needs, one statement per read. */
@Repository
class Orders {

    private static final String SELECT = """
            select e.*, o.name as provider_name,
              array(select n.need_id from needs.order_need n where n.order_id = e.id order by n.need_id) as need_ids
            from needs.education_order e join member.organisation o on o.id = e.provider_id
            """;

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID collaborationId, OrderCommand c, LocalDateTime now) {
        jdbc.sql("""
                        insert into needs.education_order (id, collaboration_id, provider_id, title, audience, description,
                          period_from, period_to, place, mode, budget_ore, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        c.providerId(),
                        c.title(),
                        c.audience(),
                        c.description(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.place(),
                        c.mode().name(),
                        c.budget().ore(),
                        now))
                .update();
        needs(id, c);
    }

    void update(UUID id, OrderCommand c) {
        jdbc.sql("""
                        update needs.education_order set provider_id = ?, title = ?, audience = ?, description = ?,
                          period_from = ?, period_to = ?, place = ?, mode = ?, budget_ore = ?
                        where id = ?""")
                .params(Arrays.asList(
                        c.providerId(),
                        c.title(),
                        c.audience(),
                        c.description(),
                        c.periodFrom(),
                        c.periodTo(),
                        c.place(),
                        c.mode().name(),
                        c.budget().ore(),
                        id))
                .update();
        jdbc.sql("delete from needs.order_need where order_id = ?").param(id).update();
        needs(id, c);
    }

    private void needs(UUID id, OrderCommand c) {
        for (UUID need : c.needIds()) {
            jdbc.sql("insert into needs.order_need (order_id, need_id) values (?, ?)")
                    .params(id, need)
                    .update();
        }
    }

    void status(UUID id, OrderStatus status) {
        jdbc.sql("update needs.education_order set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    void offer(UUID id, OfferCommand c, LocalDateTime now) {
        jdbc.sql("""
                        update needs.education_order set status = 'OFFER_RECEIVED', offer_price_ore = ?, offer_text = ?,
                          offer_from = ?, offer_to = ?, offer_at = ?
                        where id = ?""")
                .params(c.price().ore(), c.text(), c.proposedFrom(), c.proposedTo(), now, id)
                .update();
    }

    void activity(UUID id, UUID activityId) {
        jdbc.sql("update needs.education_order set activity_id = ? where id = ?")
                .params(activityId, id)
                .update();
    }

    /** Locks the order's row until the transaction ends, so that two steps never cross; returns its collaboration. */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select collaboration_id from needs.education_order where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    Optional<OrderSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(Orders::row).optional();
    }

    List<OrderSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + " where e.collaboration_id = ? order by e.created_at desc, e.title")
                .param(collaborationId)
                .query(Orders::row)
                .list();
    }

    /** The orders sent to a provider: never drafts. */
    List<OrderSummary> ofProvider(UUID collaborationId, UUID providerId) {
        return jdbc.sql(SELECT + """
                         where e.collaboration_id = ? and e.provider_id = ? and e.status <> 'DRAFT'
                        order by e.created_at desc, e.title""")
                .params(collaborationId, providerId)
                .query(Orders::row)
                .list();
    }

    private static OrderSummary row(ResultSet rs, int n) throws SQLException {
        long price = rs.getLong("offer_price_ore");
        OrderSummary.Offer offer = rs.wasNull()
                ? null
                : new OrderSummary.Offer(
                        new Nok(price),
                        rs.getString("offer_text"),
                        rs.getDate("offer_from").toLocalDate(),
                        rs.getDate("offer_to").toLocalDate(),
                        rs.getTimestamp("offer_at").toLocalDateTime());
        java.sql.Array needs = rs.getArray("need_ids");
        return new OrderSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("collaboration_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"),
                needs == null ? List.of() : List.of((UUID[]) needs.getArray()),
                rs.getString("title"),
                rs.getString("audience"),
                rs.getString("description"),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                rs.getString("place"),
                DeliveryMode.valueOf(rs.getString("mode")),
                new Nok(rs.getLong("budget_ore")),
                OrderStatus.valueOf(rs.getString("status")),
                offer,
                rs.getObject("activity_id", UUID.class),
                rs.getTimestamp("created_at").toLocalDateTime());
    }
}
