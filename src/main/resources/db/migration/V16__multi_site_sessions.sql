-- programme: a session may gather at several sites at once, joined by video, each with a local
-- facilitator; a person registers for one site. The activity keeps its first start and last end,
-- written with its sessions, so that the public programme filters and sorts on an index.
create table programme.session_site (
  id uuid primary key,
  session_id uuid not null references programme.session (id) on delete cascade,
  place text not null check (length(place) between 1 and 200),
  facilitator_name text not null check (length(facilitator_name) between 1 and 200),
  facilitator_email text not null default '' check (facilitator_email = lower(facilitator_email))
);
create index session_site_by_session on programme.session_site (session_id, place);

-- a removed site leaves its registrations in place, without a site
alter table programme.registration
  add column site_id uuid references programme.session_site (id) on delete set null;
create index registration_by_site on programme.registration (site_id) where site_id is not null;

alter table programme.activity add column starts_at timestamp, add column ends_at timestamp;

-- kept by the database, whoever writes the sessions (the pages, the API, bulk loads)
create function programme.activity_times() returns trigger language plpgsql as $$
begin
  update programme.activity a
     set starts_at = (select min(s.starts_at) from programme.session s where s.activity_id = a.id),
         ends_at = (select max(s.ends_at) from programme.session s where s.activity_id = a.id)
   where a.id in (select distinct activity_id from changed);
  return null;
end $$;
create trigger session_inserted after insert on programme.session
  referencing new table as changed for each statement execute function programme.activity_times();
create trigger session_updated after update on programme.session
  referencing new table as changed for each statement execute function programme.activity_times();
create trigger session_deleted after delete on programme.session
  referencing old table as changed for each statement execute function programme.activity_times();

update programme.activity a set starts_at = s.first_start, ends_at = s.last_end
  from (select activity_id, min(starts_at) as first_start, max(ends_at) as last_end
          from programme.session group by activity_id) s
 where s.activity_id = a.id;

-- the public programme: published activities by start, within a collaboration or a network
create index activity_published_by_start on programme.activity (starts_at, id) where status = 'PUBLISHED';
create index activity_published_by_collaboration
  on programme.activity (collaboration_id, starts_at) where status = 'PUBLISHED';
create index activity_by_network on programme.activity (network_id, starts_at) where network_id is not null;
-- the municipality filter: activities with seats reserved for an organisation
create index quota_by_organisation on programme.quota (organisation_id);
-- the month filter: sessions by activity and start
create index session_by_activity_start on programme.session (activity_id, starts_at);
