-- surveys (kartlegging): a coordinator builds a survey of ordered sections and questions; once
-- published it is frozen. Recipients answer through a personal link whose token is stored only as
-- a hash; answers are kept one row per value, so that results can be aggregated in SQL.
create table needs.survey (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  title text not null check (length(title) between 1 and 200),
  introduction text not null default '' check (length(introduction) <= 4000),
  status text not null check (status in ('DRAFT', 'PUBLISHED')),
  copied_from uuid references needs.survey (id) on delete set null,
  created_at timestamp not null,
  published_at timestamp,
  constraint survey_published check ((status = 'PUBLISHED') = (published_at is not null))
);
create index survey_by_collaboration on needs.survey (collaboration_id, created_at desc);

create table needs.survey_section (
  id uuid primary key,
  survey_id uuid not null references needs.survey (id) on delete cascade,
  position int not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 2000),
  constraint survey_section_position unique (survey_id, position) deferrable initially deferred
);

create table needs.survey_question (
  id uuid primary key,
  section_id uuid not null references needs.survey_section (id) on delete cascade,
  position int not null,
  kind text not null
    check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'MATRIX')),
  text text not null check (length(text) between 1 and 500),
  help_text text not null default '' check (length(help_text) <= 1000),
  required boolean not null,
  constraint survey_question_position unique (section_id, position) deferrable initially deferred
);

-- a choice question's choices, a matrix's rows and columns; the key is what answers refer to
create table needs.survey_option (
  question_id uuid not null references needs.survey_question (id) on delete cascade,
  axis text not null check (axis in ('CHOICE', 'ROW', 'COLUMN')),
  position int not null,
  key text not null,
  label text not null check (length(label) between 1 and 200),
  primary key (question_id, axis, position),
  constraint survey_option_key unique (question_id, axis, key)
);

-- one personal link per recipient: a member's kommunekontakt or an e-mail address chosen
create table needs.survey_recipient (
  id uuid primary key,
  survey_id uuid not null references needs.survey (id) on delete cascade,
  organisation_id uuid references member.organisation (id),
  account_id uuid,
  email text not null,
  token_hash text not null unique,
  expires_on date not null,
  sent_at timestamp not null,
  constraint survey_recipient_once unique (survey_id, email)
);
create index survey_recipient_by_organisation on needs.survey_recipient (survey_id, organisation_id);

create table needs.survey_response (
  id uuid primary key,
  recipient_id uuid not null unique references needs.survey_recipient (id) on delete cascade,
  survey_id uuid not null references needs.survey (id) on delete cascade,
  organisation_id uuid references member.organisation (id),
  started_at timestamp not null,
  changed_at timestamp not null,
  submitted_at timestamp
);
create index survey_response_by_survey on needs.survey_response (survey_id, organisation_id);

-- one row per value given: a choice, a number (a matrix cell: row and column keys), a text
create table needs.survey_answer (
  response_id uuid not null references needs.survey_response (id) on delete cascade,
  question_id uuid not null references needs.survey_question (id) on delete cascade,
  row_key text not null default '',
  column_key text not null default '',
  choice_key text not null default '',
  number_value numeric(12, 2),
  text_value text check (length(text_value) <= 4000),
  primary key (response_id, question_id, row_key, column_key, choice_key)
);
create index survey_answer_by_question on needs.survey_answer (question_id);
