-- job shadowing (hospitering): a host organisation's unit offers placements for a period; people
-- apply, both their own leader and the host's leader approve, and a short report follows.
-- Dates are Norwegian local dates; times Norwegian local time.
create schema if not exists programme;

create table programme.placement (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  network_id uuid,
  host_organisation_id uuid not null references member.organisation (id),
  unit text not null check (length(unit) between 1 and 200),
  description text not null default '' check (length(description) <= 4000),
  period_from date not null,
  period_to date not null,
  capacity int not null check (capacity > 0),
  application_deadline date not null,
  contact_name text not null default '',
  contact_email text not null default '',
  status text not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
  constraint placement_period check (period_to >= period_from),
  constraint placement_deadline check (application_deadline <= period_to)
);
create index placement_by_collaboration on programme.placement (collaboration_id, status, period_from);

create table programme.placement_application (
  id uuid primary key,
  placement_id uuid not null references programme.placement (id) on delete cascade,
  account_id uuid not null,
  name text not null,
  email text not null,
  organisation_id uuid not null references member.organisation (id),
  motivation text not null check (length(motivation) between 1 and 2000),
  preferred_from date not null,
  preferred_to date not null,
  status text not null
    check (status in ('SUBMITTED', 'HOME_APPROVED', 'HOST_APPROVED', 'ACCEPTED', 'DECLINED')),
  home_approved_by uuid,
  home_approved_at timestamp,
  host_approved_by uuid,
  host_approved_at timestamp,
  declined_by text check (declined_by in ('HOME', 'HOST')),
  decline_reason text not null default '' check (length(decline_reason) <= 500),
  submitted_at timestamp not null,
  changed_at timestamp not null,
  report_learned text check (length(report_learned) <= 2000),
  report_use_at_home text check (length(report_use_at_home) <= 2000),
  reported_at timestamp,
  constraint placement_application_period check (preferred_to >= preferred_from),
  constraint placement_application_declined check ((status = 'DECLINED') = (declined_by is not null)),
  constraint placement_application_report check (reported_at is null or status = 'ACCEPTED')
);
-- one live application per person and placement; after a decline they may apply again
create unique index placement_application_once on programme.placement_application (placement_id, account_id)
  where status <> 'DECLINED';
create index placement_application_by_account on programme.placement_application (account_id);
create index placement_application_by_organisation on programme.placement_application (organisation_id, status);
