-- Grant schemes the unit watches and tells its members about (vakthund).
create table project.grant_scheme (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null check (length(name) between 1 and 200),
    funder text not null default '',
    funder_kind text not null check (funder_kind in
        ('MINISTRY', 'DIRECTORATE', 'COUNTY_GOVERNOR', 'REGIONAL_HEALTH_AUTHORITY', 'FOUNDATION', 'OTHER')),
    deadline date not null,
    who_can_apply text not null default '',
    -- an http or https address, or none
    link text not null default '' check (link = '' or link ~* '^https?://[^\s]+$'),
    description text not null default '',
    -- set once, when it is published as news to the members
    published_on date,
    created_at timestamptz not null default now()
);
create index on project.grant_scheme (collaboration_id);

-- The members a scheme concerns; none means every member.
create table project.grant_scheme_organisation (
    scheme_id uuid not null references project.grant_scheme (id) on delete cascade,
    organisation_id uuid not null references member.organisation (id),
    primary key (scheme_id, organisation_id)
);
