-- Mail attachments (a calendar file with a confirmation), reminders before an activity starts,
-- and the table of the cluster-safe scheduler (db-scheduler) that runs the programme's jobs.

alter table platform.mail_outbox
  add column attachment_name text,
  add column attachment_content_type text,
  add column attachment bytea,
  add constraint mail_outbox_attachment_complete check (
    (attachment is null and attachment_name is null and attachment_content_type is null)
    or (attachment is not null and attachment_name is not null and attachment_content_type is not null));

-- remind each participant this many days before the first session; null: no reminder
alter table programme.activity
  add column remind_days_before int check (remind_days_before between 0 and 30);

-- set once, in the same statement that picks the registration for a reminder: a second run or a
-- second node finds it set and sends nothing
alter table programme.registration
  add column reminder_sent_at timestamp;

-- the key of the personal cancellation links (an HMAC of the registration): made here, so every
-- node has the same one without configuration; lokta.programme.link-secret overrides it
create table programme.link_secret (
  id int primary key check (id = 1),
  secret text not null
);
insert into programme.link_secret (id, secret)
  values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- db-scheduler (16.x) for PostgreSQL
create table platform.scheduled_tasks (
  task_name text not null,
  task_instance text not null,
  task_data bytea,
  execution_time timestamptz not null,
  picked boolean not null,
  picked_by text,
  last_success timestamptz,
  last_failure timestamptz,
  consecutive_failures int,
  last_heartbeat timestamptz,
  version bigint not null,
  priority smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on platform.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on platform.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on platform.scheduled_tasks (priority desc, execution_time asc);
