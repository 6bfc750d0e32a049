package no.lokta.needs.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.files.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to orders. Every read names the order, so an id of another order finds nothing. */
@Repository
class OrderAttachments {

    private static final String SUMMARY = """
            select id, order_id, file_name, content_type, size_bytes, uploaded_by, uploaded_by_name, uploaded_at
            from needs.order_attachment""";

    private final JdbcClient jdbc;

    OrderAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID orderId, Uploads.Checked file, AttachmentCommand c, LocalDateTime now) {
        jdbc.sql("""
                        insert into needs.order_attachment (id, order_id, file_name, content_type, size_bytes, content,
                          uploaded_by, uploaded_by_name, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        orderId,
                        file.fileName(),
                        file.contentType(),
                        c.content().length,
                        c.content(),
                        c.uploadedBy(),
                        c.uploadedByName(),
                        now)
                .update();
    }

    List<AttachmentSummary> of(UUID orderId) {
        return jdbc.sql(SUMMARY + " where order_id = ? order by uploaded_at, file_name")
                .param(orderId)
                .query(OrderAttachments::summary)
                .list();
    }

    Optional<AttachmentSummary> find(UUID orderId, UUID id) {
        return jdbc.sql(SUMMARY + " where order_id = ? and id = ?")
                .params(orderId, id)
                .query(OrderAttachments::summary)
                .optional();
    }

    Optional<AttachmentFile> file(UUID orderId, UUID id) {
        return jdbc.sql("select * from needs.order_attachment where order_id = ? and id = ?")
                .params(orderId, id)
                .query((rs, n) -> new AttachmentFile(summary(rs, n), rs.getBytes("content")))
                .optional();
    }

    void delete(UUID orderId, UUID id) {
        jdbc.sql("delete from needs.order_attachment where order_id = ? and id = ?")
                .params(orderId, id)
                .update();
    }

    private static AttachmentSummary summary(ResultSet rs, int n) throws SQLException {
        return new AttachmentSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getObject("uploaded_by", UUID.class),
                rs.getString("uploaded_by_name"),
                rs.getTimestamp("uploaded_at").toLocalDateTime());
    }
}
