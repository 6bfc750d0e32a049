-- What a dialogue conference (a programme activity) agreed to carry on, and how it was followed up.
create table knowledge.conference_outcome (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    activity_id uuid not null references programme.activity (id) on delete cascade,
    text text not null check (length(text) between 1 and 2000),
    field text not null check (field in ('GOVERNANCE', 'SERVICES', 'INDIVIDUAL')),
    responsible text not null default '',
    status text not null check (status in ('AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    follow_up text not null default '',
    created_at timestamptz not null default now()
);
create index on knowledge.conference_outcome (activity_id);
