-- programme: activities, their sessions and seat quotas, registrations and the waitlist.
-- Times are Norwegian local time (Europe/Oslo), as people read them in the programme.
create schema if not exists programme;

create table programme.activity (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  network_id uuid,
  kind text not null check (kind in ('GATHERING', 'VIDEO_LECTURE', 'COURSE', 'COURSE_SERIES', 'VIRTUAL_FORUM',
    'JOB_SHADOWING', 'RELATIVES_SCHOOL', 'SERVICE_USER_COURSE', 'DIALOGUE_CONFERENCE', 'LEARNING_NETWORK')),
  title text not null check (length(title) between 1 and 200),
  description text not null default '',
  audience text not null check (audience in ('EMPLOYEES', 'LEADERS', 'RELATIVES', 'SERVICE_USERS', 'OPEN')),
  capacity int not null check (capacity >= 0),
  quota_release_on date,
  registration_opens timestamp,
  registration_closes timestamp,
  leader_approval boolean not null default false,
  certificate_hours numeric(5, 1) not null default 0 check (certificate_hours >= 0),
  contact_email text not null default '',
  status text not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')),
  -- the last registration sequence handed out: taken under the row lock, so arrival order is total
  last_sequence bigint not null default 0,
  constraint activity_registration_window
    check (registration_opens is null or registration_closes is null or registration_closes > registration_opens)
);
create index activity_by_collaboration on programme.activity (collaboration_id, status);

create table programme.session (
  id uuid primary key,
  activity_id uuid not null references programme.activity (id) on delete cascade,
  position int not null,
  starts_at timestamp not null,
  ends_at timestamp not null,
  place text not null default '',
  video_link text not null default '',
  constraint session_ends_after_start check (ends_at > starts_at),
  constraint session_has_place_or_link check (place <> '' or video_link <> ''),
  constraint session_position_unique unique (activity_id, position)
);
create index session_by_start on programme.session (starts_at);

create table programme.quota (
  activity_id uuid not null references programme.activity (id) on delete cascade,
  organisation_id uuid not null references member.organisation (id),
  seats int not null check (seats > 0),
  primary key (activity_id, organisation_id)
);

create table programme.registration (
  id uuid primary key,
  activity_id uuid not null references programme.activity (id) on delete cascade,
  account_id uuid,
  name text not null,
  email text not null check (email = lower(email) and email like '%_@_%'),
  organisation_id uuid references member.organisation (id),
  status text not null check (status in ('CONFIRMED', 'AWAITING_APPROVAL', 'WAITLISTED', 'CANCELLED', 'DECLINED')),
  -- arrival order: strictly increasing per activity, decides the waitlist
  sequence bigint not null,
  -- the quota a held seat counts against; null for an open seat or no seat
  seat_organisation_id uuid references member.organisation (id),
  registered_at timestamp not null,
  changed_at timestamp not null,
  constraint registration_once_per_email unique (activity_id, email),
  constraint registration_sequence_unique unique (activity_id, sequence),
  constraint registration_quota_only_with_seat
    check (seat_organisation_id is null or status in ('CONFIRMED', 'AWAITING_APPROVAL'))
);
create index registration_by_status on programme.registration (activity_id, status, sequence);
create index registration_by_account on programme.registration (account_id);
