-- needs: the member municipalities' competence plans (KS's seven steps), one per municipality and year
create table needs.competence_plan (
  id uuid primary key,
  collaboration_id uuid not null references member.collaboration (id),
  organisation_id uuid not null references member.organisation (id),
  year int not null,
  goals text not null default '',
  evaluation text not null default '',
  constraint competence_plan_year check (year between 2000 and 2100),
  constraint competence_plan_one_a_year unique (organisation_id, year)
);
create index competence_plan_by_collaboration on needs.competence_plan (collaboration_id, year);

create table needs.competence_plan_step (
  plan_id uuid not null references needs.competence_plan (id) on delete cascade,
  step text not null,
  status text not null,
  note text not null default '',
  primary key (plan_id, step)
);

create table needs.competence_plan_staffing (
  plan_id uuid not null references needs.competence_plan (id) on delete cascade,
  position int not null,
  profession text not null,
  full_time_equivalents numeric(8, 2) not null check (full_time_equivalents >= 0),
  vacancies numeric(8, 2) not null check (vacancies >= 0),
  under_30 int not null check (under_30 >= 0),
  from_30_to_49 int not null check (from_30_to_49 >= 0),
  from_50_to_59 int not null check (from_50_to_59 >= 0),
  over_60 int not null check (over_60 >= 0),
  turnover_percent numeric(5, 2) not null check (turnover_percent between 0 and 100),
  primary key (plan_id, position)
);

create table needs.competence_plan_competence (
  plan_id uuid not null references needs.competence_plan (id) on delete cascade,
  position int not null,
  area text not null,
  required int not null check (required >= 0),
  held int not null check (held >= 0),
  primary key (plan_id, position)
);

create table needs.competence_plan_measure (
  plan_id uuid not null references needs.competence_plan (id) on delete cascade,
  position int not null,
  kind text not null,
  description text not null,
  responsible text not null default '',
  deadline date,
  status text not null,
  activity_id uuid,
  primary key (plan_id, position)
);
