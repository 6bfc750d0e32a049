-- Fora (collaboration forum, steering group, programme board, committee), their composition by
-- group, members with a period, meetings with agenda, attendance and minutes, and numbered decisions.
create table knowledge.forum (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null check (length(name) between 1 and 200),
    kind text not null check (kind in ('COLLABORATION_FORUM', 'STEERING_GROUP', 'PROGRAMME_BOARD', 'COMMITTEE', 'OTHER')),
    description text not null default '',
    unique (collaboration_id, name)
);

-- A group of seats; a subgroup's seats are counted within its parent's ("6 from municipal
-- services, of which 2 GPs").
create table knowledge.seat_group (
    id uuid primary key,
    forum_id uuid not null references knowledge.forum (id) on delete cascade,
    parent_id uuid references knowledge.seat_group (id) on delete cascade,
    name text not null check (length(name) between 1 and 200),
    seats int not null check (seats between 1 and 100),
    position int not null default 0
);
create index on knowledge.seat_group (forum_id);

create table knowledge.forum_member (
    id uuid primary key,
    forum_id uuid not null references knowledge.forum (id) on delete cascade,
    group_id uuid not null references knowledge.seat_group (id) on delete cascade,
    name text not null check (length(name) between 1 and 200),
    organisation_id uuid references member.organisation (id),
    title text not null default '',
    email text not null default '',
    from_date date not null,
    to_date date,
    check (to_date is null or to_date >= from_date)
);
create index on knowledge.forum_member (forum_id);

create table knowledge.meeting (
    id uuid primary key,
    forum_id uuid not null references knowledge.forum (id) on delete cascade,
    title text not null check (length(title) between 1 and 200),
    starts_at timestamp not null,
    ends_at timestamp not null,
    place text not null default '',
    agenda text not null default '',
    minutes text not null default '',
    agenda_sent_at timestamptz,
    minutes_sent_at timestamptz,
    check (ends_at > starts_at)
);
create index on knowledge.meeting (forum_id, starts_at);

create table knowledge.meeting_attendance (
    meeting_id uuid not null references knowledge.meeting (id) on delete cascade,
    member_id uuid not null references knowledge.forum_member (id) on delete cascade,
    primary key (meeting_id, member_id)
);

-- A numbered decision (sak 3/2026), with its follow-up.
create table knowledge.forum_decision (
    id uuid primary key,
    meeting_id uuid not null references knowledge.meeting (id) on delete cascade,
    forum_id uuid not null references knowledge.forum (id) on delete cascade,
    year int not null,
    number int not null check (number >= 1),
    text text not null check (length(text) between 1 and 4000),
    follow_up text not null default '',
    responsible text not null default '',
    due_on date,
    status text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    unique (forum_id, year, number)
);
create index on knowledge.forum_decision (meeting_id);
