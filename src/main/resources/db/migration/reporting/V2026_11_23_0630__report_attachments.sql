-- Evidence files attached to a report (kept in the database so every node serves them).
create table report_attachment (
    id            bigserial primary key,
    submission_id bigint       not null references report_submission (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    data          bytea        not null,
    uploaded_by   varchar(60),
    uploaded_at   timestamptz  not null default now()
);
create index report_attachment_submission on report_attachment (submission_id);
