-- Evaluations of programme activities run on the survey engine: each collaboration has one
-- evaluation template (a draft its coordinators edit), and a completed activity gets a published
-- copy of it, sent to those who attended.
alter table needs.survey add column purpose text not null default 'SURVEY'
  check (purpose in ('SURVEY', 'EVALUATION_TEMPLATE', 'EVALUATION'));
alter table needs.survey add column activity_id uuid;
alter table needs.survey add constraint survey_evaluation_activity
  check ((purpose = 'EVALUATION') = (activity_id is not null));
alter table needs.survey add constraint survey_template_draft
  check (purpose <> 'EVALUATION_TEMPLATE' or status = 'DRAFT');
create unique index survey_one_evaluation_per_activity on needs.survey (activity_id) where activity_id is not null;
create unique index survey_one_evaluation_template on needs.survey (collaboration_id)
  where purpose = 'EVALUATION_TEMPLATE';

-- The programme's fixed evaluation (two scores and a comment) moves over, invitations, links and
-- answers with it: the same secret links keep working, now at /needs/respond/. This reads the
-- programme's schema once, as a move of data between modules.
create temp table moved on commit drop as
select a.id as activity_id, a.collaboration_id, a.title, gen_random_uuid() as survey_id,
  gen_random_uuid() as section_id, gen_random_uuid() as q_overall, gen_random_uuid() as q_usefulness,
  gen_random_uuid() as q_comment, min(e.sent_at) as sent_at
from programme.activity a join programme.evaluation e on e.activity_id = a.id
group by a.id, a.collaboration_id, a.title;

insert into needs.survey (id, collaboration_id, title, introduction, status, created_at, published_at, purpose,
  activity_id)
select survey_id, collaboration_id, left('Evaluering: ' || title, 200),
  'Takk for at du deltok. Svaret ditt hjelper oss å gjøre tilbudet bedre, og det lagres uten navnet ditt.',
  'PUBLISHED', sent_at, sent_at, 'EVALUATION', activity_id
from moved;

insert into needs.survey_section (id, survey_id, position, title)
select section_id, survey_id, 1, 'Evaluering' from moved;

insert into needs.survey_question (id, section_id, position, kind, text, help_text, required)
select q.id, m.section_id, q.position, q.kind, q.text, q.help, q.required from moved m
cross join lateral (values
  (m.q_overall, 1, 'SCALE', 'Helhetsinntrykk', '1 er svært dårlig, 5 er svært godt.', true),
  (m.q_usefulness, 2, 'SCALE', 'Nytte i arbeidet', '1 er svært dårlig, 5 er svært godt.', true),
  (m.q_comment, 3, 'LONG_TEXT', 'Kommentar',
    'Ikke skriv opplysninger om pasienter eller brukere. Svaret lagres uten navnet ditt.', false)
) q(id, position, kind, text, help, required);

-- a recipient per invitation, with the registration's id, so that its response can be found below
insert into needs.survey_recipient (id, survey_id, organisation_id, email, expires_on, sent_at)
select e.registration_id, m.survey_id, r.organisation_id, r.email, (e.sent_at + interval '60 days')::date, e.sent_at
from programme.evaluation e join moved m on m.activity_id = e.activity_id
join programme.registration r on r.id = e.registration_id;

insert into needs.survey_link (token_hash, recipient_id, issued_at)
select token_hash, registration_id, sent_at from programme.evaluation;

create temp table moved_response on commit drop as
select gen_random_uuid() as id, e.registration_id, m.survey_id, r.organisation_id, e.answered_at, e.overall,
  e.usefulness, e.comment, m.q_overall, m.q_usefulness, m.q_comment
from programme.evaluation e join moved m on m.activity_id = e.activity_id
join programme.registration r on r.id = e.registration_id
where e.answered_at is not null;

insert into needs.survey_response (id, recipient_id, survey_id, organisation_id, started_at, changed_at,
  submitted_at)
select id, registration_id, survey_id, organisation_id, answered_at, answered_at, answered_at from moved_response;

insert into needs.survey_answer (response_id, question_id, number_value, text_value)
select id, q_overall, overall, null from moved_response
union all
select id, q_usefulness, usefulness, null from moved_response
union all
select id, q_comment, null, comment from moved_response where coalesce(comment, '') <> '';

drop table programme.evaluation;
