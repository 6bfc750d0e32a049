package no.lokta.knowledge.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lokta.platform.files.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents with their versions (never their content, except to download one) and links: three
 * statements per read, whatever the number of documents.
 */
@Repository
class Documents {

    /** A document row with its stored links; the names of the targets are looked up elsewhere. */
    record Row(
            UUID id,
            UUID collaborationId,
            String title,
            String description,
            Visibility visibility,
            List<LinkTarget> links,
            List<VersionSummary> versions) {}

    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The collaboration's documents with one of the visibilities that match the filter, by title. */
    List<Row> find(UUID collaborationId, Set<Visibility> visible, DocumentFilter filter) {
        StringBuilder where = new StringBuilder("d.collaboration_id = :c and d.visibility in (:visible)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("c", collaborationId);
        params.put("visible", visible.stream().map(Enum::name).toList());
        if (filter.linkedTo() != null) {
            where.append(" and exists (select 1 from knowledge.document_link l where l.document_id = d.id"
                    + " and l.kind = :kind and l.target_id = :target)");
            params.put("kind", filter.linkedTo().kind().name());
            params.put("target", filter.linkedTo().id());
        }
        if (!filter.text().isEmpty()) {
            where.append(" and position(lower(:text) in lower(d.title)) > 0");
            params.put("text", filter.text());
        }
        return read(where.toString(), params);
    }

    Optional<Row> find(UUID collaborationId, UUID id) {
        return read("d.collaboration_id = :c and d.id = :id", Map.of("c", collaborationId, "id", id)).stream()
                .findFirst();
    }

    /** A document of any collaboration, for the public pages. */
    Optional<Row> find(UUID id) {
        return read("d.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<Row> read(String where, Map<String, Object> params) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql(
                        "select d.id, d.collaboration_id, d.title, d.description, d.visibility from knowledge.document d where "
                                + where + " order by lower(d.title), d.id")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("collaboration_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("description"),
                        Visibility.valueOf(rs.getString("visibility")),
                        new ArrayList<>(),
                        new ArrayList<>()))
                .list()
                .forEach(r -> rows.put(r.id(), r));
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select l.document_id, l.kind, l.target_id from knowledge.document_link l
                          join knowledge.document d on d.id = l.document_id where """ + " " + where + " order by l.kind, l.target_id")
                .params(params)
                .query((rs, n) -> {
                    row(rows, rs)
                            .links()
                            .add(new LinkTarget(
                                    LinkKind.valueOf(rs.getString("kind")), rs.getObject("target_id", UUID.class)));
                    return 1;
                })
                .list();
        jdbc.sql("""
                        select v.id, v.document_id, v.number, v.file_name, v.content_type, v.size_bytes,
                          v.uploaded_by, v.uploaded_at, v.note
                        from knowledge.document_version v join knowledge.document d on d.id = v.document_id where """ + " " + where + " order by v.number desc")
                .params(params)
                .query((rs, n) -> {
                    row(rows, rs).versions().add(version(rs));
                    return 1;
                })
                .list();
        return List.copyOf(rows.values());
    }

    private static Row row(Map<UUID, Row> rows, ResultSet rs) throws SQLException {
        return Objects.requireNonNull(rows.get(rs.getObject("document_id", UUID.class)));
    }

    private static VersionSummary version(ResultSet rs) throws SQLException {
        return new VersionSummary(
                rs.getObject("id", UUID.class),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class)
                        .atZoneSameInstant(ZONE)
                        .toOffsetDateTime(),
                rs.getString("note"));
    }

    /** The content of one version of a document. */
    Optional<byte[]> content(UUID documentId, int number) {
        return jdbc.sql("select content from knowledge.document_version where document_id = ? and number = ?")
                .params(documentId, number)
                .query(byte[].class)
                .optional();
    }

    /** Locks the document's row until the end of the transaction; false if there is no such document. */
    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from knowledge.document where collaboration_id = ? and id = ? for update")
                .params(collaborationId, id)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void insert(UUID id, UUID collaborationId, DocumentCommand c, OffsetDateTime now) {
        jdbc.sql("""
                        insert into knowledge.document (id, collaboration_id, title, description, visibility, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        collaborationId,
                        c.title(),
                        c.description(),
                        c.visibility().name(),
                        now)
                .update();
        insertLinks(id, collaborationId, c);
    }

    void update(UUID id, UUID collaborationId, DocumentCommand c) {
        jdbc.sql("update knowledge.document set title = ?, description = ?, visibility = ? where id = ?")
                .params(c.title(), c.description(), c.visibility().name(), id)
                .update();
        jdbc.sql("delete from knowledge.document_link where document_id = ?")
                .param(id)
                .update();
        insertLinks(id, collaborationId, c);
    }

    private void insertLinks(UUID id, UUID collaborationId, DocumentCommand c) {
        for (LinkTarget t : c.links()) {
            jdbc.sql("""
                            insert into knowledge.document_link (document_id, collaboration_id, kind, target_id)
                            values (?, ?, ?, ?)""").params(id, collaborationId, t.kind().name(), t.id()).update();
        }
    }

    /** Adds the next version; the caller holds the document's row lock, so the number is free. */
    int insertVersion(
            UUID documentId,
            UUID collaborationId,
            Uploads.Checked file,
            byte[] content,
            String note,
            String uploadedBy,
            OffsetDateTime now) {
        int number = jdbc.sql(
                        "select coalesce(max(number), 0) + 1 from knowledge.document_version where document_id = ?")
                .param(documentId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into knowledge.document_version (id, document_id, collaboration_id, number, file_name,
                          content_type, size_bytes, content, uploaded_by, uploaded_at, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        documentId,
                        collaborationId,
                        number,
                        file.fileName(),
                        file.contentType(),
                        content.length,
                        content,
                        uploadedBy,
                        now,
                        note)
                .update();
        return number;
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.document where id = ?").param(id).update();
    }
}
