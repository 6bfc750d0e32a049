-- The virtual professional forum (virtuelt fagnett): per professional network, threads of posts
-- with an optional attachment each, followers, moderation by the network's resource group and
-- the coordinators, and the daily digest mails that were sent.
create table knowledge.discussion_thread (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    network_id uuid not null references network.network (id) on delete cascade,
    title text not null check (length(title) between 1 and 200),
    created_by uuid not null,
    created_at timestamptz not null,
    last_post_at timestamptz not null,
    locked boolean not null default false
);
create index on knowledge.discussion_thread (collaboration_id, network_id, last_post_at desc);

-- The first post of a thread opens it; the others are replies. A hidden post keeps its text for
-- the moderators; "moderation" keeps every hide and restore with who, when and why.
create table knowledge.discussion_post (
    id uuid primary key,
    thread_id uuid not null references knowledge.discussion_thread (id) on delete cascade,
    opening boolean not null,
    author_id uuid not null,
    author_name text not null,
    text text not null check (length(text) between 1 and 10000),
    created_at timestamptz not null,
    file_name text,
    content_type text,
    size_bytes int,
    content bytea,
    hidden boolean not null default false,
    moderation text not null default '',
    check ((file_name is null) = (content is null))
);
create index on knowledge.discussion_post (thread_id, created_at);
create index on knowledge.discussion_post (created_at);

create table knowledge.discussion_follower (
    thread_id uuid not null references knowledge.discussion_thread (id) on delete cascade,
    account_id uuid not null,
    primary key (thread_id, account_id)
);
create index on knowledge.discussion_follower (account_id);

-- One digest per person, collaboration and day: a second run the same day sends nothing.
create table knowledge.discussion_digest (
    collaboration_id uuid not null references member.collaboration (id),
    account_id uuid not null,
    day date not null,
    replies int not null,
    sent_at timestamptz not null,
    primary key (collaboration_id, account_id, day)
);
