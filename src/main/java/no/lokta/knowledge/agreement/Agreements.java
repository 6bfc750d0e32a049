package no.lokta.knowledge.agreement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agreements with their parties, sub-agreements and versions: three statements per read, whatever
 * the number of agreements.
 */
@Repository
class Agreements {

    private static final String AGREEMENTS = """
            select a.id, a.title, a.remind_days, t.id as trust_id, t.name as trust_name,
              t.municipality_number as trust_number,
              array(select o.id::text || '|' || coalesce(o.municipality_number, '') || '|' || o.name
                    from knowledge.agreement_municipality m join member.organisation o on o.id = m.organisation_id
                    where m.agreement_id = a.id order by o.name, o.id) as municipalities
            from knowledge.agreement a join member.organisation t on t.id = a.hospital_trust_id
            """;

    private static final String PARTS = """
            select s.id, s.agreement_id, s.title, t.point, t.name_nb, t.name_en, t.in_force_from
            from knowledge.sub_agreement s join knowledge.agreement a on a.id = s.agreement_id
              join knowledge.agreement_topic t on t.point = s.topic
            """;

    private static final String VERSIONS = """
            select v.id, v.sub_agreement_id, v.version_number, v.signed_on, v.valid_from, v.revision_due, v.note,
              v.link, v.reminded_on
            from knowledge.sub_agreement_version v join knowledge.sub_agreement s on s.id = v.sub_agreement_id
              join knowledge.agreement a on a.id = s.agreement_id
            """;

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The collaboration's agreements, by title. */
    List<AgreementSummary> ofCollaboration(UUID collaborationId) {
        return read("a.collaboration_id = ?", collaborationId);
    }

    /** The agreements a municipality is party to, by title. */
    List<AgreementSummary> ofMunicipality(UUID collaborationId, UUID municipalityId) {
        return read(
                "a.collaboration_id = ? and exists (select 1 from knowledge.agreement_municipality m"
                        + " where m.agreement_id = a.id and m.organisation_id = ?)",
                collaborationId,
                municipalityId);
    }

    Optional<AgreementSummary> find(UUID collaborationId, UUID id) {
        return read("a.collaboration_id = ? and a.id = ?", collaborationId, id).stream()
                .findFirst();
    }

    private List<AgreementSummary> read(String where, Object... params) {
        List<Head> heads = jdbc.sql(AGREEMENTS + " where " + where + " order by a.title, a.id")
                .params(Arrays.asList(params))
                .query(Agreements::head)
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<VersionSummary>> versions = new LinkedHashMap<>();
        jdbc.sql(VERSIONS + " where " + where + " order by v.version_number")
                .params(Arrays.asList(params))
                .query(VersionSummary.class)
                .list()
                .forEach(v -> versions.computeIfAbsent(v.subAgreementId(), k -> new ArrayList<>())
                        .add(v));
        Map<UUID, List<SubAgreementSummary>> parts = new LinkedHashMap<>();
        jdbc.sql(PARTS + " where " + where + " order by t.point")
                .params(Arrays.asList(params))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new SubAgreementSummary(
                            id,
                            rs.getObject("agreement_id", UUID.class),
                            new AgreementTopic(
                                    rs.getInt("point"),
                                    rs.getString("name_nb"),
                                    rs.getString("name_en"),
                                    rs.getObject("in_force_from", LocalDate.class)),
                            rs.getString("title"),
                            versions.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(p -> parts.computeIfAbsent(p.agreementId(), k -> new ArrayList<>())
                        .add(p));
        return heads.stream()
                .map(h -> new AgreementSummary(
                        h.id(),
                        h.title(),
                        h.trust(),
                        h.municipalities(),
                        h.remindDays(),
                        parts.getOrDefault(h.id(), List.of())))
                .toList();
    }

    private record Head(
            UUID id, String title, int remindDays, AgreementParty trust, List<AgreementParty> municipalities) {}

    private static Head head(ResultSet rs, int n) throws SQLException {
        List<AgreementParty> municipalities = new ArrayList<>();
        Array array = rs.getArray("municipalities");
        for (Object o : (Object[]) array.getArray()) {
            String[] p = ((String) o).split("\\|", 3);
            municipalities.add(new AgreementParty(UUID.fromString(p[0]), p[2], p[1].isEmpty() ? null : p[1]));
        }
        return new Head(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getInt("remind_days"),
                new AgreementParty(rs.getObject("trust_id", UUID.class), rs.getString("trust_name"), trustNumber(rs)),
                municipalities);
    }

    private static @Nullable String trustNumber(ResultSet rs) throws SQLException {
        return rs.getString("trust_number");
    }

    /** Locks the agreement's row, so that its sub-agreements and versions change one step at a time. */
    boolean lock(UUID collaborationId, UUID id) {
        return jdbc.sql("select id from knowledge.agreement where id = ? and collaboration_id = ? for update")
                .params(id, collaborationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void insert(UUID id, UUID collaborationId, AgreementCommand c) {
        jdbc.sql("""
                        insert into knowledge.agreement (id, collaboration_id, title, hospital_trust_id, remind_days)
                        values (?, ?, ?, ?, ?)""")
                .params(id, collaborationId, c.title(), c.hospitalTrustId(), c.remindDays())
                .update();
        municipalities(id, c);
    }

    void update(UUID id, AgreementCommand c) {
        jdbc.sql("update knowledge.agreement set title = ?, hospital_trust_id = ?, remind_days = ? where id = ?")
                .params(c.title(), c.hospitalTrustId(), c.remindDays(), id)
                .update();
        jdbc.sql("delete from knowledge.agreement_municipality where agreement_id = ?")
                .param(id)
                .update();
        municipalities(id, c);
    }

    private void municipalities(UUID id, AgreementCommand c) {
        for (UUID municipality : c.municipalityIds()) {
            jdbc.sql("insert into knowledge.agreement_municipality (agreement_id, organisation_id) values (?, ?)")
                    .params(id, municipality)
                    .update();
        }
    }

    void delete(UUID id) {
        jdbc.sql("delete from knowledge.agreement where id = ?").param(id).update();
    }

    void insertPart(UUID id, UUID agreementId, SubAgreementCommand c) {
        jdbc.sql("insert into knowledge.sub_agreement (id, agreement_id, topic, title) values (?, ?, ?, ?)")
                .params(id, agreementId, c.topic(), c.title())
                .update();
    }

    void updatePart(UUID id, SubAgreementCommand c) {
        jdbc.sql("update knowledge.sub_agreement set topic = ?, title = ? where id = ?")
                .params(c.topic(), c.title(), id)
                .update();
    }

    void insertVersion(UUID id, UUID partId, VersionCommand c) {
        jdbc.sql("""
                        insert into knowledge.sub_agreement_version (id, sub_agreement_id, version_number, signed_on,
                          valid_from, revision_due, note, link) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        partId,
                        c.versionNumber(),
                        c.signedOn(),
                        c.validFrom(),
                        c.revisionDue(),
                        c.note(),
                        c.link()))
                .update();
    }

    void updateVersion(UUID id, VersionCommand c) {
        // a new revision date calls for a new reminder
        jdbc.sql("""
                        update knowledge.sub_agreement_version set version_number = ?, signed_on = ?, valid_from = ?,
                          reminded_on = case when revision_due = ? then reminded_on end,
                          revision_due = ?, note = ?, link = ? where id = ?""")
                .params(Arrays.asList(
                        c.versionNumber(),
                        c.signedOn(),
                        c.validFrom(),
                        c.revisionDue(),
                        c.revisionDue(),
                        c.note(),
                        c.link(),
                        id))
                .update();
    }

    void deleteVersion(UUID id) {
        jdbc.sql("delete from knowledge.sub_agreement_version where id = ?")
                .param(id)
                .update();
    }

    /**
     * Current versions (the latest signed by the day) whose reminder day has come and that were not
     * reminded, locked and skipped by another node running at the same time.
     */
    List<ReminderDue> dueForReminder(LocalDate today) {
        return jdbc.sql("""
                        select v.id, a.collaboration_id, a.id as agreement_id, s.id as sub_agreement_id
                        from knowledge.sub_agreement_version v
                          join knowledge.sub_agreement s on s.id = v.sub_agreement_id
                          join knowledge.agreement a on a.id = s.agreement_id
                        where v.reminded_on is null and v.signed_on is not null and v.signed_on <= ?
                          and v.revision_due - a.remind_days <= ?
                          and not exists (select 1 from knowledge.sub_agreement_version later
                            where later.sub_agreement_id = v.sub_agreement_id and later.id <> v.id
                              and later.signed_on is not null and later.signed_on <= ?
                              and (later.signed_on > v.signed_on
                                or (later.signed_on = v.signed_on and later.version_number > v.version_number)))
                        order by v.revision_due
                        for update of v skip locked""")
                .params(today, today, today)
                .query(ReminderDue.class)
                .list();
    }

    record ReminderDue(UUID id, UUID collaborationId, UUID agreementId, UUID subAgreementId) {}

    void reminded(UUID versionId, LocalDate on) {
        jdbc.sql("update knowledge.sub_agreement_version set reminded_on = ? where id = ?")
                .params(on, versionId)
                .update();
    }
}
