-- One reminder per schedule and reception day, whichever node sends it first (exactly once across nodes).
create table reception_reminder (
    schedule_id bigint not null references reception_schedule(id),
    day         date   not null,
    sent_at     timestamptz not null default now(),
    primary key (schedule_id, day)
);
