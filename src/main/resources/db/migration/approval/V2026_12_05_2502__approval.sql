-- One approval mechanism for every official document (plans, công văn, thông báo, consolidated reports…).
create table approval_state (
    subject_type  text        not null,
    subject_id    bigint      not null,
    unit_id       bigint      not null,
    stage         text        not null check (stage in ('DRAFTING', 'PENDING_APPROVAL', 'APPROVED', 'SIGNED', 'ISSUED')),
    submitted_by  text,
    approved_by   text,
    signed_by     text,
    signed_at     timestamptz,
    comment       text,
    number_symbol text,
    updated_at    timestamptz not null default now(),
    primary key (subject_type, subject_id)
);
create index approval_state_pending on approval_state (subject_type, unit_id) where stage = 'PENDING_APPROVAL';

create table approval_step (
    id           bigserial primary key,
    subject_type text        not null,
    subject_id   bigint      not null,
    step         text        not null check (step in ('SUBMITTED', 'APPROVED', 'RETURNED', 'SIGNED', 'ISSUED')),
    username     text,
    comment      text,
    at           timestamptz not null default now()
);
create index approval_step_subject on approval_step (subject_type, subject_id, id);
