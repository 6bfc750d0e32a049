-- Priority areas (satsingsområder): what a collaboration has chosen to work on, each with a goal,
-- and the kinds of good example that show the work.
create table knowledge.priority_area (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null,
    goal text not null,
    description text not null default '',
    position integer not null,
    created_at timestamp not null,
    updated_at timestamp not null,
    check (length(name) between 1 and 200),
    check (length(goal) between 1 and 1000)
);

create unique index priority_area_name on knowledge.priority_area (collaboration_id, lower(name));

create table knowledge.priority_area_category (
    priority_area_id uuid not null references knowledge.priority_area (id) on delete cascade,
    category_id uuid not null references knowledge.example_category (id) on delete cascade,
    primary key (priority_area_id, category_id)
);

create index priority_area_category_by_category on knowledge.priority_area_category (category_id);
