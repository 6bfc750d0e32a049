package no.lokta.knowledge.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.platform.files.Uploads;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations with their documents, inputs and drafts of the response; lists never read file content. */
@Repository
class Consultations {

    private static final String SELECT = """
            select c.id, c.title, c.authority, c.reference, c.received_on, c.input_deadline, c.authority_deadline,
              c.description, c.link, c.status, c.approved_by, c.approved_at, c.submitted_on, c.submitted_by,
              c.closing_note,
              (select count(*) from knowledge.consultation_input i where i.consultation_id = c.id) as inputs
            from knowledge.consultation c
            """;

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those still in progress first, by the authority's deadline; then those done, latest first. */
    List<ConsultationSummary> ofCollaboration(UUID collaborationId) {
        return jdbc.sql(SELECT + """
                         where c.collaboration_id = ?
                        order by c.status in ('SUBMITTED', 'CLOSED_WITHOUT_RESPONSE'),
                          case when c.status in ('SUBMITTED', 'CLOSED_WITHOUT_RESPONSE') then null
                            else c.authority_deadline end,
                          c.authority_deadline desc, c.title, c.id""")
                .param(collaborationId)
                .query(ConsultationSummary.class)
                .list();
    }

    Optional<ConsultationSummary> find(UUID collaborationId, UUID id) {
        return jdbc.sql(SELECT + " where c.collaboration_id = ? and c.id = ?")
                .params(collaborationId, id)
                .query(ConsultationSummary.class)
                .optional();
    }

    /** Locks the row: status changes and the response go one at a time. */
    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from knowledge.consultation where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /** A shared lock: inputs may be given side by side, but not while the status changes. */
    boolean lockShared(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from knowledge.consultation where id = ? and collaboration_id = ? for share")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void insert(UUID id, UUID collaborationId, ConsultationCommand c) {
        jdbc.sql("""
                        insert into knowledge.consultation (id, collaboration_id, title, authority, reference,
                          received_on, input_deadline, authority_deadline, description, link)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        collaborationId,
                        c.title(),
                        c.authority(),
                        c.reference(),
                        c.receivedOn(),
                        c.inputDeadline(),
                        c.authorityDeadline(),
                        c.description(),
                        c.link())
                .update();
    }

    void update(UUID id, ConsultationCommand c) {
        jdbc.sql("""
                        update knowledge.consultation set title = ?, authority = ?, reference = ?, received_on = ?,
                          input_deadline = ?, authority_deadline = ?, description = ?, link = ? where id = ?""")
                .params(
                        c.title(),
                        c.authority(),
                        c.reference(),
                        c.receivedOn(),
                        c.inputDeadline(),
                        c.authorityDeadline(),
                        c.description(),
                        c.link(),
                        id)
                .update();
    }

    /** Marks the members as told; true only the first time, so that they are told once. */
    boolean told(UUID id, OffsetDateTime now) {
        return jdbc.sql(
                                "update knowledge.consultation set members_told_at = ? where id = ? and members_told_at is null")
                        .params(now, id)
                        .update()
                == 1;
    }

    void status(UUID id, ConsultationStatus status) {
        jdbc.sql("update knowledge.consultation set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    void approved(UUID id, @Nullable String by, @Nullable OffsetDateTime at) {
        jdbc.sql("update knowledge.consultation set status = ?, approved_by = ?, approved_at = ? where id = ?")
                .params(Arrays.asList(
                        (by == null ? ConsultationStatus.DRAFTING : ConsultationStatus.APPROVED).name(), by, at, id))
                .update();
    }

    void submitted(UUID id, LocalDate on, String by, String note) {
        jdbc.sql("""
                        update knowledge.consultation set status = 'SUBMITTED', submitted_on = ?, submitted_by = ?,
                          closing_note = ? where id = ?""").params(on, by, note, id).update();
    }

    void closed(UUID id, String note) {
        jdbc.sql("update knowledge.consultation set status = 'CLOSED_WITHOUT_RESPONSE', closing_note = ? where id = ?")
                .params(note, id)
                .update();
    }

    // --- documents

    List<ConsultationDocument> documents(UUID consultationId) {
        return jdbc.sql("""
                        select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                        from knowledge.consultation_document where consultation_id = ? order by uploaded_at, file_name""")
                .param(consultationId)
                .query(ConsultationDocument.class)
                .list();
    }

    Optional<DocumentFile> document(UUID collaborationId, UUID consultationId, UUID id) {
        return jdbc.sql("""
                        select file_name, content_type, content from knowledge.consultation_document
                        where id = ? and consultation_id = ? and collaboration_id = ?""")
                .params(id, consultationId, collaborationId)
                .query(DocumentFile.class)
                .optional();
    }

    void insertDocument(
            UUID id,
            UUID consultationId,
            UUID collaborationId,
            Uploads.Checked file,
            byte[] content,
            String by,
            OffsetDateTime now) {
        jdbc.sql("""
                        insert into knowledge.consultation_document (id, consultation_id, collaboration_id, file_name,
                          content_type, size_bytes, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        consultationId,
                        collaborationId,
                        file.fileName(),
                        file.contentType(),
                        content.length,
                        content,
                        by,
                        now)
                .update();
    }

    boolean deleteDocument(UUID consultationId, UUID id) {
        return jdbc.sql("delete from knowledge.consultation_document where id = ? and consultation_id = ?")
                        .params(id, consultationId)
                        .update()
                == 1;
    }

    // --- inputs

    private static final String INPUTS = """
            select i.id, i.organisation_id, o.name as organisation_name, i.text, i.written_by_name, i.created_at,
              i.updated_at
            from knowledge.consultation_input i join member.organisation o on o.id = i.organisation_id
            """;

    List<InputSummary> inputs(UUID consultationId) {
        return jdbc.sql(INPUTS + " where i.consultation_id = ? order by o.name, o.id")
                .param(consultationId)
                .query(InputSummary.class)
                .list();
    }

    Optional<InputSummary> input(UUID consultationId, UUID organisationId) {
        return jdbc.sql(INPUTS + " where i.consultation_id = ? and i.organisation_id = ?")
                .params(consultationId, organisationId)
                .query(InputSummary.class)
                .optional();
    }

    /** One row per organisation, whoever writes at the same time: a second write changes the first. */
    void upsertInput(UUID consultationId, UUID collaborationId, Respondent by, String text, OffsetDateTime now) {
        jdbc.sql("""
                        insert into knowledge.consultation_input (id, consultation_id, collaboration_id,
                          organisation_id, text, written_by, written_by_name, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (consultation_id, organisation_id) do update set text = excluded.text,
                          written_by = excluded.written_by, written_by_name = excluded.written_by_name,
                          updated_at = excluded.updated_at""")
                .params(
                        UUID.randomUUID(),
                        consultationId,
                        collaborationId,
                        by.organisationId(),
                        text,
                        by.accountId(),
                        by.name(),
                        now,
                        now)
                .update();
    }

    // --- the response

    List<ResponseVersion> responses(UUID consultationId) {
        return jdbc.sql("""
                        select version, text, written_by, written_at from knowledge.consultation_response
                        where consultation_id = ? order by version desc""").param(consultationId).query(ResponseVersion.class).list();
    }

    void insertResponse(
            UUID consultationId, UUID collaborationId, int version, String text, String by, OffsetDateTime now) {
        jdbc.sql("""
                        insert into knowledge.consultation_response (id, consultation_id, collaboration_id, version,
                          text, written_by, written_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), consultationId, collaborationId, version, text, by, now)
                .update();
    }
}
