-- people: when a reset link was issued, to limit how many links one address can be sent
alter table people.password_reset add column created_at timestamptz not null default now();
create index password_reset_by_account on people.password_reset (account_id, created_at);
