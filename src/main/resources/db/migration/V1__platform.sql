-- platform: shared mechanisms (sessions, audit log, mail outbox, event publications, demo marker)
create schema if not exists platform;

create table platform.spring_session (
  primary_id char(36) not null,
  session_id char(36) not null,
  creation_time bigint not null,
  last_access_time bigint not null,
  max_inactive_interval int not null,
  expiry_time bigint not null,
  principal_name varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name varchar(200) not null,
  attribute_bytes bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references platform.spring_session (primary_id) on delete cascade
);

create table platform.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  collaboration_id uuid,
  actor_id uuid,
  actor_name text not null,
  action text not null,
  entity_type text not null,
  entity_id text,
  summary text not null,
  before jsonb,
  after jsonb
);
create index audit_log_by_collaboration on platform.audit_log (collaboration_id, at desc);

create table platform.mail_outbox (
  id uuid primary key,
  collaboration_id uuid,
  recipient text not null,
  subject text not null,
  body text not null,
  status text not null check (status in ('PENDING', 'SENT', 'FAILED', 'NOT_SENT')),
  attempts int not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  next_attempt_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_waiting on platform.mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_by_collaboration on platform.mail_outbox (collaboration_id, created_at desc);

create table platform.demo_state (
  loaded_at timestamptz not null,
  sign_ins text not null
);

-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1)
create table event_publication (
  id uuid not null primary key,
  listener_id text not null,
  event_type text not null,
  serialized_event text not null,
  publication_date timestamptz not null,
  completion_date timestamptz,
  status text,
  completion_attempts int,
  last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
