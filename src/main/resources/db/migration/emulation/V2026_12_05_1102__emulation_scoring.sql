-- ⚙ Dân vận chính quyền scoring (H3): a criteria set per province (root unit code; null = the default) and year,
-- a tree criterion → sub-criterion with max points and whether evidence is required, rating bands; each unit's
-- sheet with the self-score, the superior's score and the final score side by side, each with its comment.
create table emu_criteria_set (
    id         bigserial primary key,
    root_code  varchar(64),
    year       int          not null,
    name       varchar(500) not null,
    source     varchar(500) not null,
    unique nulls not distinct (root_code, year)
);
create table emu_criterion (
    id                bigserial primary key,
    set_id            bigint        not null references emu_criteria_set (id) on delete cascade,
    parent_id         bigint        references emu_criterion (id) on delete cascade,
    code              varchar(16)   not null,
    title             varchar(500)  not null,
    max_points        numeric(6, 2) not null check (max_points > 0),
    evidence_required boolean       not null default false,
    position          int           not null,
    unique (set_id, code)
);
create table emu_rating_band (
    set_id     bigint        not null references emu_criteria_set (id) on delete cascade,
    code       varchar(16)   not null,
    name       varchar(100)  not null,
    min_points numeric(6, 2) not null,
    primary key (set_id, code)
);
create table emu_score (
    id             bigserial primary key,
    set_id         bigint       not null references emu_criteria_set (id),
    unit_id        bigint       not null references org_unit (id),
    year           int          not null,
    self_by        varchar(100),
    self_at        timestamptz,
    superior_by    varchar(100),
    superior_at    timestamptz,
    final_by       varchar(100),
    final_at       timestamptz,
    unique (unit_id, year)
);
create table emu_score_line (
    score_id          bigint        not null references emu_score (id) on delete cascade,
    criterion_id      bigint        not null references emu_criterion (id),
    self_points       numeric(6, 2),
    self_comment      varchar(2000),
    evidence_url      varchar(1000),
    evidence_type     varchar(16)   check (evidence_type in ('REPORT', 'MEETING', 'CASE', 'DISCLOSURE', 'MODEL', 'PLAN', 'TASK')),
    evidence_id       bigint,
    superior_points   numeric(6, 2),
    superior_comment  varchar(2000),
    final_points      numeric(6, 2),
    final_comment     varchar(2000),
    primary key (score_id, criterion_id)
);

-- The shipped default set, modelled on Hưng Yên QĐ 04/2025/QĐ-UBND (criteria groups of such rules; the point
-- table of the decision could not be read, so the points are this project's, total 100), for 2025–2027.
do $$
declare
    y int; s bigint; p bigint;
    c record; sub record;
begin
    for y in 2025..2027 loop
        insert into emu_criteria_set (root_code, year, name, source)
        values (null, y, 'Bộ tiêu chí đánh giá công tác dân vận chính quyền năm ' || y,
                'Mô phỏng theo Quyết định số 04/2025/QĐ-UBND ngày 05/02/2025 của UBND tỉnh Hưng Yên') returning id into s;
        for c in select * from (values
            (1, '1', 'Lãnh đạo, chỉ đạo, quán triệt và tuyên truyền công tác dân vận chính quyền', 15),
            (2, '2', 'Dân vận trong xây dựng, thực hiện chính sách và cải cách hành chính', 20),
            (3, '3', 'Thực hiện dân chủ ở cơ sở và công khai', 20),
            (4, '4', 'Tiếp công dân, đối thoại, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh', 20),
            (5, '5', 'Xây dựng đội ngũ "trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân"', 10),
            (6, '6', 'Phong trào thi đua "Dân vận khéo"', 10),
            (7, '7', 'Phối hợp với Mặt trận Tổ quốc, đoàn thể; sơ kết, tổng kết', 5)) as t(pos, code, title, pts) loop
            insert into emu_criterion (set_id, parent_id, code, title, max_points, evidence_required, position)
            values (s, null, c.code, c.title, c.pts, false, c.pos) returning id into p;
            for sub in select * from (values
                ('1', 1, '1.1', 'Ban hành kế hoạch công tác dân vận chính quyền năm', 5, true),
                ('1', 2, '1.2', 'Quán triệt, tuyên truyền Chỉ thị 33/CT-TTg ngày 26/11/2021', 5, true),
                ('1', 3, '1.3', 'Phân công người phụ trách, kiện toàn bộ phận giúp việc', 5, true),
                ('2', 1, '2.1', 'Lấy ý kiến Nhân dân, cán bộ khi xây dựng chính sách, kế hoạch', 7, true),
                ('2', 2, '2.2', 'Cải cách hành chính, dịch vụ công trực tuyến', 8, true),
                ('2', 3, '2.3', 'Mức độ hài lòng của người dân', 5, true),
                ('3', 1, '3.1', 'Tổ chức Hội nghị cán bộ, công chức, viên chức', 7, true),
                ('3', 2, '3.2', 'Công khai theo Thông tư 09/2024/TT-BGDĐT', 8, true),
                ('3', 3, '3.3', 'Ban Thanh tra nhân dân hoạt động theo quy định', 5, true),
                ('4', 1, '4.1', 'Người đứng đầu tiếp công dân định kỳ', 7, true),
                ('4', 2, '4.2', 'Tổ chức đối thoại', 6, true),
                ('4', 3, '4.3', 'Giải quyết đơn thư đúng hạn', 7, true),
                ('5', 1, '5.1', 'Thực hiện quy tắc ứng xử', 5, false),
                ('5', 2, '5.2', 'Không có cán bộ, công chức, viên chức vi phạm phải xử lý kỷ luật', 5, false),
                ('6', 1, '6.1', 'Đăng ký mô hình, điển hình "Dân vận khéo"', 5, true),
                ('6', 2, '6.2', 'Mô hình, điển hình được công nhận, nhân rộng', 5, true),
                ('7', 1, '7.1', 'Phối hợp với Mặt trận Tổ quốc và các đoàn thể', 3, false),
                ('7', 2, '7.2', 'Sơ kết, tổng kết và báo cáo đúng hạn', 2, true)) as u(parent, pos, code, title, pts, ev)
                where u.parent = c.code loop
                insert into emu_criterion (set_id, parent_id, code, title, max_points, evidence_required, position)
                values (s, p, sub.code, sub.title, sub.pts, sub.ev, sub.pos);
            end loop;
        end loop;
        insert into emu_rating_band (set_id, code, name, min_points) values
            (s, 'XUAT_SAC', 'Xuất sắc', 90), (s, 'TOT', 'Tốt', 80), (s, 'KHA', 'Khá', 65),
            (s, 'TRUNG_BINH', 'Trung bình', 50), (s, 'YEU', 'Yếu', 0);
    end loop;
end $$;
