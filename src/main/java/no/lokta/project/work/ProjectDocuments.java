package no.lokta.project.work;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.files.Uploads;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents of projects; lists never read the content. */
@Repository
class ProjectDocuments {

    private static final String SELECT = """
            select d.id, d.project_id, d.application_id,
              case when a.id is null then null else f.name || ' ' || a.year end as application_label,
              d.file_name, d.content_type, d.size_bytes, d.uploaded_by, d.uploaded_at
            from project.document d
              left join project.application a on a.id = d.application_id
              left join project.funder f on f.id = a.funder_id
            """;

    private final JdbcClient jdbc;

    ProjectDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentSummary> ofProject(UUID projectId) {
        return jdbc.sql(SELECT + " where d.project_id = ? order by d.uploaded_at desc, d.file_name")
                .param(projectId)
                .query(DocumentSummary.class)
                .list();
    }

    Optional<DocumentSummary> find(UUID projectId, UUID id) {
        return jdbc.sql(SELECT + " where d.project_id = ? and d.id = ?")
                .params(projectId, id)
                .query(DocumentSummary.class)
                .optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from project.document where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    /** Whether the application is one of the project's. */
    boolean applicationOf(UUID projectId, UUID applicationId) {
        return jdbc.sql("select exists (select 1 from project.application where id = ? and project_id = ?)")
                .params(applicationId, projectId)
                .query(Boolean.class)
                .single();
    }

    void insert(
            UUID id,
            UUID projectId,
            @Nullable UUID applicationId,
            Uploads.Checked file,
            byte[] content,
            String uploadedBy,
            LocalDateTime now) {
        jdbc.sql("""
                        insert into project.document (id, project_id, application_id, file_name, content_type,
                          size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        projectId,
                        applicationId,
                        file.fileName(),
                        file.contentType(),
                        content.length,
                        content,
                        uploadedBy,
                        now))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from project.document where id = ?").param(id).update();
    }
}
