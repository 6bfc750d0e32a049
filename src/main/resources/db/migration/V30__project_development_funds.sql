-- Development funds (utviklingsmidler): the unit calls for applications from its members, assesses
-- them and awards money from a pot; the receivers report back. Amounts are whole øre.
create table project.fund_call (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    title text not null check (length(title) between 1 and 200),
    description text not null default '',
    criteria text not null default '',
    pot_ore bigint not null check (pot_ore >= 0),
    opens_on date not null,
    deadline date not null,
    status text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at timestamptz not null default now(),
    check (deadline >= opens_on)
);
create index on project.fund_call (collaboration_id);

-- One member organisation's application to a call, its assessment, the decision and the follow-up report.
create table project.fund_application (
    id uuid primary key,
    call_id uuid not null references project.fund_call (id) on delete cascade,
    organisation_id uuid not null references member.organisation (id),
    title text not null check (length(title) between 1 and 200),
    description text not null default '',
    applied_ore bigint not null check (applied_ore >= 0),
    contact text not null check (length(contact) between 1 and 200),
    submitted_by text not null default '',
    submitted_at timestamptz not null,
    assessment text not null default '',
    score int check (score between 1 and 5),
    assessed_at timestamptz,
    decision text not null default 'PENDING' check (decision in ('PENDING', 'AWARDED', 'REJECTED')),
    awarded_ore bigint check (awarded_ore >= 0),
    decided_on date,
    report_due date,
    report_text text not null default '',
    report_submitted_on date,
    check (decision = 'PENDING' or decided_on is not null),
    check (decision <> 'AWARDED' or (awarded_ore is not null and report_due is not null)),
    check (awarded_ore is null or awarded_ore <= applied_ore)
);
create index on project.fund_application (call_id);
create index on project.fund_application (organisation_id);
