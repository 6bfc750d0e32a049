-- Good examples of collaboration (godt eksempel): a library per collaboration, searchable in Norwegian.

-- The kinds of example a collaboration sorts by; seeded once per collaboration, then kept by its coordinators.
create table knowledge.example_category (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null,
    position integer not null,
    unique (collaboration_id, name)
);

-- That a collaboration's categories were seeded, so that removing them all does not bring them back.
create table knowledge.example_catalogue (
    collaboration_id uuid primary key references member.collaboration (id),
    seeded_at timestamp not null
);

create table knowledge.example (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    category_id uuid not null references knowledge.example_category (id),
    title text not null,
    summary text not null,
    target_group text not null default '',
    network_id uuid,
    contact_name text not null default '',
    contact_email text not null default '',
    period_from date,
    period_to date,
    results text not null default '',
    evidence text not null,
    status text not null default 'DRAFT',
    published_at timestamp,
    created_at timestamp not null,
    updated_at timestamp not null,
    -- Norwegian full text: the title weighs most, then the summary, then the results
    search tsvector generated always as (
        setweight(to_tsvector('norwegian'::regconfig, title), 'A')
        || setweight(to_tsvector('norwegian'::regconfig, summary), 'B')
        || setweight(to_tsvector('norwegian'::regconfig, results), 'C')) stored,
    check (period_to is null or (period_from is not null and period_to >= period_from)),
    check (status in ('DRAFT', 'PUBLISHED')),
    check (evidence in ('DESCRIBED', 'EVALUATED', 'RESEARCHED'))
);

create index example_search on knowledge.example using gin (search);
create index example_collaboration on knowledge.example (collaboration_id, status);
create index example_category_used on knowledge.example (category_id);

create table knowledge.example_organisation (
    example_id uuid not null references knowledge.example (id) on delete cascade,
    organisation_id uuid not null references member.organisation (id),
    primary key (example_id, organisation_id)
);

create index example_organisation_by_organisation on knowledge.example_organisation (organisation_id);
