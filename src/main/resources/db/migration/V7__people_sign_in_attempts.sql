-- people: failed sign-ins per client address, so that every node throttles the same way
create table people.sign_in_attempt (
  id bigint generated always as identity primary key,
  client text not null,
  at timestamptz not null default now()
);
create index sign_in_attempt_by_client on people.sign_in_attempt (client, at);
create index sign_in_attempt_by_time on people.sign_in_attempt (at);
