-- One row per scheduled backup time: the node that inserts it takes that backup, the others skip it
-- (several nodes fire the same cron; the advisory lock alone let a node that fired a moment later back up again).
create table backup_slot (
    slot       timestamp   primary key,
    claimed_at timestamptz not null default now()
);
