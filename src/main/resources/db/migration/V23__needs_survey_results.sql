-- Results are shown only for groups of at least this many submitted responses (anonymity); the
-- coordinator may change it, and the results page says what it is.
alter table needs.survey add column anonymity_threshold int not null default 3
  check (anonymity_threshold between 1 and 100);

-- A recipient may hold more than one link: a reminder mails a fresh one (only its hash is kept, so
-- the first cannot be sent again) and the first keeps working.
create table needs.survey_link (
  token_hash text primary key,
  recipient_id uuid not null references needs.survey_recipient (id) on delete cascade,
  issued_at timestamp not null
);
create index survey_link_by_recipient on needs.survey_link (recipient_id);
insert into needs.survey_link (token_hash, recipient_id, issued_at)
  select token_hash, id, sent_at from needs.survey_recipient;
alter table needs.survey_recipient drop column token_hash;
alter table needs.survey_recipient add column reminded_at timestamp;
alter table needs.survey_recipient add column reminders int not null default 0;

-- Results read the submitted responses of one survey and their answers.
create index survey_response_submitted on needs.survey_response (survey_id, id) where submitted_at is not null;
