-- Consultations (høringer), DOMAIN.md "Knowledge and dialogue": the unit is a consultation partner
-- of the authorities and gathers its members' views into a joint response. A consultation is open
-- for the members' input until our own deadline, then the response is drafted, approved and
-- submitted before the authority's deadline; or it is closed without a response.
create table knowledge.consultation (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    title text not null check (length(title) between 1 and 200),
    -- the authority that sent it, as written by the coordinator (e.g. a ministry or directorate)
    authority text not null check (length(authority) between 1 and 200),
    reference text not null default '' check (length(reference) <= 100),
    received_on date not null,
    input_deadline date not null,
    authority_deadline date not null,
    description text not null default '' check (length(description) <= 10000),
    -- an http or https address of the consultation's page, or none
    link text not null default '' check (link = '' or link ~* '^https?://[^\s]+$'),
    status text not null default 'OPEN_FOR_INPUT'
        check (status in ('OPEN_FOR_INPUT', 'DRAFTING', 'APPROVED', 'SUBMITTED', 'CLOSED_WITHOUT_RESPONSE')),
    approved_by text,
    approved_at timestamptz,
    submitted_on date,
    submitted_by text,
    -- what was said when submitting, or why no response was given
    closing_note text not null default '' check (length(closing_note) <= 2000),
    -- set once the member contacts were told that the consultation is open
    members_told_at timestamptz,
    created_at timestamptz not null default now(),
    unique (id, collaboration_id),
    check (input_deadline >= received_on),
    check (authority_deadline >= input_deadline),
    check ((approved_at is null) = (approved_by is null)),
    check (status not in ('APPROVED', 'SUBMITTED') or approved_at is not null),
    check ((status = 'SUBMITTED') = (submitted_on is not null))
);
create index on knowledge.consultation (collaboration_id, status, input_deadline);

-- The documents sent with a consultation (the consultation paper, its annexes).
create table knowledge.consultation_document (
    id uuid primary key,
    consultation_id uuid not null,
    collaboration_id uuid not null,
    file_name text not null check (length(file_name) between 1 and 200),
    content_type text not null,
    size_bytes int not null check (size_bytes > 0),
    content bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null,
    foreign key (consultation_id, collaboration_id)
        references knowledge.consultation (id, collaboration_id) on delete cascade
);
create index on knowledge.consultation_document (consultation_id);

-- One input per member organisation, given by its municipality contact or partner; it can be
-- changed until the input deadline.
create table knowledge.consultation_input (
    id uuid primary key,
    consultation_id uuid not null,
    collaboration_id uuid not null,
    organisation_id uuid not null references member.organisation (id),
    text text not null check (length(text) between 1 and 10000),
    written_by uuid not null,
    written_by_name text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    foreign key (consultation_id, collaboration_id)
        references knowledge.consultation (id, collaboration_id) on delete cascade,
    unique (consultation_id, organisation_id)
);

-- The joint response: every saved draft is kept; the latest is the response.
create table knowledge.consultation_response (
    id uuid primary key,
    consultation_id uuid not null,
    collaboration_id uuid not null,
    version int not null check (version >= 1),
    text text not null check (length(text) between 1 and 50000),
    written_by text not null,
    written_at timestamptz not null,
    foreign key (consultation_id, collaboration_id)
        references knowledge.consultation (id, collaboration_id) on delete cascade,
    unique (consultation_id, version)
);
