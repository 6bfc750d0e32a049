-- Members' requests for guidance (veiledning) with plans, projects and applications.
create table project.help_request (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    organisation_id uuid not null references member.organisation (id),
    asker_name text not null check (length(asker_name) between 1 and 200),
    asker_email text not null check (length(asker_email) between 3 and 254),
    subject text not null check (length(subject) between 1 and 200),
    description text not null default '',
    kind text not null check (kind in ('COMPETENCE_PLAN', 'PROJECT', 'APPLICATION', 'OTHER')),
    status text not null default 'NEW' check (status in ('NEW', 'IN_PROGRESS', 'DONE', 'DECLINED')),
    outcome text not null default '',
    received_on date not null,
    created_at timestamptz not null default now()
);
create index on project.help_request (collaboration_id, received_on);

-- The coordinator's time on a request, entry by entry; the time spent is their sum.
create table project.help_time (
    id uuid primary key,
    request_id uuid not null references project.help_request (id) on delete cascade,
    worked_on date not null,
    hours numeric(6, 2) not null check (hours >= 0),
    note text not null default '',
    logged_by text not null default '',
    logged_at timestamptz not null default now()
);
create index on project.help_time (request_id);
