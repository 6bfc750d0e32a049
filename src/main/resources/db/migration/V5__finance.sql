-- finance: cost-share rules and budgets
create schema if not exists finance;

create table finance.cost_share_rule (
  collaboration_id uuid primary key,
  equal_share_basis_points int not null check (equal_share_basis_points between 0 and 10000),
  population_share_basis_points int not null check (population_share_basis_points between 0 and 10000),
  population_basis text not null check (population_basis in ('BUDGET_YEAR', 'PREVIOUS_YEAR')),
  version int not null,
  constraint shares_sum_to_100 check (equal_share_basis_points + population_share_basis_points = 10000)
);

create table finance.budget (
  collaboration_id uuid not null,
  year int not null check (year between 1900 and 2200),
  amount_kroner bigint not null check (amount_kroner >= 0),
  note text not null default '',
  version int not null,
  primary key (collaboration_id, year)
);
