-- Photos and documents of a model or exemplar: the type read from the content (PNG/JPEG photos; PDF, .doc, .docx,
-- .xlsx documents), a safe base name, a size limit. Shown on the public library pages once the model is recognised.
create table emu_model_file (
    id           bigserial primary key,
    model_id     bigint        not null references emu_model (id) on delete cascade,
    kind         varchar(10)   not null check (kind in ('PHOTO', 'DOCUMENT')),
    file_name    varchar(200)  not null,
    content_type varchar(120)  not null,
    size_bytes   integer       not null check (size_bytes > 0),
    caption      varchar(300),
    data         bytea         not null,
    uploaded_by  varchar(100)  not null,
    created_at   timestamptz   not null default now()
);
create index emu_model_file_model on emu_model_file (model_id, kind, id);
