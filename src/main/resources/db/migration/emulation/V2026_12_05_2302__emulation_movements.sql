-- Emulation movements (phong trào thi đua) launched by a unit for its subtree, the proposals for commendation sent
-- up the tree (collective or individual, achievements, proposed form), their consolidation statuses with history,
-- and the commendation decisions (NĐ 30 layout) that close them; decided proposals form the register.
create table emu_movement_theme (
    code   varchar(32)  primary key,
    name   varchar(300) not null,
    source varchar(300) not null
);
insert into emu_movement_theme values
    ('DAN_VAN_KHEO', 'Phong trào thi đua "Dân vận khéo"', 'KH 51/KH-THPS (Phú Giáo, 2025); KH dân vận chính quyền Sở GDĐT Nam Định 2023'),
    ('VAN_HOA_CONG_SO', 'Phong trào "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"', 'KH 51/KH-THPS (Phú Giáo, 2025); CV Phòng GDĐT Krông Pa 2022'),
    ('DOI_MOI_SANG_TAO', 'Phong trào thi đua "Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập"', 'KH dân vận chính quyền Sở GDĐT Nam Định 2023'),
    ('DAY_TOT_HOC_TOT', 'Phong trào thi đua "Dạy tốt, học tốt"', 'CV Phòng GDĐT Krông Pa 2022'),
    ('THI_DUA_YEU_NUOC', 'Phong trào thi đua yêu nước', 'KH QCDC năm học 2023-2024 (Hóc Môn); KH Sở GDĐT Nam Định 2023'),
    ('HOC_TAP_SUOT_DOI', 'Phong trào học tập suốt đời và nhân rộng mô hình "Gia đình học tập", "Dòng họ học tập"', 'KH 01-KHPH/BDV-PGDĐT (Thuận An, 2018)'),
    ('AN_NINH_TO_QUOC', 'Phong trào "Toàn dân bảo vệ an ninh Tổ quốc"', 'KH dân vận chính quyền Sở GDĐT Nam Định 2023');

create table emu_movement (
    id          bigserial primary key,
    unit_id     bigint        not null references org_unit (id),
    theme       varchar(32)   not null references emu_movement_theme (code),
    name        varchar(500)  not null,
    starts_on   date          not null,
    ends_on     date          not null,
    proposals_due date,
    description text,
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null default now(),
    check (ends_on >= starts_on)
);
create index emu_movement_unit on emu_movement (unit_id, starts_on);

create table emu_decision (
    id            bigserial primary key,
    movement_id   bigint        not null references emu_movement (id),
    unit_id       bigint        not null references org_unit (id),
    number_symbol varchar(60)   not null,
    signed_on     date          not null,
    signer_name   varchar(200)  not null,
    signer_title  varchar(200)  not null,
    authority     varchar(10),
    reason        varchar(1000) not null,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now(),
    unique (unit_id, number_symbol)
);

create table emu_proposal (
    id            bigserial primary key,
    movement_id   bigint        not null references emu_movement (id),
    unit_id       bigint        not null references org_unit (id),
    at_unit_id    bigint        not null references org_unit (id),
    nominee_kind  varchar(12)   not null check (nominee_kind in ('COLLECTIVE', 'INDIVIDUAL')),
    nominee_name  varchar(300)  not null,
    nominee_unit_id bigint      not null references org_unit (id),
    position      varchar(200),
    achievements  text          not null,
    form          varchar(32)   not null,
    model_id      bigint        references emu_model (id),
    status        varchar(16)   not null default 'PROPOSED' check (status in ('PROPOSED', 'REVIEWED', 'NOT_SELECTED',
                                                                      'FORWARDED', 'DECIDED')),
    proposed_on   date          not null,
    decision_id   bigint        references emu_decision (id),
    search_text   text          not null,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now()
);
create index emu_proposal_movement on emu_proposal (movement_id, at_unit_id, status);
create index emu_proposal_nominee on emu_proposal (nominee_unit_id) where status = 'DECIDED';

-- Each status change with its day, who made it, at which unit and why (not selected: the reason).
create table emu_proposal_step (
    id          bigserial primary key,
    proposal_id bigint        not null references emu_proposal (id) on delete cascade,
    status      varchar(16)   not null,
    on_date     date          not null,
    by_name     varchar(200)  not null,
    at_unit_id  bigint        not null references org_unit (id),
    note        varchar(2000),
    created_at  timestamptz   not null default now()
);
create index emu_proposal_step_p on emu_proposal_step (proposal_id, id);
