-- Issue 9, item 3: a case past its intake or resolution deadline is escalated to its unit's leaders and to the unit
-- above, once per case, stage and deadline (a row here decides which node publishes it; an extension gives a new
-- deadline and so a new escalation if that one passes too).
create table petition_escalation (
    petition_id  bigint      not null references petition (id) on delete cascade,
    stage        varchar(16) not null,
    due          date        not null,
    escalated_at timestamptz not null default now(),
    primary key (petition_id, stage, due)
);
