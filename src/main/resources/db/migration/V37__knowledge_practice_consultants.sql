-- Practice consultants (praksiskonsulenter, PKO; today "samhandlingslege"): GPs and other
-- professionals placed part-time in hospital departments, under coordinators and a leader.
create table knowledge.practice_consultant (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    name text not null check (length(name) between 1 and 200),
    profession text not null check (profession in ('GP', 'NURSE', 'PHYSIOTHERAPIST', 'OTHER')),
    hospital_trust_id uuid not null references member.organisation (id),
    department text not null default '',
    position_percent int not null check (position_percent between 1 and 100),
    coordinator boolean not null default false,
    leader boolean not null default false,
    from_date date not null,
    to_date date,
    check (to_date is null or to_date >= from_date)
);
create index on knowledge.practice_consultant (collaboration_id);
