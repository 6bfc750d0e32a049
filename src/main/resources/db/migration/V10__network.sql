-- network: professional networks (fagnettverk), their governance bodies and who sits in them
create schema if not exists network;

create table network.network (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  name text not null,
  theme text not null default '',
  description text not null default '',
  status text not null check (status in ('ACTIVE', 'PAUSED', 'CLOSED')),
  constraint network_name_unique unique (collaboration_id, name)
);

create table network.coordinator (
  network_id uuid not null references network.network (id) on delete cascade,
  account_id uuid not null references people.account (id),
  collaboration_id uuid not null references member.collaboration (id),
  primary key (network_id, account_id)
);

-- steering group and resource group once per network; a participant team per member organisation
create table network.body (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  network_id uuid not null references network.network (id) on delete cascade,
  kind text not null check (kind in ('STEERING_GROUP', 'RESOURCE_GROUP', 'PARTICIPANT_TEAM')),
  organisation_id uuid references member.organisation (id),
  constraint body_team_has_organisation check ((kind = 'PARTICIPANT_TEAM') = (organisation_id is not null))
);
create unique index body_unique on network.body (network_id, kind, coalesce(organisation_id, network_id));

create table network.body_membership (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  body_id uuid not null references network.body (id) on delete cascade,
  account_id uuid not null references people.account (id),
  role text not null check (role in ('LEADER', 'MEMBER', 'USER_REPRESENTATIVE', 'COORDINATOR', 'FACILITATOR')),
  valid_from date not null,
  valid_to date,
  constraint body_membership_period check (valid_to is null or valid_to >= valid_from)
);
create index body_membership_by_body on network.body_membership (body_id, valid_from);
create index body_membership_by_account on network.body_membership (collaboration_id, account_id);
