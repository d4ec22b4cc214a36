-- Tasks of plans assigned to units (lead + coordinating), their dated occurrences, progress updates with
-- evidence (files kept in the database like report attachments, links) and comments. plan_id has no foreign
-- key: the plans module calls this one, never the other way round.
create table task (
    id              bigserial primary key,
    plan_id         bigint       not null,
    issuer_unit_id  bigint       not null references org_unit (id),
    plan_label      varchar(600) not null,
    period_start    date         not null,
    period_end      date         not null,
    position        int          not null,
    title           varchar(500) not null,
    lead_unit_id    bigint       not null references org_unit (id),
    due             date,
    recurrence      varchar(16)  not null check (recurrence in ('ONCE', 'MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL', 'CONTINUOUS')),
    active          boolean      not null default false,
    status          varchar(16)  not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CLOSED')),
    progress        int          not null default 0 check (progress between 0 and 100),
    reported        int          not null default 0 check (reported between 0 and 100),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index task_plan on task (plan_id, position);

-- Every unit a task is assigned to: the lead unit (LEAD) and the coordinating units (COORDINATOR).
create table task_unit (
    task_id bigint      not null references task (id) on delete cascade,
    unit_id bigint      not null references org_unit (id),
    role    varchar(12) not null check (role in ('LEAD', 'COORDINATOR')),
    position int        not null default 0,
    primary key (task_id, unit_id)
);
create index task_unit_unit on task_unit (unit_id);

-- One dated occurrence per period of a recurring task (one for a one-off task, none for a continuous one).
create table task_occurrence (
    id        bigserial primary key,
    task_id   bigint      not null references task (id) on delete cascade,
    nominal   date        not null,
    due       date        not null,
    done_at   timestamptz,
    done_by   varchar(100),
    unique (task_id, nominal)
);
create index task_occurrence_open on task_occurrence (task_id, due) where done_at is null;

create table task_update (
    id         bigserial primary key,
    task_id    bigint        not null references task (id) on delete cascade,
    progress   int check (progress between 0 and 100),
    note       varchar(4000),
    link       varchar(1000),
    created_by varchar(100),
    created_at timestamptz   not null default now()
);
create index task_update_task on task_update (task_id, id);

create table task_file (
    id           bigserial primary key,
    task_id      bigint       not null references task (id) on delete cascade,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    data         bytea        not null,
    uploaded_by  varchar(100),
    uploaded_at  timestamptz  not null default now()
);
create index task_file_task on task_file (task_id);

create table task_comment (
    id         bigserial primary key,
    task_id    bigint        not null references task (id) on delete cascade,
    body       varchar(4000) not null,
    created_by varchar(100),
    created_at timestamptz   not null default now()
);
create index task_comment_task on task_comment (task_id, id);
