-- ⚙ The disclosure catalogue: TT 09/2024/TT-BGDĐT (8 content groups, public: website + notice board) and internal
-- disclosure under Luật THDCCS 2022 (G2). Each row holds from effective_from until effective_to (inclusive);
-- a change of the rules is a new row, never an edit. levels: '*' every school, or school levels separated by commas.
-- rule: ANNUAL (published by deadline_md each year, valid until the next year's deadline), ON_CHANGE (current until
-- replaced; updated within update_working_days of a change), INTERNAL (within update_working_days of the decision,
-- posted posting_days).
create table disclosure_item (
    code                varchar(20)  not null,
    effective_from      date         not null,
    effective_to        date,
    scope               varchar(10)  not null check (scope in ('PUBLIC', 'INTERNAL')),
    group_no            int          not null check (group_no between 0 and 8),
    group_name          varchar(200) not null,
    name                varchar(400) not null,
    legal_basis         varchar(300) not null,
    forms               varchar(60)  not null,
    levels              varchar(100) not null default '*',
    rule                varchar(10)  not null check (rule in ('ANNUAL', 'ON_CHANGE', 'INTERNAL')),
    deadline_md         varchar(5),
    update_working_days int          not null default 10,
    posting_days        int          not null default 30,
    archive_years       int          not null default 5,
    primary key (code, effective_from)
);

insert into disclosure_item(code, effective_from, scope, group_no, group_name, name, legal_basis, forms, levels, rule, deadline_md, posting_days) values
 ('TT09-I-01', '2024-07-19', 'PUBLIC', 1, 'Thông tin chung', 'Thông tin chung: tên, loại hình, cơ quan quản lý, địa chỉ, thông tin liên hệ, sứ mạng, tầm nhìn', 'Thông tư 09/2024/TT-BGDĐT, Điều 4', 'WEBSITE,NOTICE_BOARD', '*', 'ON_CHANGE', null, 30),
 ('TT09-I-02', '2024-07-19', 'PUBLIC', 1, 'Thông tin chung', 'Lãnh đạo cơ sở giáo dục và thông tin liên hệ', 'Thông tư 09/2024/TT-BGDĐT, Điều 4', 'WEBSITE,NOTICE_BOARD', '*', 'ON_CHANGE', null, 30),
 ('TT09-I-03', '2024-07-19', 'PUBLIC', 1, 'Thông tin chung', 'Văn bản về tổ chức và hoạt động: quy chế, nội quy, quy định', 'Thông tư 09/2024/TT-BGDĐT, Điều 4', 'WEBSITE,NOTICE_BOARD', '*', 'ON_CHANGE', null, 30),
 ('TT09-II-01', '2024-07-19', 'PUBLIC', 2, 'Thu, chi tài chính', 'Tình hình tài chính năm trước: các khoản thu, chi', 'Thông tư 09/2024/TT-BGDĐT, Điều 5', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 90),
 ('TT09-II-02', '2024-07-19', 'PUBLIC', 2, 'Thu, chi tài chính', 'Các khoản thu, mức thu và căn cứ pháp lý', 'Thông tư 09/2024/TT-BGDĐT, Điều 5', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 90),
 ('TT09-II-03', '2024-07-19', 'PUBLIC', 2, 'Thu, chi tài chính', 'Chính sách miễn, giảm, hỗ trợ người học', 'Thông tư 09/2024/TT-BGDĐT, Điều 5', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 30),
 ('TT09-III-01', '2024-07-19', 'PUBLIC', 3, 'Đội ngũ', 'Đội ngũ theo vị trí việc làm và trình độ đào tạo; tỉ lệ đạt chuẩn; bồi dưỡng', 'Thông tư 09/2024/TT-BGDĐT, Điều 8 khoản 1', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 30),
 ('TT09-IV-01', '2024-07-19', 'PUBLIC', 4, 'Cơ sở vật chất', 'Diện tích đất, phòng học, thiết bị so với quy định tối thiểu', 'Thông tư 09/2024/TT-BGDĐT, Điều 8 khoản 2', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 30),
 ('TT09-IV-02', '2024-07-19', 'PUBLIC', 4, 'Cơ sở vật chất', 'Danh mục sách giáo khoa sử dụng', 'Thông tư 09/2024/TT-BGDĐT, Điều 8 khoản 2', 'WEBSITE,NOTICE_BOARD', 'TIEU_HOC,THCS,THPT,LIEN_CAP', 'ANNUAL', '06-30', 30),
 ('TT09-V-01', '2024-07-19', 'PUBLIC', 5, 'Kiểm định chất lượng', 'Tự đánh giá, kế hoạch cải tiến, đánh giá ngoài, công nhận đạt chuẩn quốc gia', 'Thông tư 09/2024/TT-BGDĐT, Điều 8 khoản 3', 'WEBSITE,NOTICE_BOARD', '*', 'ON_CHANGE', null, 30),
 ('TT09-VI-01', '2024-07-19', 'PUBLIC', 6, 'Kế hoạch năm học', 'Kế hoạch tuyển sinh', 'Thông tư 09/2024/TT-BGDĐT, Điều 9 khoản 1', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 30),
 ('TT09-VI-02', '2024-07-19', 'PUBLIC', 6, 'Kế hoạch năm học', 'Kế hoạch giáo dục của nhà trường; phối hợp với gia đình và xã hội', 'Thông tư 09/2024/TT-BGDĐT, Điều 9 khoản 1', 'WEBSITE,NOTICE_BOARD', '*', 'ANNUAL', '06-30', 30),
 ('TT09-VII-01', '2024-07-19', 'PUBLIC', 7, 'Kết quả năm học trước', 'Kết quả đánh giá học sinh theo khối lớp; tỉ lệ hoàn thành chương trình, lên lớp', 'Thông tư 09/2024/TT-BGDĐT, Điều 9 khoản 2', 'WEBSITE,NOTICE_BOARD', 'TIEU_HOC,THCS,THPT,LIEN_CAP,GDNN_GDTX', 'ANNUAL', '06-30', 30),
 ('TT09-VII-02', '2024-07-19', 'PUBLIC', 7, 'Kết quả năm học trước', 'Kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ năm học trước', 'Thông tư 09/2024/TT-BGDĐT, Điều 9 khoản 2', 'WEBSITE,NOTICE_BOARD', 'MAM_NON', 'ANNUAL', '06-30', 30),
 ('TT09-VIII-01', '2024-07-19', 'PUBLIC', 8, 'Báo cáo thường niên', 'Báo cáo thường niên (tệp PDF)', 'Thông tư 09/2024/TT-BGDĐT, Điều 14', 'WEBSITE', '*', 'ANNUAL', '06-30', 30),
 ('NB-01', '2023-07-01', 'INTERNAL', 0, 'Công khai nội bộ', 'Kế hoạch và kết quả tuyển dụng', 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 44', 'NOTICE_BOARD,MEETING', '*', 'INTERNAL', null, 30),
 ('NB-02', '2023-07-01', 'INTERNAL', 0, 'Công khai nội bộ', 'Bổ nhiệm, nâng lương, thi đua khen thưởng, kỷ luật', 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 44', 'NOTICE_BOARD,MEETING', '*', 'INTERNAL', null, 30),
 ('NB-03', '2023-07-01', 'INTERNAL', 0, 'Công khai nội bộ', 'Quy chế chi tiêu nội bộ, quy chế dân chủ', 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 44', 'NOTICE_BOARD,MEETING', '*', 'INTERNAL', null, 30),
 ('NB-04', '2023-07-01', 'INTERNAL', 0, 'Công khai nội bộ', 'Dự toán, quyết toán ngân sách; tài sản, trang thiết bị', 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 44; Thông tư 61/2017/TT-BTC', 'NOTICE_BOARD,MEETING', '*', 'INTERNAL', null, 90),
 ('NB-05', '2023-07-01', 'INTERNAL', 0, 'Công khai nội bộ', 'Nghị quyết hội nghị cán bộ, công chức, viên chức', 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 44', 'NOTICE_BOARD,MEETING', '*', 'INTERNAL', null, 30);

-- A publication of a catalogue item by a unit: when, in which forms, the period it covers, the evidence (a link
-- and/or a file), and until when it counts (G1: an item whose period lapsed counts as not done).
create table disclosure (
    id           bigserial primary key,
    unit_id      bigint        not null references org_unit (id),
    item_code    varchar(20)   not null,
    published_on date          not null,
    forms        varchar(60)   not null,
    period_label varchar(60),
    title        varchar(400),
    evidence_url varchar(1000),
    file_name    varchar(200),
    content_type varchar(100),
    file_data    bytea,
    valid_until  date,
    decided_on   date,
    due_by       date,
    posted_until date,
    created_by   varchar(100),
    created_at   timestamptz   not null default now()
);
create index disclosure_unit_item on disclosure (unit_id, item_code, published_on desc);
