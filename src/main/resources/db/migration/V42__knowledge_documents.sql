-- Documents (DOMAIN.md: knowledge and dialogue): a title and description, who may see it, its
-- uploaded versions and its links to networks, projects, fora and agreements. Every row names the
-- collaboration, and a version or link can only point at a document of the same collaboration.
create table knowledge.document (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    title text not null check (length(title) between 1 and 200),
    description text not null default '' check (length(description) <= 4000),
    visibility text not null check (visibility in ('PUBLIC', 'MEMBERS', 'COORDINATORS')),
    created_at timestamptz not null,
    unique (id, collaboration_id)
);
create index on knowledge.document (collaboration_id, title);

-- Each upload is a new version, numbered 1, 2, 3 ... per document; the highest is the current one.
create table knowledge.document_version (
    id uuid primary key,
    document_id uuid not null,
    collaboration_id uuid not null,
    number int not null check (number >= 1),
    file_name text not null check (length(file_name) between 1 and 200),
    content_type text not null check (length(content_type) between 1 and 200),
    size_bytes int not null check (size_bytes between 1 and 5242880),
    content bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null,
    note text not null default '' check (length(note) <= 1000),
    check (size_bytes = octet_length(content)),
    unique (document_id, number),
    foreign key (document_id, collaboration_id) references knowledge.document (id, collaboration_id) on delete cascade
);

-- A link to a network, project, forum or agreement of the same collaboration. The targets live in
-- other tables (and modules), so the application checks them when a link is saved.
create table knowledge.document_link (
    document_id uuid not null,
    collaboration_id uuid not null,
    kind text not null check (kind in ('NETWORK', 'PROJECT', 'FORUM', 'AGREEMENT')),
    target_id uuid not null,
    primary key (document_id, kind, target_id),
    foreign key (document_id, collaboration_id) references knowledge.document (id, collaboration_id) on delete cascade
);
create index on knowledge.document_link (collaboration_id, kind, target_id);
