-- Agreements between municipalities and hospital trusts (samarbeidsavtaler), DOMAIN.md "Knowledge
-- and dialogue": one hospital trust and one or more municipalities, a sub-agreement (delavtale) per
-- topic, each with its versions and revision dates.

-- The minimum content of the cooperation agreements: helse- og omsorgstjenesteloven § 6-2 first
-- paragraph, points 1-13 (12 and 13 added by Prop. 102 L (2020-2021), in force from 1 August 2022).
-- Source: the Act and Helsedirektoratet's guidance on cooperation agreements, as compiled in the
-- reference file samarbeidsavtale_tema.csv (point, Norwegian wording, English paraphrase, in force from).
create table knowledge.agreement_topic (
    point int primary key check (point between 1 and 99),
    name_nb text not null,
    name_en text not null,
    in_force_from date not null
);
insert into knowledge.agreement_topic (point, name_nb, name_en, in_force_from) values
(1, 'Hvilke helse- og omsorgsoppgaver hvert forvaltningsnivå har ansvar for, og hvilke tiltak partene skal utføre',
    'Split of tasks and responsibilities between municipality and hospital trust', date '2012-01-01'),
(2, 'Samarbeid ved innleggelse, utskrivning, habilitering, rehabilitering og lærings- og mestringstilbud',
    'Admission, discharge, habilitation, rehabilitation and patient education for patients needing coordinated services',
    date '2012-01-01'),
(3, 'Innleggelse i sykehus', 'Hospital admission', date '2012-01-01'),
(4, 'Kommunens tilbud om døgnopphold for øyeblikkelig hjelp', 'The municipality''s 24-hour emergency beds',
    date '2012-01-01'),
(5, 'Utskrivningsklare pasienter med behov for kommunale tjenester',
    'Patients ready for discharge who need municipal services', date '2012-01-01'),
(6, 'Kunnskapsoverføring, informasjonsutveksling, faglige nettverk og hospitering',
    'Knowledge transfer, information exchange, professional networks and job shadowing', date '2012-01-01'),
(7, 'Forskning, utdanning, praksis og læretid', 'Research, education, clinical placements and apprenticeships',
    date '2012-01-01'),
(8, 'Jordmortjenester', 'Midwifery services', date '2012-01-01'),
(9, 'IKT-løsninger lokalt', 'Local ICT solutions', date '2012-01-01'),
(10, 'Forebygging', 'Prevention', date '2012-01-01'),
(11, 'Beredskapsplaner og den akuttmedisinske kjeden', 'Emergency preparedness and the acute medical chain',
    date '2012-01-01'),
(12, 'Hvordan partene skal utvikle og planlegge tjenestene', 'How the parties develop and plan services together',
    date '2022-08-01'),
(13, 'Tjenester til barn og unge med sammensatte vansker som får tjenester fra begge nivåer',
    'Services for children and young people with complex needs served at both levels', date '2022-08-01');

-- An agreement of one hospital trust with one or more municipalities of the collaboration.
create table knowledge.agreement (
    id uuid primary key,
    collaboration_id uuid not null references member.collaboration (id),
    title text not null check (length(title) between 1 and 200),
    hospital_trust_id uuid not null references member.organisation (id),
    -- how many days before a version's revision due date the coordinators are reminded
    remind_days int not null default 60 check (remind_days between 0 and 365),
    created_at timestamptz not null default now()
);
create index on knowledge.agreement (collaboration_id);

-- The municipalities that are party to an agreement.
create table knowledge.agreement_municipality (
    agreement_id uuid not null references knowledge.agreement (id) on delete cascade,
    organisation_id uuid not null references member.organisation (id),
    primary key (agreement_id, organisation_id)
);
create index on knowledge.agreement_municipality (organisation_id);

-- A sub-agreement (delavtale): one per topic of an agreement.
create table knowledge.sub_agreement (
    id uuid primary key,
    agreement_id uuid not null references knowledge.agreement (id) on delete cascade,
    topic int not null references knowledge.agreement_topic (point),
    title text not null default '' check (length(title) <= 200),
    unique (agreement_id, topic)
);

-- The versions of a sub-agreement; a version without a signed date is a draft. The current version
-- is the latest signed one.
create table knowledge.sub_agreement_version (
    id uuid primary key,
    sub_agreement_id uuid not null references knowledge.sub_agreement (id) on delete cascade,
    version_number int not null check (version_number between 1 and 9999),
    signed_on date,
    valid_from date,
    revision_due date not null,
    note text not null default '' check (length(note) <= 2000),
    -- an http or https address of the signed document, or none
    link text not null default '' check (link = '' or link ~* '^https?://[^\s]+$'),
    -- set once the coordinators were reminded of the revision
    reminded_on date,
    created_at timestamptz not null default now(),
    unique (sub_agreement_id, version_number),
    check (signed_on is null or revision_due >= signed_on)
);
create index on knowledge.sub_agreement_version (revision_due) where reminded_on is null and signed_on is not null;
