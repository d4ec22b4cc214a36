-- ⚙ Staff-evaluation criteria as dated configuration (I1, I2): a set per owning unit (null = the shared default, changed
-- only by a system administrator) and effective date. An evaluation uses the set owned by its unit or the nearest
-- unit above it (else the default) with the latest effective date on or before the period's last day. A new set is a
-- new row, never an edit. Each criterion belongs to the professional or the dân vận part and has its maximum.
create table emu_eval_criteria_set (
    id             bigserial primary key,
    owner_unit_id  bigint        references org_unit (id),
    effective_from date          not null,
    source         varchar(300)  not null,
    created_by     varchar(100)  not null,
    created_on     date          not null
);
create unique index emu_eval_criteria_set_key on emu_eval_criteria_set (coalesce(owner_unit_id, 0), effective_from);

create table emu_eval_criterion (
    set_id     bigint        not null references emu_eval_criteria_set (id),
    code       varchar(20)   not null,
    part       varchar(16)   not null check (part in ('PROFESSIONAL', 'DAN_VAN')),
    text       varchar(500)  not null,
    max_points numeric(6, 2) not null check (max_points > 0),
    position   int           not null,
    primary key (set_id, code)
);

insert into emu_eval_criteria_set (id, owner_unit_id, effective_from, source, created_by, created_on)
values (1, null, '2025-01-01', 'NĐ 335/2025/NĐ-CP (tiêu chí chung); tiêu chí dân vận chính quyền theo quy chế đánh giá của đơn vị',
        'system', '2025-01-01');
select setval('emu_eval_criteria_set_id_seq', 1);
insert into emu_eval_criterion values
    (1, 'P1', 'PROFESSIONAL', 'Chính trị, tư tưởng; đạo đức, lối sống', 20, 1),
    (1, 'P2', 'PROFESSIONAL', 'Tác phong, lề lối làm việc; ý thức tổ chức kỷ luật', 15, 2),
    (1, 'P3', 'PROFESSIONAL', 'Kết quả thực hiện chức trách, nhiệm vụ được giao', 30, 3),
    (1, 'P4', 'PROFESSIONAL', 'Năng lực, kỹ năng; tinh thần học tập, đổi mới', 15, 4),
    (1, 'D1', 'DAN_VAN', 'Gần dân, trọng dân, hiểu dân; thái độ, ứng xử với người dân, phụ huynh', 5, 5),
    (1, 'D2', 'DAN_VAN', 'Tiếp nhận, giải quyết kiến nghị của người dân đúng hạn', 5, 6),
    (1, 'D3', 'DAN_VAN', 'Thực hiện dân chủ ở cơ sở, công khai theo quy định', 5, 7),
    (1, 'D4', 'DAN_VAN', 'Tham gia mô hình “Dân vận khéo”, phong trào thi đua', 5, 8);

-- The person's own points per criterion with evidence, the criterion's wording and maximum copied from the set in
-- force when the self-assessment was saved (a later set does not rewrite it).
create table emu_evaluation_line (
    evaluation_id bigint        not null references emu_evaluation (id),
    code          varchar(20)   not null,
    part          varchar(16)   not null,
    text          varchar(500)  not null,
    max_points    numeric(6, 2) not null,
    points        numeric(6, 2) not null check (points >= 0 and points <= max_points),
    evidence      varchar(1000),
    position      int           not null,
    primary key (evaluation_id, code)
);
