-- Files attached to an order by its coordinator or by the provider (an offer as PDF, a course plan).
-- The limits are the application's too: 5 MB a file (the multipart limit), 200 characters a name.
create table needs.order_attachment (
    id uuid primary key,
    order_id uuid not null references needs.education_order (id) on delete cascade,
    file_name varchar(200) not null check (char_length(file_name) between 1 and 200),
    content_type varchar(100) not null,
    size_bytes integer not null check (size_bytes between 1 and 5242880),
    content bytea not null check (octet_length(content) = size_bytes),
    uploaded_by uuid not null,
    uploaded_by_name varchar(200) not null,
    uploaded_at timestamp not null default now()
);
create index order_attachment_by_order on needs.order_attachment (order_id, uploaded_at);
