-- member: collaborations, organisations, memberships, population figures
create schema if not exists member;

create table member.collaboration (
  id uuid primary key,
  name text not null,
  owner_body text not null default '',
  description text not null default '',
  version int not null,
  constraint collaboration_name_unique unique (name)
);

create table member.organisation (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  kind text not null,
  name text not null,
  municipality_number char(4),
  former_municipality_numbers text not null default '',
  organisation_number char(9),
  email text not null default '',
  phone text not null default '',
  website text not null default '',
  successor_id uuid references member.organisation (id),
  ended_on date,
  version int not null,
  constraint organisation_municipality_has_number check (kind <> 'MUNICIPALITY' or municipality_number is not null),
  constraint organisation_municipality_unique unique (collaboration_id, municipality_number),
  constraint organisation_number_unique unique (collaboration_id, organisation_number)
);
create index organisation_by_collaboration on member.organisation (collaboration_id, name);

create table member.contact_person (
  id uuid primary key,
  organisation_id uuid not null references member.organisation (id) on delete cascade,
  name text not null,
  title text not null default '',
  email text not null default '',
  phone text not null default ''
);
create index contact_person_by_organisation on member.contact_person (organisation_id);

create table member.membership (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  organisation_id uuid not null references member.organisation (id),
  kind text not null check (kind in ('MEMBER', 'PARTNER')),
  valid_from date not null,
  valid_to date,
  note text not null default '',
  version int not null,
  constraint membership_period check (valid_to is null or valid_to >= valid_from)
);
create index membership_by_collaboration on member.membership (collaboration_id, valid_from);
create index membership_by_organisation on member.membership (organisation_id);

create table member.population_figure (
  organisation_id uuid not null references member.organisation (id) on delete cascade,
  year int not null check (year between 1838 and 2200),
  collaboration_id uuid not null references member.collaboration (id),
  population int not null check (population >= 0),
  source text not null check (source in ('SSB', 'IMPORT', 'MANUAL')),
  primary key (organisation_id, year)
);
create index population_by_collaboration on member.population_figure (collaboration_id, year);
