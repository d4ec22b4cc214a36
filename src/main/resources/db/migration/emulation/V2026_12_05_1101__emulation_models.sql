-- "Dân vận khéo" models (mô hình) and exemplars (điển hình): registration with the 10 fields of the MTTQ form,
-- one lĩnh vực, the registering unit and the body registered with; each lifecycle step dated with its approver
-- (the timeline), progress entries with evidence, the evaluation, the recognition and the units that adopted it.
create table emu_model (
    id                      bigserial primary key,
    unit_id                 bigint       not null references org_unit (id),
    registered_with_unit_id bigint       not null references org_unit (id),
    kind                    varchar(12)  not null check (kind in ('MODEL', 'EXEMPLAR')),
    holder_kind             varchar(12)  not null check (holder_kind in ('UNIT', 'GROUP', 'PERSON')),
    holder_name             varchar(300) not null,
    party_member            boolean      not null default false,
    field                   varchar(32)  not null check (field in ('KINH_TE', 'VAN_HOA_XA_HOI', 'QUOC_PHONG_AN_NINH',
                                                                  'XAY_DUNG_HE_THONG_CHINH_TRI')),
    name                    varchar(500) not null,
    place                   varchar(300),
    registered_on           date         not null,
    situation               text         not null,
    aims                    text         not null,
    content                 text         not null,
    area                    text         not null,
    forces                  text         not null,
    resources               text         not null,
    timing                  text         not null,
    outputs                 text         not null,
    sustainability          text         not null,
    status                  varchar(12)  not null default 'REGISTERED' check (status in ('REGISTERED', 'LAUNCHED',
                                 'MONITORED', 'EVALUATED', 'RECOGNISED', 'REPLICATED')),
    evaluation_passed       boolean,
    award                   varchar(12)  check (award in ('GIAY_KHEN', 'BANG_KHEN')),
    award_level             varchar(12)  check (award_level in ('UNIT', 'DISTRICT', 'DEPARTMENT', 'PROVINCE', 'MINISTRY')),
    decision                varchar(300),
    recognised_on           date,
    original_model_id       bigint       references emu_model (id),
    search_text             text         not null,
    created_by              varchar(100) not null,
    created_at              timestamptz  not null default now()
);
create index emu_model_unit on emu_model (unit_id, registered_on);
create index emu_model_with on emu_model (registered_with_unit_id);
create index emu_model_recognised on emu_model (recognised_on) where recognised_on is not null;

-- The timeline: every step with its day, who approved it (name and unit) and a note.
create table emu_model_step (
    id           bigserial primary key,
    model_id     bigint       not null references emu_model (id) on delete cascade,
    step         varchar(12)  not null check (step in ('REGISTERED', 'LAUNCHED', 'MONITORED', 'EVALUATED', 'RECOGNISED',
                                                       'REPLICATED')),
    on_date      date         not null,
    approver     varchar(200) not null,
    approver_unit_id bigint   references org_unit (id),
    note         text,
    created_at   timestamptz  not null default now()
);
create index emu_model_step_model on emu_model_step (model_id, on_date, id);

-- Periodic progress (theo dõi) with evidence (a link).
create table emu_model_progress (
    id           bigserial primary key,
    model_id     bigint        not null references emu_model (id) on delete cascade,
    on_date      date          not null,
    content      text          not null,
    evidence_url varchar(1000),
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null default now()
);

-- The evaluation: each criterion (own or standard) met or not, with a comment.
create table emu_model_criterion (
    id          bigserial primary key,
    model_id    bigint       not null references emu_model (id) on delete cascade,
    source      varchar(8)   not null check (source in ('OWN', 'STANDARD')),
    text        varchar(500) not null,
    met         boolean      not null,
    comment     varchar(1000)
);

-- ⚙ Standard criteria for a collective model / an individual exemplar, by effective date (Đà Lạt's five standards).
create table emu_standard_criterion (
    id             bigserial primary key,
    kind           varchar(12)  not null check (kind in ('MODEL', 'EXEMPLAR')),
    code           varchar(16)  not null,
    text           varchar(500) not null,
    effective_from date         not null,
    position       int          not null,
    unique (kind, code, effective_from)
);
insert into emu_standard_criterion (kind, code, text, effective_from, position) values
('MODEL', 'TT1', 'Có cách làm sáng tạo, tiết kiệm thời gian, chi phí', '2017-01-01', 1),
('MODEL', 'TT2', 'Vận động Nhân dân chấp hành chủ trương, pháp luật', '2017-01-01', 2),
('MODEL', 'TT3', 'Huy động được nhiều lực lượng tham gia', '2017-01-01', 3),
('MODEL', 'TT4', 'Hài hòa lợi ích tập thể, cá nhân và xã hội', '2017-01-01', 4),
('MODEL', 'TT5', 'Bền vững, có khả năng nhân rộng', '2017-01-01', 5),
('EXEMPLAR', 'CN1', 'Bản thân và gia đình gương mẫu', '2017-01-01', 1),
('EXEMPLAR', 'CN2', 'Đề xuất ý tưởng hay', '2017-01-01', 2),
('EXEMPLAR', 'CN3', 'Đề xuất giải pháp giải quyết vấn đề tồn tại lâu', '2017-01-01', 3),
('EXEMPLAR', 'CN4', 'Tận tụy phục vụ Nhân dân', '2017-01-01', 4),
('EXEMPLAR', 'CN5', 'Gia đình văn hóa hằng năm, xếp loại từ hoàn thành tốt nhiệm vụ trở lên', '2017-01-01', 5);

-- Units that adopted (nhân rộng) a recognised model, linked to the original.
create table emu_model_adoption (
    id         bigserial primary key,
    model_id   bigint       not null references emu_model (id) on delete cascade,
    unit_id    bigint       not null references org_unit (id),
    on_date    date         not null,
    note       varchar(1000),
    created_by varchar(100) not null,
    unique (model_id, unit_id)
);
