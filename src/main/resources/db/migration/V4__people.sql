-- people: accounts, roles per collaboration, password resets, API tokens
create schema if not exists people;

create table people.account (
  id uuid primary key,
  email text not null,
  name text not null,
  password_hash text,
  enabled boolean not null default true,
  failed_attempts int not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  last_sign_in_at timestamptz,
  version int not null
);
create unique index account_email_unique on people.account (lower(email));

create table people.account_role (
  account_id uuid not null references people.account (id) on delete cascade,
  collaboration_id uuid not null,
  role text not null,
  organisation_id uuid,
  primary key (account_id, collaboration_id, role),
  constraint contact_has_organisation check (role <> 'MUNICIPALITY_CONTACT' or organisation_id is not null)
);
create index account_role_by_collaboration on people.account_role (collaboration_id);

create table people.password_reset (
  token_hash text primary key,
  account_id uuid not null references people.account (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz
);

create table people.api_token (
  id uuid primary key,
  account_id uuid not null references people.account (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_token_by_account on people.api_token (account_id);
