-- Report forms (đề cương + biểu mẫu), their deadlines per level, submissions with history, and the
-- incrementally maintained roll-up that makes consolidated totals exact at commit time.
create table report_form (
    id      bigserial primary key,
    code    varchar(40)  not null unique,
    name    varchar(300) not null,
    version int          not null default 1
);

create table report_indicator (
    id          bigserial primary key,
    form_id     bigint       not null references report_form (id),
    code        varchar(60)  not null,
    name        varchar(300) not null,
    unit_label  varchar(40),
    aggregation varchar(20)  not null check (aggregation in ('SUM', 'MAX', 'AVERAGE', 'YES_COUNT')),
    position    int          not null,
    unique (form_id, code)
);

create table report_section (
    id       bigserial primary key,
    form_id  bigint       not null references report_form (id),
    code     varchar(60)  not null,
    heading  varchar(300) not null,
    position int          not null,
    unique (form_id, code)
);

-- Checks between indicators, e.g. PETITIONS_RESOLVED <= PETITIONS_RECEIVED.
create table report_rule (
    id        bigserial primary key,
    form_id   bigint      not null references report_form (id),
    left_code varchar(60) not null,
    operator  varchar(2)  not null check (operator in ('<=', '>=', '<', '>', '=')),
    right_code varchar(60) not null
);

-- Deadline of each level: N working days after the cut-off (NĐ 09/2019 Đ8.5: at least 1), and the lock.
create table report_level_deadline (
    form_id            bigint      not null references report_form (id),
    unit_kind          varchar(40) not null,
    working_days_after int         not null check (working_days_after >= 1),
    lock_working_days  int         not null default 10,
    primary key (form_id, unit_kind)
);

create table report_submission (
    id            bigserial primary key,
    unit_id       bigint      not null references org_unit (id),
    form_id       bigint      not null references report_form (id),
    period        varchar(20) not null,
    status        varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    consolidated  boolean     not null default false,
    due_date      date        not null,
    lock_date     date        not null,
    submitted_at  timestamptz,
    on_time       boolean,
    return_reason varchar(2000),
    revision      int         not null default 0,
    created_by    varchar(60),
    version       bigint      not null default 0,
    unique (unit_id, form_id, period)
);
create index report_submission_form_period on report_submission (form_id, period);

create table report_value (
    submission_id bigint        not null references report_submission (id) on delete cascade,
    code          varchar(60)   not null,
    value         numeric(18, 2) not null,
    primary key (submission_id, code)
);

create table report_text (
    submission_id bigint      not null references report_submission (id) on delete cascade,
    section_code  varchar(60) not null,
    body          text        not null,
    primary key (submission_id, section_code)
);

-- Every submit/accept/return with the figures as they were then.
create table report_submission_event (
    id            bigserial primary key,
    submission_id bigint      not null references report_submission (id) on delete cascade,
    revision      int         not null,
    status        varchar(20) not null,
    at            timestamptz not null default now(),
    username      varchar(60),
    reason        varchar(2000),
    snapshot      jsonb
);

-- Totals of counted (submitted or accepted) reports of the strict descendants of unit_id, for the tree
-- as it was on the period's reference date. Kept by deltas in the submitting transaction.
create table report_rollup (
    unit_id   bigint         not null,
    form_id   bigint         not null,
    period    varchar(20)    not null,
    code      varchar(60)    not null,
    total     numeric(20, 2) not null default 0,
    reports   int            not null default 0,
    yes_count int            not null default 0,
    primary key (unit_id, form_id, period, code)
);

-- Late submission after the lock date needs an exception granted by the receiver.
create table report_lock_exception (
    unit_id    bigint      not null references org_unit (id),
    form_id    bigint      not null references report_form (id),
    period     varchar(20) not null,
    granted_by varchar(60) not null,
    until      date        not null,
    primary key (unit_id, form_id, period)
);
