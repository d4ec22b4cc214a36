-- In-app notices to a unit (reminders, returned or accepted reports).
create table notification (
    id         bigserial primary key,
    unit_id    bigint       not null references org_unit (id),
    kind       varchar(30)  not null,
    subject    varchar(300) not null,
    body       text         not null,
    link       varchar(300),
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index notification_unit on notification (unit_id, created_at desc);

-- One row per reminder ever sent: the unique key makes each reminder go out once, however many app nodes run.
create table notification_sent (
    key     varchar(200) primary key,
    sent_at timestamptz  not null default now()
);
