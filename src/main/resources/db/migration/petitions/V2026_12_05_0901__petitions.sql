-- Citizens: the register of petitions (khiếu nại, tố cáo, kiến nghị, phản ánh), their timeline, the legal
-- figures as dated configuration, reception schedules and sessions, Open311 partner keys.

-- ⚙ Every legal figure with the day it took effect and its legal basis (rules.md B9, C, D): the value in force on
-- a day is the row with the latest effective_from on or before it.
create table petition_rule (
    code           text    not null,
    effective_from date    not null,
    value          integer not null,
    day_type       text    check (day_type in ('CALENDAR', 'WORKING')),
    legal_basis    text    not null,
    primary key (code, effective_from)
);

create table petition (
    id                  bigserial primary key,
    code                text    not null unique,
    register_no         integer not null,
    unit_id             bigint  not null,
    kind                text    not null,
    kinds               text    not null,
    status              text    not null,
    channel             text    not null,
    received_on         date    not null,
    knowledge_on        date,
    content             text    not null,
    content_fold        text    not null,
    -- identity (name, address, phone, ID number) as AES-GCM ciphertext; the key lives outside the database
    petitioner_enc      bytea,
    -- keyed hash of the person (name + ID number) so duplicates are found without reading identities
    petitioner_tag      text,
    anonymous           boolean not null default false,
    routed_from         text,
    intake_due          date    not null,
    accepted_on         date,
    complexity          text,
    remote_area         boolean not null default false,
    instance            integer not null default 1,
    base_days           integer,
    extension_days      integer not null default 0,
    extensions          integer not null default 0,
    suspended_on        date,
    suspended_days      integer not null default 0,
    status_before       text,
    resolution_due      date,
    notice_due          date,
    resolved_on         date,
    result              text,
    answer              text,
    reason              text,
    handler             text,
    duplicate_of        bigint references petition(id),
    forwarded_to        bigint,
    forwarded_on        date,
    source_public       boolean not null default false,
    created_at          timestamptz not null default now()
);
create index petition_unit_received on petition(unit_id, received_on);
create index petition_open_due on petition(resolution_due) where status in ('ACCEPTED', 'VERIFYING', 'DIALOGUE');
create index petition_tag on petition(petitioner_tag);

create table petition_step (
    id          bigserial primary key,
    petition_id bigint not null references petition(id),
    on_day      date   not null,
    step        text   not null,
    note        text,
    actor       text,
    at          timestamptz not null default now()
);
create index petition_step_petition on petition_step(petition_id);

create table reception_schedule (
    id            bigserial primary key,
    unit_id       bigint  not null,
    host_name     text    not null,
    host_position text    not null,
    day_of_month  integer not null check (day_of_month between 1 and 28),
    place         text    not null,
    valid_from    date    not null
);

create table reception_session (
    id            bigserial primary key,
    unit_id       bigint  not null,
    on_day        date    not null,
    host_name     text    not null,
    host_position text    not null,
    is_head       boolean not null,
    form          text    not null,
    visitor_enc   bytea,
    content       text    not null,
    kind          text    not null,
    action        text,
    petition_id   bigint references petition(id),
    created_at    timestamptz not null default now()
);
create index reception_session_unit on reception_session(unit_id, on_day);

create table open311_key (
    id         bigserial primary key,
    key_hash   text not null unique,
    name       text not null,
    created_by text,
    created_at timestamptz not null default now()
);

create table petition_public_hit (
    address_tag text        not null,
    at          timestamptz not null
);
create index petition_public_hit_at on petition_public_hit(address_tag, at);

insert into petition_rule(code, effective_from, value, day_type, legal_basis) values
 ('KN_FILING_LIMIT', '2012-07-01', 90, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 9'),
 ('KN_DISCIPLINE_LIMIT', '2012-07-01', 15, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 48'),
 ('KN_INTAKE', '2012-07-01', 10, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 27'),
 ('KN_RESOLVE', '2012-07-01', 30, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 28'),
 ('KN_RESOLVE_COMPLEX', '2012-07-01', 45, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 28'),
 ('KN_RESOLVE_REMOTE', '2012-07-01', 45, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 28'),
 ('KN_RESOLVE_REMOTE_COMPLEX', '2012-07-01', 60, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 28'),
 ('KN_APPEAL', '2012-07-01', 30, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 33'),
 ('KN_APPEAL_REMOTE', '2012-07-01', 45, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 33'),
 ('KN2_INTAKE', '2012-07-01', 10, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 36'),
 ('KN2_RESOLVE', '2012-07-01', 45, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 37'),
 ('KN2_RESOLVE_COMPLEX', '2012-07-01', 60, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 37'),
 ('KN2_RESOLVE_REMOTE', '2012-07-01', 60, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 37'),
 ('KN2_RESOLVE_REMOTE_COMPLEX', '2012-07-01', 70, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 37'),
 ('KN_EFFECTIVE', '2012-07-01', 30, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 44'),
 ('KN_EFFECTIVE_REMOTE', '2012-07-01', 45, 'CALENDAR', 'Luật Khiếu nại 2011, Điều 44'),
 ('TC_INTAKE', '2019-01-01', 7, 'WORKING', 'Luật Tố cáo 2018, Điều 24'),
 ('TC_INTAKE_MULTISITE', '2019-01-01', 10, 'WORKING', 'Luật Tố cáo 2018, Điều 24'),
 ('TC_FORWARD', '2019-01-01', 5, 'WORKING', 'Luật Tố cáo 2018, Điều 24'),
 ('TC_NOTICE', '2019-01-01', 5, 'WORKING', 'Luật Tố cáo 2018, Điều 29'),
 ('TC_RESOLVE', '2019-01-01', 30, 'CALENDAR', 'Luật Tố cáo 2018, Điều 30'),
 ('TC_EXTENSION_DAYS', '2019-01-01', 30, 'CALENDAR', 'Luật Tố cáo 2018, Điều 30'),
 ('TC_EXTENSIONS_COMPLEX', '2019-01-01', 1, null, 'Luật Tố cáo 2018, Điều 30'),
 ('TC_EXTENSIONS_VERY_COMPLEX', '2019-01-01', 2, null, 'Luật Tố cáo 2018, Điều 30'),
 ('PA_INTAKE', '2014-07-01', 10, 'CALENDAR', 'Luật Tiếp công dân 2013; thủ tục xử lý đơn'),
 ('PA_RESOLVE', '2014-07-01', 30, 'CALENDAR', 'Quy định của đơn vị (không có thời hạn luật định)'),
 ('PA_FORWARD', '2014-07-01', 10, 'CALENDAR', 'Luật Tiếp công dân 2013; thủ tục xử lý đơn'),
 ('RECEPTION_MIN_UBND_XA', '2014-07-01', 4, null, 'Luật Tiếp công dân 2013, Điều 15 (01 ngày/tuần)'),
 ('RECEPTION_MIN_UBND_XA', '2026-07-01', 2, null, 'Luật 136/2025/QH15 (02 ngày/tháng)'),
 ('RECEPTION_MIN_UBND_TINH', '2014-07-01', 1, null, 'Luật Tiếp công dân 2013, Điều 12'),
 ('RECEPTION_MIN_SO_GDDT', '2014-07-01', 1, null, 'Luật Tiếp công dân 2013, Điều 13; Nghị định 64/2014/NĐ-CP'),
 ('RECEPTION_MIN_PHONG_GDDT', '2014-07-01', 1, null, 'Luật Tiếp công dân 2013; quy chế của đơn vị'),
 ('RECEPTION_MIN_TRUONG', '2014-07-01', 1, null, 'Nội quy tiếp công dân của nhà trường; Thông tư 11/2020/TT-BGDĐT'),
 ('RECEPTION_DEPUTY_COUNTS', '2014-07-01', 1, null, 'Luật Tiếp công dân 2013 (được ủy quyền cấp phó)'),
 ('RECEPTION_DEPUTY_COUNTS', '2026-07-01', 0, null, 'Luật 136/2025/QH15 (không ủy quyền cấp phó)'),
 ('PUBLIC_PER_ADDRESS_PER_HOUR', '2020-01-01', 5, null, 'Quy định của hệ thống (chống lạm dụng)');
