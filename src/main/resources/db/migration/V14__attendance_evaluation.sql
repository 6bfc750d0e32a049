-- programme: attendance per session, evaluations after an activity, and personal calendar feeds.

-- One row per confirmed participant and session once the coordinator has saved the check-list:
-- present, or absent (a no-show). A participant without a row has not been checked yet.
create table programme.attendance (
  session_id uuid not null references programme.session (id) on delete cascade,
  registration_id uuid not null references programme.registration (id) on delete cascade,
  present boolean not null,
  recorded_by uuid,
  recorded_at timestamp not null,
  primary key (session_id, registration_id)
);
create index attendance_by_registration on programme.attendance (registration_id);

-- The evaluation of an activity by one participant: the invitation (only the SHA-256 of the secret
-- link is kept) and, once given, the answer. The answer holds no name: only the link leads to it.
create table programme.evaluation (
  registration_id uuid primary key references programme.registration (id) on delete cascade,
  activity_id uuid not null references programme.activity (id) on delete cascade,
  token_hash text not null unique,
  sent_at timestamp not null,
  answered_at timestamp,
  overall int check (overall between 1 and 5),
  usefulness int check (usefulness between 1 and 5),
  comment text check (length(comment) <= 2000),
  constraint evaluation_answer_whole check ((answered_at is null) = (overall is null)
    and (overall is null) = (usefulness is null))
);
create index evaluation_by_activity on programme.evaluation (activity_id);

-- A person's secret calendar address: only its SHA-256 is kept; a new address replaces the old.
create table programme.calendar_feed (
  account_id uuid primary key,
  secret_hash text not null unique,
  created_at timestamp not null
);
