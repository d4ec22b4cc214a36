-- Staff evaluation (I1, I2): per person, per period (quarter, year, school year), the self-assessment, the
-- professional and dân vận criteria points, the head's rating on the four levels. ⚙ bands by effective date.
create table emu_eval_band (
    effective_from date          not null,
    level          varchar(24)   not null check (level in ('XUAT_SAC', 'TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH')),
    min_points     numeric(6, 2) not null,
    primary key (effective_from, level)
);
-- NĐ 335/2025/NĐ-CP: ≥ 90, 70–< 90, 50–< 70, < 50.
insert into emu_eval_band values ('2025-01-01', 'XUAT_SAC', 90), ('2025-01-01', 'TOT', 70),
    ('2025-01-01', 'HOAN_THANH', 50), ('2025-01-01', 'KHONG_HOAN_THANH', 0);

create table emu_evaluation (
    id               bigserial primary key,
    unit_id          bigint        not null references org_unit (id),
    person_id        bigint        not null,
    person_name      varchar(200)  not null,
    account          varchar(100),
    staff_group      varchar(100)  not null,
    period           varchar(16)   not null,
    self_text        text,
    self_level       varchar(24)   check (self_level in ('XUAT_SAC', 'TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH')),
    professional_points numeric(6, 2),
    dan_van_points   numeric(6, 2),
    disciplined      boolean       not null default false,
    level            varchar(24)   check (level in ('XUAT_SAC', 'TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH')),
    head_comment     varchar(2000),
    rated_by         varchar(100),
    rated_on         date,
    unique (person_id, period)
);
create index emu_evaluation_unit on emu_evaluation (unit_id, period);
