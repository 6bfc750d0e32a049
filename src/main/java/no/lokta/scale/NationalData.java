package no.lokta.scale;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a national data set in a handful of set-based statements: one collaboration per county of
 * 2024 covering all 357 municipalities, a partner hospital trust in each, invented people spread over
 * the municipalities by population, five networks per collaboration with their bodies, activities over
 * five years, and registrations with a strictly increasing sequence per activity.
 *
 * <p>Everything is written in one transaction, so a set is either complete or absent.
 */
public class NationalData {

    /** The description that marks a generated collaboration. */
    static final String MARK = "Oppdiktede data for ytelsesmåling.";

    private static final Logger log = LoggerFactory.getLogger(NationalData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public NationalData(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Whether a set with this tag is already there. */
    public boolean present(Scale scale) {
        return jdbc.sql("select count(*) from member.collaboration where description = :mark and name like :name")
                        .param("mark", MARK)
                        .param("name", "%" + scale.nameSuffix())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Writes the set and returns the ids of its collaborations.
     *
     * @param passwordHash the one password hash every generated account gets
     */
    public List<UUID> generate(Scale scale, String passwordHash) {
        List<UUID> ids = tx.execute(status -> {
            jdbc.sql("select setseed(0.2026)").query((rs, n) -> n).list();
            step("collaborations", COLLABORATIONS, scale, passwordHash);
            step("organisations and memberships", ORGANISATIONS, scale, passwordHash);
            step("persons", PERSONS, scale, passwordHash);
            step("networks", NETWORKS, scale, passwordHash);
            step("activities", ACTIVITIES, scale, passwordHash);
            step("sessions and quotas", SESSIONS, scale, passwordHash);
            step("registrations", REGISTRATIONS, scale, passwordHash);
            step("survey answers", SURVEY, scale, passwordHash);
            jdbc.sql("""
                            select s.id::text || ' (coordinator ' || c.coordinator_email || ')' from gen_survey s
                              join gen_collaboration c on c.id = s.collaboration_id""")
                    .query(String.class)
                    .optional()
                    .ifPresent(survey -> log.info("survey with {} responses: {}", scale.surveyResponses(), survey));
            return jdbc.sql("select id from gen_collaboration order by county_number")
                    .query(UUID.class)
                    .list();
        });
        long start = System.nanoTime();
        for (String table : List.of(
                "member.organisation",
                "member.membership",
                "people.account",
                "people.account_role",
                "network.body",
                "network.body_membership",
                "programme.activity",
                "programme.session",
                "programme.quota",
                "programme.registration",
                "needs.survey_response",
                "needs.survey_answer")) {
            // what autovacuum would have done on a live system: statistics and the visibility map
            jdbc.sql("vacuum (analyze) " + table).update();
        }
        log.info("vacuum analyze: {} ms", (System.nanoTime() - start) / 1_000_000);
        return ids == null ? List.of() : ids;
    }

    private void step(String name, List<String> statements, Scale scale, String passwordHash) {
        long start = System.nanoTime();
        for (String sql : statements) {
            var spec = jdbc.sql(sql);
            if (sql.contains(":suffix")) {
                spec = spec.param("suffix", scale.nameSuffix());
            }
            if (sql.contains(":mark")) {
                spec = spec.param("mark", MARK);
            }
            if (sql.contains(":domain")) {
                spec = spec.param("domain", scale.domain());
            }
            if (sql.contains(":hash")) {
                spec = spec.param("hash", passwordHash);
            }
            if (sql.contains(":persons")) {
                spec = spec.param("persons", scale.persons());
            }
            if (sql.contains(":activities")) {
                spec = spec.param("activities", scale.activities());
            }
            if (sql.contains(":responses")) {
                spec = spec.param("responses", scale.surveyResponses());
            }
            if (sql.contains(":registrations")) {
                spec = spec.param("registrations", scale.registrations());
            }
            spec.update();
        }
        log.info("{}: {} ms", name, (System.nanoTime() - start) / 1_000_000);
    }

    /** From one session to the next: a learning network meets monthly, a gathering on following days. */
    private static final String STEP = "case kind when 'LEARNING_NETWORK' then interval '1 month'"
            + " when 'GATHERING' then interval '1 day' else interval '7 days' end";

    private static final List<String> COLLABORATIONS = List.of("""
            create temp table gen_collaboration on commit drop as
            select gen_random_uuid() as id, county_number, county_name,
              row_number() over (order by county_number) - 1 as idx
            from (select distinct county_number, county_name from member.ref_municipality_2024) c""", """
            insert into member.collaboration (id, name, owner_body, description, version)
            select id, 'Kompetansesamarbeidet i ' || county_name || :suffix, 'Styringsgruppen', :mark, 0
            from gen_collaboration""");

    private static final List<String> ORGANISATIONS = List.of(
            """
            create temp table gen_organisation on commit drop as
            select gen_random_uuid() as id, c.id as collaboration_id, m.municipality_number, m.name,
              m.population_2024 as population,
              (row_number() over (partition by c.id order by m.municipality_number) - 1)::int as idx,
              sum(m.population_2024) over (order by m.municipality_number) as cumulative
            from member.ref_municipality_2024 m join gen_collaboration c using (county_number)""",
            "create index on gen_organisation (cumulative)",
            "create index on gen_organisation (collaboration_id, idx)",
            """
            alter table gen_collaboration add column organisations int, add column hospital_id uuid""",
            """
            update gen_collaboration c set hospital_id = gen_random_uuid(),
              organisations = (select count(*) from gen_organisation o where o.collaboration_id = c.id)""",
            """
            insert into member.organisation (id, collaboration_id, kind, name, municipality_number,
              email, website, version)
            select id, collaboration_id, 'MUNICIPALITY', name, municipality_number,
              'postmottak@k' || municipality_number || '.example', 'https://k' || municipality_number || '.example', 0
            from gen_organisation""",
            """
            insert into member.organisation (id, collaboration_id, kind, name, email, version)
            select hospital_id, id, 'HOSPITAL_TRUST', 'Helseforetaket i ' || county_name,
              'post@hf' || county_number || '.example', 0
            from gen_collaboration""",
            """
            insert into member.membership (id, collaboration_id, organisation_id, kind, valid_from, version)
            select gen_random_uuid(), collaboration_id, id, 'MEMBER', date '2020-01-01', 0 from gen_organisation
            union all
            select gen_random_uuid(), id, hospital_id, 'PARTNER', date '2021-01-01', 0 from gen_collaboration""",
            """
            insert into member.population_figure (organisation_id, year, collaboration_id, population, source)
            select id, 2024, collaboration_id, population, 'SSB' from gen_organisation""");

    /** First and last names for invented people; the combinations belong to nobody. */
    private static final String NAMES = """
            (array['Ola','Kari','Nora','Emma','Jakob','Lukas','Ingrid','Sofie','Henrik','Anne','Marit','Per',
              'Lars','Hilde','Siri','Tor','Eva','Jonas','Ida','Maja','Olav','Kristin','Hanne','Silje','Sindre',
              'Astrid','Bjørn','Randi','Aksel','Liv','Even','Tuva','Nils','Ragnhild','Håkon','Solveig'])
              [1 + floor(random() * 36)::int] as first_name,
            (array['Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Kristiansen','Jensen',
              'Karlsen','Johnsen','Pettersen','Eriksen','Berg','Haugen','Hagen','Johannessen','Andreassen',
              'Jacobsen','Dahl','Jørgensen','Halvorsen','Henriksen','Lund','Sørensen','Moen','Gundersen',
              'Iversen','Strand','Solberg','Bakke','Myhre','Nygård','Lie','Aas','Fjeld'])
              [1 + floor(random() * 36)::int] as last_name""";

    private static final List<String> PERSONS = List.of(
            // the contact of every municipality and the coordinator of every collaboration, then the
            // participants, spread over the municipalities by population
            """
            create temp table gen_person_draft on commit drop as
            select 'MUNICIPALITY_CONTACT' as role, o.id as organisation_id, o.collaboration_id,
              'kontakt.' || o.municipality_number as local_part, 0 as n
            from gen_organisation o
            union all
            select 'COORDINATOR', null, c.id, 'koordinator.' || c.county_number, 0 from gen_collaboration c
            union all
            select 'PARTICIPANT', o.id, o.collaboration_id, null, p.n
            from (select n, floor(random() * (select max(cumulative) from gen_organisation))::bigint as r
                  from generate_series(1, greatest(0, :persons - (select count(*) from gen_organisation)
                    - (select count(*) from gen_collaboration))::int) n) p
            cross join lateral (select id, collaboration_id from gen_organisation o
              where o.cumulative > p.r order by o.cumulative limit 1) o""",
            """
            create temp table gen_person on commit drop as
            select gen_random_uuid() as id, d.role, d.organisation_id, d.collaboration_id,
              first_name || ' ' || last_name as name,
              coalesce(d.local_part, replace(replace(replace(replace(lower(first_name || '.' || last_name),
                'æ', 'ae'), 'ø', 'o'), 'å', 'a'), 'é', 'e') || '.' || d.n) || '@' || :domain as email,
              (row_number() over (partition by d.collaboration_id order by d.role, d.n) - 1)::int as idx
            from (select d.*, """ + NAMES + " from gen_person_draft d) d",
            "create index on gen_person (collaboration_id, idx)",
            "alter table gen_collaboration add column persons int, add column coordinator_email text",
            """
            update gen_collaboration c set
              persons = (select count(*) from gen_person p where p.collaboration_id = c.id),
              coordinator_email = (select email from gen_person p
                where p.collaboration_id = c.id and p.role = 'COORDINATOR')""",
            """
            insert into people.account (id, email, name, password_hash, enabled, created_at, version)
            select id, email, name, :hash, true, timestamptz '2023-01-01 08:00+01', 0 from gen_person""",
            """
            insert into people.account_role (account_id, collaboration_id, role, organisation_id)
            select id, collaboration_id, role, organisation_id from gen_person""");

    private static final List<String> NETWORKS = List.of(
            """
            create temp table gen_network on commit drop as
            select gen_random_uuid() as id, c.id as collaboration_id, t.idx, t.theme
            from gen_collaboration c
            cross join (values (0, 'demensomsorg'), (1, 'rus og psykisk helse'), (2, 'rehabilitering'),
              (3, 'lindrende behandling'), (4, 'velferdsteknologi')) t (idx, theme)""",
            "create index on gen_network (collaboration_id, idx)",
            """
            insert into network.network (id, collaboration_id, name, theme, description, status)
            select id, collaboration_id, 'Fagnettverk for ' || theme, theme,
              'Fagnettverket samler kommunene og helseforetaket om ' || theme || '.', 'ACTIVE'
            from gen_network""",
            """
            insert into network.coordinator (network_id, account_id, collaboration_id)
            select n.id, p.id, n.collaboration_id
            from gen_network n join gen_person p on p.collaboration_id = n.collaboration_id and p.role = 'COORDINATOR'""",
            """
            create temp table gen_body on commit drop as
            select gen_random_uuid() as id, n.collaboration_id, n.id as network_id, k.kind,
              null::uuid as organisation_id
            from gen_network n cross join (values ('STEERING_GROUP'), ('RESOURCE_GROUP')) k (kind)
            union all
            select gen_random_uuid(), n.collaboration_id, n.id, 'PARTICIPANT_TEAM', o.id
            from gen_network n join gen_organisation o on o.collaboration_id = n.collaboration_id""",
            """
            insert into network.body (id, collaboration_id, network_id, kind, organisation_id)
            select id, collaboration_id, network_id, kind, organisation_id from gen_body""",
            // steering group: the network's coordinator leads; resource group: four participants, one of
            // them a user representative; a participant team: the municipality's contact
            """
            insert into network.body_membership (id, collaboration_id, body_id, account_id, role, valid_from)
            select gen_random_uuid(), b.collaboration_id, b.id, p.id, 'LEADER', date '2023-01-01'
            from gen_body b join gen_person p on p.collaboration_id = b.collaboration_id and p.role = 'COORDINATOR'
            where b.kind = 'STEERING_GROUP'
            union all
            select gen_random_uuid(), b.collaboration_id, b.id, p.id,
              case when k = 0 then 'USER_REPRESENTATIVE' else 'MEMBER' end, date '2023-01-01'
            from gen_body b join gen_collaboration c on c.id = b.collaboration_id
            cross join generate_series(0, 3) k
            join gen_person p on p.collaboration_id = b.collaboration_id
              and p.idx = (abs(hashtext(b.id::text)) + k * 7) % c.persons
            where b.kind = 'RESOURCE_GROUP'
            union all
            select gen_random_uuid(), b.collaboration_id, b.id, p.id, 'LEADER', date '2023-01-01'
            from gen_body b join gen_person p on p.organisation_id = b.organisation_id and p.role = 'MUNICIPALITY_CONTACT'
            where b.kind = 'PARTICIPANT_TEAM'
            on conflict do nothing""");

    private static final List<String> ACTIVITIES = List.of(
            // collaborations get activities in proportion to their municipalities; first sessions fall
            // on weekdays from 2023 to 2027, so that the programme has a past, a present and a future
            """
            create temp table gen_activity on commit drop as
            select gen_random_uuid() as id, a.n, c.id as collaboration_id, c.coordinator_email,
              c.organisations, c.persons, a.kind,
              d + case when a.kind in ('VIDEO_LECTURE', 'VIRTUAL_FORUM') then time '13:00' else time '09:00' end
                as starts_at,
              floor(random() * 1000000)::int as salt
            from (select n, floor(random() * (select count(*) from gen_organisation))::int as pick,
                    (array['COURSE','COURSE','COURSE','COURSE','GATHERING','GATHERING','VIDEO_LECTURE',
                      'VIDEO_LECTURE','VIDEO_LECTURE','COURSE_SERIES','COURSE_SERIES','VIRTUAL_FORUM',
                      'VIRTUAL_FORUM','JOB_SHADOWING','RELATIVES_SCHOOL','SERVICE_USER_COURSE',
                      'DIALOGUE_CONFERENCE','LEARNING_NETWORK'])[1 + floor(random() * 18)::int] as kind,
                    date '2023-01-02' + (floor(random() * 260 * 5)::int / 5) * 7 + floor(random() * 5)::int as d
                  from generate_series(1, :activities) n) a
            join (select collaboration_id, row_number() over (order by municipality_number) - 1 as pick
                  from gen_organisation) o using (pick)
            join gen_collaboration c on c.id = o.collaboration_id""", """
            alter table gen_activity add column capacity int, add column status text, add column audience text,
              add column sessions int, add column hours int, add column network_id uuid,
              add column opens timestamp, add column closes timestamp, add column leader_approval boolean,
              add column title text, add column place text, add column registrations int""", """
            update gen_activity set
              capacity = case kind
                when 'VIDEO_LECTURE' then 200 + salt % 300 when 'DIALOGUE_CONFERENCE' then 80 + salt % 120
                when 'GATHERING' then 40 + salt % 80 when 'COURSE' then 15 + salt % 25
                when 'COURSE_SERIES' then 12 + salt % 18 when 'VIRTUAL_FORUM' then 30 + salt % 70
                when 'JOB_SHADOWING' then 2 + salt % 4 when 'RELATIVES_SCHOOL' then 15 + salt % 15
                when 'SERVICE_USER_COURSE' then 10 + salt % 10 else 20 + salt % 30 end,
              sessions = case kind when 'COURSE_SERIES' then 4 when 'GATHERING' then 2
                when 'LEARNING_NETWORK' then 3 when 'RELATIVES_SCHOOL' then 5 else 1 end,
              hours = case kind when 'VIDEO_LECTURE' then 2 when 'VIRTUAL_FORUM' then 2 when 'JOB_SHADOWING' then 7
                else 6 end,
              audience = case when kind = 'RELATIVES_SCHOOL' then 'RELATIVES'
                when kind = 'SERVICE_USER_COURSE' then 'SERVICE_USERS'
                else (array['EMPLOYEES','EMPLOYEES','EMPLOYEES','EMPLOYEES','EMPLOYEES','EMPLOYEES','LEADERS',
                  'OPEN'])[1 + salt % 8] end,
              status = case
                when starts_at < localtimestamp then (array['PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
                  'PUBLISHED','PUBLISHED','PUBLISHED','COMPLETED','COMPLETED','COMPLETED','COMPLETED',
                  'COMPLETED','CANCELLED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
                  'PUBLISHED','PUBLISHED'])[1 + salt % 20]
                else (array['PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
                  'PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
                  'PUBLISHED','PUBLISHED','DRAFT','DRAFT','CANCELLED','PUBLISHED'])[1 + salt % 20] end,
              leader_approval = salt % 5 = 0,
              opens = starts_at::date - 60 + time '08:00',
              closes = starts_at::date - 2 + time '23:59',
              title = (array['Kurs','Kurs','Kurs','Kurs','Fellessamling','Fellessamling','Videoforelesning',
                  'Videoforelesning','Videoforelesning','Kursrekke','Kursrekke','Virtuelt fagforum',
                  'Virtuelt fagforum','Hospitering','Pårørendeskole','Brukerkurs','Dialogkonferanse',
                  'Læringsnettverk'])[array_position(array['COURSE','COURSE','COURSE','COURSE','GATHERING',
                  'GATHERING','VIDEO_LECTURE','VIDEO_LECTURE','VIDEO_LECTURE','COURSE_SERIES','COURSE_SERIES',
                  'VIRTUAL_FORUM','VIRTUAL_FORUM','JOB_SHADOWING','RELATIVES_SCHOOL','SERVICE_USER_COURSE',
                  'DIALOGUE_CONFERENCE','LEARNING_NETWORK'], kind)]
                || ': ' || (array['demensomsorg','rus og psykisk helse','hverdagsrehabilitering',
                  'lindrende behandling','velferdsteknologi','legemiddelhåndtering','ernæring','sårbehandling',
                  'pårørendearbeid','kreftomsorg','diabetes','KOLS','tidlig innsats','barn som pårørende',
                  'smittevern','kommunikasjon','etikk i praksis','observasjonskompetanse'])[1 + (salt / 7) % 18]""", """
            update gen_activity a set
              network_id = case when a.salt % 7 = 0 then null else
                (select n.id from gen_network n where n.collaboration_id = a.collaboration_id
                  and n.idx = (a.salt / 11) % 5) end,
              place = case when a.kind in ('VIDEO_LECTURE', 'VIRTUAL_FORUM') then '' else
                (select o.name from gen_organisation o where o.collaboration_id = a.collaboration_id
                  and o.idx = (a.salt / 13) % a.organisations)
                || ', ' || (array['rådhuset','kulturhuset','helsehuset','omsorgssenteret'])[1 + (a.salt / 17) % 4] end""", """
            insert into programme.activity (id, collaboration_id, network_id, kind, title, description, audience,
              capacity, registration_opens, registration_closes, leader_approval, certificate_hours, contact_email,
              status, starts_at, ends_at)
            select id, collaboration_id, network_id, kind, title,
              'Fagdag med innlegg, erfaringsdeling og gruppearbeid. Ta med spørsmål fra egen arbeidsplass.',
              audience, capacity, opens, closes, leader_approval, sessions * hours, coordinator_email, status,
              starts_at, starts_at + (sessions - 1) * """ + STEP + " + hours * interval '1 hour'\n" + "from gen_activity");

    private static final List<String> SESSIONS = List.of(
            // a course series meets weekly, a learning network monthly, a gathering on following days
            """
            insert into programme.session (id, activity_id, position, starts_at, ends_at, place, video_link)
            select gen_random_uuid(), a.id, s, a.starts_at + s * """ + STEP + """
              , a.starts_at + s * """ + STEP + """
              + a.hours * interval '1 hour', a.place,
              case when a.place = '' then 'https://video.example/' || a.n else '' end
            from gen_activity a cross join generate_series(0, a.sessions - 1) s""",
            // seats reserved for two or three municipalities on about one activity in seven
            """
            insert into programme.quota (activity_id, organisation_id, seats)
            select a.id, o.id, least(2 + (a.salt + k) % 4, a.capacity / 6)
            from gen_activity a cross join generate_series(0, 2 - a.salt % 2) k
            join gen_organisation o on o.collaboration_id = a.collaboration_id
              and o.idx = ((a.salt / 3) + k * 5) % a.organisations
            where a.salt % 7 = 3 and a.capacity >= 12 and a.kind not in ('VIDEO_LECTURE', 'VIRTUAL_FORUM')
            on conflict do nothing""",
            """
            update programme.activity p set quota_release_on = a.starts_at::date - 14
            from gen_activity a
            where p.id = a.id and exists (select 1 from programme.quota q where q.activity_id = a.id)""");

    private static final List<String> REGISTRATIONS = List.of(
            // each activity gets a share of the registrations by its size (large events draw fewer per
            // seat, so that courses fill up and keep waitlists) and how long registration has been open;
            // the shares add up to the total (largest remainder) and never exceed the people of the
            // collaboration, so that no one registers twice for one activity
            """
            with weight as (
              select n, case when status = 'DRAFT' or opens > localtimestamp then 0
                else least(capacity, 60) * (0.3 + (salt % 100) / 80.0) * case when status = 'CANCELLED' then 0.3 else 1 end
                  * least(1.0, extract(epoch from localtimestamp - opens) / extract(epoch from closes - opens))
                end as w
              from gen_activity),
            exact as (select n, w, :registrations * w / nullif(sum(w) over (), 0) as e from weight),
            floored as (select n, w, coalesce(floor(e), 0)::int as k, coalesce(e - floor(e), 0) as frac from exact),
            shares as (select n, k + case when w > 0 and row_number() over (order by frac desc, n)
                <= :registrations - sum(k) over () then 1 else 0 end as k
              from floored)
            update gen_activity a set registrations = least(s.k, a.persons)
            from shares s where s.n = a.n""",
            """
            create temp table gen_registration on commit drop as
            select a.id as activity_id, a.status as activity_status, a.capacity, a.leader_approval, a.starts_at,
              a.opens, a.closes, a.registrations, j as sequence, p.id as account_id, p.name, p.email,
              p.organisation_id, random() as dice
            from gen_activity a cross join generate_series(1, a.registrations) j
            join gen_person p on p.collaboration_id = a.collaboration_id
              and p.idx = (a.salt + j - 1) % a.persons""",
            // arrival order decides: the first to come hold the seats, the rest wait; some cancel, some
            // are declined by their leader, some still await approval
            """
            insert into programme.registration (id, activity_id, account_id, name, email, organisation_id, status,
              sequence, registered_at, changed_at)
            select gen_random_uuid(), activity_id, account_id, name, email, organisation_id,
              case when activity_status = 'CANCELLED' or dice < 0.07 then 'CANCELLED'
                when leader_approval and dice < 0.09 then 'DECLINED'
                when place > capacity then 'WAITLISTED'
                when leader_approval and starts_at > localtimestamp and dice < 0.3 then 'AWAITING_APPROVAL'
                else 'CONFIRMED' end,
              sequence, at, at
            from (select r.*,
                    count(*) filter (where dice >= 0.07 and not (leader_approval and dice < 0.09))
                      over (partition by activity_id order by sequence) as place,
                    opens + (least(closes, localtimestamp) - opens) * (sequence::float / (registrations + 1)) as at
                  from gen_registration r) r""",
            """
            update programme.registration r set seat_organisation_id = r.organisation_id
            from (select r.id, q.seats,
                    row_number() over (partition by r.activity_id, r.organisation_id order by r.sequence) as nth
                  from programme.registration r
                  join gen_activity a on a.id = r.activity_id
                  join programme.quota q on q.activity_id = r.activity_id and q.organisation_id = r.organisation_id
                  where r.status in ('CONFIRMED', 'AWAITING_APPROVAL')) held
            where held.id = r.id and held.nth <= held.seats""",
            """
            update programme.activity p set last_sequence = a.registrations
            from gen_activity a where p.id = a.id and a.registrations > 0""");

    /**
     * A published survey of competence needs in the collaboration with most municipalities: a
     * profession, a number, a score, a choice and a 4 × 4 matrix of professions and topics per
     * response (20 answers), a free text in every tenth; one response in twenty is not submitted.
     */
    private static final List<String> SURVEY = List.of("""
            create temp table gen_survey on commit drop as
            select gen_random_uuid() as id, c.id as collaboration_id, c.organisations, gen_random_uuid() as section_id,
              gen_random_uuid() as q_profession, gen_random_uuid() as q_fte, gen_random_uuid() as q_scale,
              gen_random_uuid() as q_form, gen_random_uuid() as q_matrix, gen_random_uuid() as q_text
            from gen_collaboration c where :responses > 0
            order by c.organisations desc, c.county_number limit 1""", """
            insert into needs.survey (id, collaboration_id, title, introduction, status, created_at, published_at)
            select id, collaboration_id, 'Kartlegging av kompetansebehov 2027', 'Svar for din enhet.', 'PUBLISHED',
              timestamp '2026-09-01 09:00', timestamp '2026-09-01 10:00' from gen_survey""", """
            insert into needs.survey_section (id, survey_id, position, title)
            select section_id, id, 1, 'Kompetansebehov' from gen_survey""", """
            insert into needs.survey_question (id, section_id, position, kind, text, required)
            select q.id, s.section_id, q.position, q.kind, q.text, true from gen_survey s
            cross join lateral (values
              (s.q_profession, 1, 'SINGLE_CHOICE', 'Hvilken yrkesgruppe tilhører du?'),
              (s.q_fte, 2, 'NUMBER', 'Hvor mange årsverk har enheten?'),
              (s.q_scale, 3, 'SCALE', 'I hvilken grad dekker dagens tilbud behovet?'),
              (s.q_form, 4, 'SINGLE_CHOICE', 'Hvilken opplæringsform passer best?'),
              (s.q_matrix, 5, 'MATRIX', 'Hvor mange trenger opplæring i hvert tema?'),
              (s.q_text, 6, 'LONG_TEXT', 'Andre behov')) q(id, position, kind, text)""", """
            insert into needs.survey_option (question_id, axis, position, key, label)
            select o.question_id, o.axis, o.position, o.prefix || o.position, o.label from gen_survey s
            cross join lateral (
              select s.q_profession, 'CHOICE', 'c', p, l from unnest(array['Sykepleier', 'Helsefagarbeider',
                'Assistent', 'Fysioterapeut', 'Ergoterapeut']) with ordinality as x(l, p)
              union all
              select s.q_form, 'CHOICE', 'c', p, l from unnest(array['Fellessamlinger', 'Nettkurs', 'Hospitering',
                'Videreutdanning']) with ordinality as x(l, p)
              union all
              select s.q_matrix, 'ROW', 'r', p, l from unnest(array['Sykepleiere', 'Helsefagarbeidere',
                'Assistenter', 'Fysioterapeuter']) with ordinality as x(l, p)
              union all
              select s.q_matrix, 'COLUMN', 'k', p, l from unnest(array['Demensomsorg', 'Lindrende behandling',
                'Legemiddelhåndtering', 'Velferdsteknologi']) with ordinality as x(l, p)
            ) o(question_id, axis, prefix, position, label)""", """
            create temp table gen_response on commit drop as
            select gen_random_uuid() as id, gen_random_uuid() as recipient_id, n, o.id as organisation_id,
              timestamp '2026-09-02 08:00' + n * interval '1 minute' as at
            from gen_survey s cross join generate_series(1, :responses) n
            join gen_organisation o on o.collaboration_id = s.collaboration_id and o.idx = n % s.organisations""", """
            insert into needs.survey_recipient (id, survey_id, organisation_id, email, expires_on, sent_at)
            select r.recipient_id, s.id, r.organisation_id, 'svar.' || r.n || '@' || :domain, date '2027-06-30',
              timestamp '2026-09-01 10:00'
            from gen_response r cross join gen_survey s""", """
            insert into needs.survey_response (id, recipient_id, survey_id, organisation_id, started_at, changed_at,
              submitted_at)
            select r.id, r.recipient_id, s.id, r.organisation_id, r.at, r.at, case when r.n % 20 = 0 then null else r.at end
            from gen_response r cross join gen_survey s""", """
            insert into needs.survey_answer (response_id, question_id, row_key, column_key, choice_key, number_value,
              text_value)
            select r.id, s.q_profession, '', '', 'c' || (1 + r.n % 5), null, null from gen_response r, gen_survey s
            union all
            select r.id, s.q_fte, '', '', '', round((5 + random() * 200)::numeric, 1), null
            from gen_response r, gen_survey s
            union all
            select r.id, s.q_scale, '', '', '', 1 + floor(random() * 5), null from gen_response r, gen_survey s
            union all
            select r.id, s.q_form, '', '', 'c' || (1 + floor(random() * 4)), null, null
            from gen_response r, gen_survey s
            union all
            select r.id, s.q_matrix, 'r' || rr, 'k' || kk, '', floor(random() * 12), null
            from gen_response r, gen_survey s, generate_series(1, 4) rr, generate_series(1, 4) kk
            union all
            select r.id, s.q_text, '', '', '', null,
              'Ønsker mer ' || (array['veiledning', 'simulering', 'e-læring', 'hospitering'])[1 + r.n % 4]
                || ' (svar ' || r.n || ')'
            from gen_response r, gen_survey s where r.n % 10 = 0""");
}
