-- Competence needs, merged across municipalities and professions, and orders to education providers.
create table needs.need (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    topic varchar(200) not null,
    description varchar(4000) not null default '',
    people integer not null check (people > 0),
    urgency varchar(20) not null,
    source varchar(20) not null,
    source_ref uuid,
    status varchar(20) not null,
    merged_into uuid references needs.need (id),
    created_at timestamp not null default now()
);
create index need_collaboration on needs.need (collaboration_id, status);

create table needs.need_profession (
    need_id uuid not null references needs.need (id) on delete cascade,
    profession varchar(100) not null,
    primary key (need_id, profession)
);

create table needs.need_municipality (
    need_id uuid not null references needs.need (id) on delete cascade,
    organisation_id uuid not null references member.organisation (id),
    primary key (need_id, organisation_id)
);
create index need_municipality_organisation on needs.need_municipality (organisation_id);

create table needs.education_order (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    provider_id uuid not null references member.organisation (id),
    title varchar(200) not null,
    audience varchar(500) not null,
    description varchar(4000) not null default '',
    period_from date not null,
    period_to date not null,
    place varchar(200) not null,
    mode varchar(20) not null,
    budget_ore bigint not null check (budget_ore >= 0),
    status varchar(20) not null,
    offer_price_ore bigint check (offer_price_ore >= 0),
    offer_text varchar(4000),
    offer_from date,
    offer_to date,
    offer_at timestamp,
    activity_id uuid,
    created_at timestamp not null default now()
);
create index education_order_collaboration on needs.education_order (collaboration_id, status);
create index education_order_provider on needs.education_order (provider_id, status);

create table needs.order_need (
    order_id uuid not null references needs.education_order (id) on delete cascade,
    need_id uuid not null references needs.need (id),
    primary key (order_id, need_id)
);
create index order_need_need on needs.order_need (need_id);
