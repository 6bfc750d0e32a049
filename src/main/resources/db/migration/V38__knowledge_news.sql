-- News of a collaboration: trends, national requirements, grant schemes. Written in Markdown,
-- public or for the collaboration's people only, a draft until published. The newsletter carries
-- an item once at most.
create table knowledge.news_item (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    title text not null check (length(title) between 1 and 200),
    body text not null default '' check (length(body) <= 20000),
    audience text not null check (audience in ('PUBLIC', 'MEMBERS')),
    status text not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at timestamptz not null,
    published_at timestamptz,
    newsletter_sent_at timestamptz,
    -- the grant scheme whose publication made the draft, so that it is made once
    scheme_id uuid unique,
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index on knowledge.news_item (collaboration_id, status, published_at desc);

create table knowledge.news_tag (
    item_id uuid not null references knowledge.news_item (id) on delete cascade,
    tag text not null check (length(tag) between 1 and 50),
    position int not null,
    primary key (item_id, tag)
);
create index on knowledge.news_tag (tag);

-- Subscribers of a collaboration's newsletter, by e-mail address (double opt-in): only the hash
-- of the confirmation token is kept, and it is cleared once confirmed.
create table knowledge.news_subscriber (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    email text not null check (length(email) between 3 and 254),
    confirm_hash text unique,
    created_at timestamptz not null,
    confirmed_at timestamptz
);
create unique index on knowledge.news_subscriber (collaboration_id, lower(email));

-- The unsubscribe links in the newsletter mails, one per mail, by the hash of its token.
create table knowledge.news_unsubscribe_link (
    token_hash text primary key,
    subscriber_id uuid not null references knowledge.news_subscriber (id) on delete cascade,
    issued_at timestamptz not null
);
create index on knowledge.news_unsubscribe_link (subscriber_id);
