-- The unit's year wheel (årshjul): duties that come back every year, in a month and on a day if
-- the day is fixed. A day must exist in that month in every year (so 28 at most in February).
create table project.year_wheel_item (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    title text not null check (length(title) between 1 and 200),
    kind text not null check (kind in ('BUDGET', 'OWNER_REPORT', 'APPLICATION', 'GATHERING', 'OTHER')),
    month integer not null check (month between 1 and 12),
    day integer check (day between 1 and case when month = 2 then 28 when month in (4, 6, 9, 11) then 30 else 31 end),
    description text not null default '' check (length(description) <= 2000),
    created_at timestamptz not null default now()
);
create index on project.year_wheel_item (collaboration_id, month);

-- A coordinator's secret address of the collaboration's deadline calendar, one per person and
-- collaboration. Only the SHA-256 of the secret is kept, so a copy of the database opens no feed.
create table project.calendar_feed (
    account_id uuid not null,
    collaboration_id uuid not null references member.collaboration (id),
    secret_hash text not null unique,
    created_at timestamp not null,
    primary key (account_id, collaboration_id)
);
