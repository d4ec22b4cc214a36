-- Plans (kế hoạch, kế hoạch phối hợp, công văn). The editable content (bases, sections, report deadlines,
-- recipients, signers, footnotes) is one JSON document; what is queried is in columns.
create table plan (
    id                 bigserial primary key,
    kind               varchar(24)  not null check (kind in ('KE_HOACH', 'KE_HOACH_PHOI_HOP', 'CONG_VAN')),
    status             varchar(16)  not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED', 'SUPERSEDED', 'CANCELLED')),
    title              text         not null,
    title_fold         text         not null,
    period_kind        varchar(16)  not null check (period_kind in ('YEAR', 'SCHOOL_YEAR')),
    period_value       varchar(9)   not null,
    period_start       date         not null,
    period_end         date         not null,
    place              varchar(200),
    content            jsonb        not null,
    task_specs         jsonb        not null default '[]',
    number             integer,
    symbol             varchar(80),
    number_symbol      varchar(90),
    issue_date         date,
    parent_plan_id     bigint references plan (id),
    supersedes_plan_id bigint references plan (id),
    created_by         varchar(100),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    issued_by          varchar(100),
    check (period_end >= period_start),
    check ((status = 'DRAFT') = (number_symbol is null) or status = 'CANCELLED')
);
create index plan_period on plan (period_start, period_end);
create index plan_parent on plan (parent_plan_id);

-- Issuers in order (a joint plan has several; the first one numbers it).
create table plan_issuer (
    plan_id  bigint   not null references plan (id) on delete cascade,
    position smallint not null,
    unit_id  bigint   not null,
    primary key (plan_id, position),
    unique (plan_id, unit_id)
);
create index plan_issuer_unit on plan_issuer (unit_id);

-- Bases that are plans of the system (căn cứ): who implements what.
create table plan_base_plan (
    plan_id      bigint not null references plan (id) on delete cascade,
    base_plan_id bigint not null references plan (id),
    primary key (plan_id, base_plan_id)
);
create index plan_base_plan_base on plan_base_plan (base_plan_id);
