-- Projects and their funding (DOMAIN.md: projects and funding). Amounts are whole øre.
create schema project;

create table project.project (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null check (length(name) between 1 and 200),
    purpose text not null default '',
    -- null: the collaboration itself owns the project
    owner_id uuid references member.organisation (id),
    leader text not null default '',
    steering_group text not null default '',
    phase text not null check (phase in ('IDEA', 'PRE_STUDY', 'MAIN_PROJECT', 'IN_OPERATION', 'CLOSED')),
    starts_on date not null,
    ends_on date,
    -- the matching rule: own contribution at least this share of the grants (1.00 = equal); null = none
    matching_share numeric(5, 2) check (matching_share is null or matching_share between 0 and 10),
    created_at timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);
create index on project.project (collaboration_id);

create table project.participant (
    project_id uuid not null references project.project (id) on delete cascade,
    organisation_id uuid not null references member.organisation (id),
    primary key (project_id, organisation_id)
);

create table project.subproject (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    number int not null check (number between 1 and 999),
    name text not null check (length(name) between 1 and 200),
    goal text not null default '',
    leader text not null default '',
    group_members text not null default '',
    phase text not null check (phase in ('IDEA', 'PRE_STUDY', 'MAIN_PROJECT', 'IN_OPERATION', 'CLOSED')),
    status text not null check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'STOPPED')),
    starts_on date,
    unique (project_id, number)
);

-- A measurable goal of the project or of one subproject.
create table project.goal (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    subproject_id uuid references project.subproject (id) on delete cascade,
    description text not null check (length(description) between 1 and 2000),
    indicator text not null default '',
    baseline numeric(14, 2),
    target numeric(14, 2),
    achieved numeric(14, 2),
    position int not null default 0
);
create index on project.goal (project_id);

create table project.milestone (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    name text not null check (length(name) between 1 and 200),
    due_on date not null,
    done_on date
);
create index on project.milestone (project_id);

create table project.risk (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    description text not null check (length(description) between 1 and 2000),
    likelihood int not null check (likelihood between 1 and 5),
    impact int not null check (impact between 1 and 5),
    mitigation text not null default '',
    closed boolean not null default false
);
create index on project.risk (project_id);

create table project.decision (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    decided_on date not null,
    decided_by text not null default '',
    text text not null check (length(text) between 1 and 4000)
);
create index on project.decision (project_id);

-- A measure tried in practice, coordinated by one organisation.
create table project.measure (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    name text not null check (length(name) between 1 and 200),
    description text not null default '',
    starts_on date not null,
    ends_on date,
    coordinator_id uuid references member.organisation (id),
    -- the unit of that organisation that coordinates (Stjørdal DMS, say)
    coordinating_unit text not null default '',
    outcome text not null default '',
    check (ends_on is null or ends_on >= starts_on)
);
create index on project.measure (project_id);

-- A status report for a period: one traffic light for the whole, one per goal and subproject.
create table project.status_report (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    period_from date not null,
    period_to date not null,
    overall text not null check (overall in ('GREEN', 'YELLOW', 'RED')),
    text text not null default '',
    written_by text not null default '',
    written_at timestamptz not null default now(),
    check (period_to >= period_from)
);
create index on project.status_report (project_id, period_to);

create table project.status_light (
    report_id uuid not null references project.status_report (id) on delete cascade,
    -- a goal or a subproject of the report's project
    subject_id uuid not null,
    light text not null check (light in ('GREEN', 'YELLOW', 'RED')),
    comment text not null default '',
    primary key (report_id, subject_id)
);

create table project.document (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    application_id uuid,
    file_name text not null,
    content_type text not null,
    size_bytes int not null check (size_bytes between 1 and 5242880),
    content bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);
create index on project.document (project_id);

-- Who gives grants: a ministry, a directorate, a county governor, a regional health authority, a foundation.
create table project.funder (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null check (length(name) between 1 and 200),
    kind text not null check (kind in ('MINISTRY', 'DIRECTORATE', 'COUNTY_GOVERNOR', 'REGIONAL_HEALTH_AUTHORITY',
                                       'FOUNDATION', 'OTHER')),
    unique (collaboration_id, name)
);

create table project.application (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    funder_id uuid not null references project.funder (id),
    scheme text not null default '',
    year int not null check (year between 2000 and 2100),
    applied_ore bigint not null check (applied_ore >= 0),
    deadline date not null,
    status text not null check (status in ('PLANNED', 'SUBMITTED', 'GRANTED', 'REJECTED')),
    submitted_on date,
    granted_ore bigint check (granted_ore >= 0),
    granted_on date,
    conditions text not null default '',
    -- why more was granted than applied for
    note text not null default '',
    check (status <> 'GRANTED' or (granted_ore is not null and granted_on is not null)),
    check (granted_ore is null or granted_ore <= applied_ore or length(note) > 0)
);
create index on project.application (project_id);

alter table project.document
    add foreign key (application_id) references project.application (id) on delete cascade;

-- One line of a project's funding plan for one year: a grant, own contribution (money or
-- hours x rate) or other income.
create table project.funding_line (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    year int not null check (year between 2000 and 2100),
    kind text not null check (kind in ('GRANT', 'OWN_MONEY', 'OWN_HOURS', 'OTHER_INCOME')),
    funder_id uuid references project.funder (id),
    organisation_id uuid references member.organisation (id),
    application_id uuid references project.application (id) on delete set null,
    description text not null default '',
    hours numeric(10, 1) check (hours >= 0),
    rate_ore bigint check (rate_ore >= 0),
    planned_ore bigint not null check (planned_ore >= 0),
    actual_ore bigint check (actual_ore >= 0),
    check (kind <> 'GRANT' or funder_id is not null),
    check (kind not in ('OWN_MONEY', 'OWN_HOURS') or organisation_id is not null),
    check (kind <> 'OWN_HOURS' or (hours is not null and rate_ore is not null))
);
create index on project.funding_line (project_id, year);

-- What the money is spent on, per year.
create table project.budget_line (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    year int not null check (year between 2000 and 2100),
    description text not null check (length(description) between 1 and 200),
    planned_ore bigint not null check (planned_ore >= 0),
    actual_ore bigint check (actual_ore >= 0)
);
create index on project.budget_line (project_id, year);

-- A report owed to a funder for a grant.
create table project.reporting_duty (
    id uuid primary key,
    project_id uuid not null references project.project (id) on delete cascade,
    application_id uuid references project.application (id) on delete cascade,
    what text not null check (length(what) between 1 and 200),
    recipient text not null default '',
    due_on date not null,
    remind_days int not null default 14 check (remind_days between 0 and 365),
    submitted_on date,
    reminded_on date
);
create index on project.reporting_duty (due_on) where submitted_on is null;
create index on project.reporting_duty (project_id);
