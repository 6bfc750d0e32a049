-- programme: a registration asked for without an account (relatives, service users) waits here
-- until the person opens the link mailed to them. No registration and no seat before that.
create table programme.guest_request (
  -- SHA-256 of the single-use token in the link; the token itself is never stored
  token_hash text primary key,
  activity_id uuid not null references programme.activity (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  email text not null check (email = lower(email) and email like '%_@_%' and length(email) <= 320),
  -- the organisation the person comes from, so that its reserved seats apply; optional
  organisation_id uuid references member.organisation (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  -- the registration the confirmed link made
  registration_id uuid references programme.registration (id) on delete set null,
  constraint guest_request_expires_after_creation check (expires_at > created_at)
);
-- counts the recent requests of one address for one activity (limit on abuse)
create index guest_request_by_email on programme.guest_request (activity_id, email, created_at);

-- "Min kommune": the registrations of one organisation
create index registration_by_organisation on programme.registration (organisation_id, activity_id);
