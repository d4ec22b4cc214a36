-- Approval before issuing: a specialist submits a draft (PENDING_APPROVAL), the leader approves (APPROVED) or
-- returns it with a comment (back to DRAFT); the clerk issues an approved plan, a leader may sign a draft directly.
alter table plan drop constraint plan_status_check;
alter table plan add constraint plan_status_check
    check (status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ISSUED', 'SUPERSEDED', 'CANCELLED'));
alter table plan drop constraint plan_check1;
alter table plan add constraint plan_number_when_issued
    check ((status in ('ISSUED', 'SUPERSEDED')) = (number_symbol is not null) or status = 'CANCELLED');
alter table plan add column submitted_by varchar(100);
alter table plan add column approved_by varchar(100);
alter table plan add column return_comment text;

-- Each approval step with who, when and why (the plan page shows it).
create table plan_approval_step (
    id       bigserial primary key,
    plan_id  bigint       not null references plan (id) on delete cascade,
    step     varchar(16)  not null check (step in ('SUBMITTED', 'APPROVED', 'RETURNED', 'ISSUED')),
    username varchar(100),
    comment  text,
    at       timestamptz  not null default now()
);
create index plan_approval_step_plan on plan_approval_step (plan_id, id);
