-- ⚙ Figures of workplace democracy, each with the day it takes effect (the newest row on or before a day wins).
create table meeting_policy (
    code           varchar(40)  not null,
    value          int          not null,
    effective_from date         not null,
    basis          varchar(300) not null,
    primary key (code, effective_from)
);
insert into meeting_policy(code, value, effective_from, basis) values
 ('DIALOGUE_INTERVAL_MONTHS', 6, '2023-07-01', 'Quy định nội bộ/địa phương (đối thoại định kỳ 6 tháng); BLLĐ Đ63: ít nhất 1 lần/năm'),
 ('CONFERENCE_WITHIN_MONTHS', 3, '2023-07-01', 'Luật THDCCS 2022 Điều 51: chậm nhất 03 tháng sau khi kết thúc năm công tác'),
 ('WORK_YEAR_END_MONTH_SCHOOL', 7, '2023-07-01', 'Năm công tác của trường là năm học (kết thúc cuối tháng 7)'),
 ('WORK_YEAR_END_MONTH_OTHER', 12, '2023-07-01', 'Năm công tác là năm dương lịch'),
 ('CONFERENCE_DELEGATES_FROM_STAFF', 100, '2023-07-01', 'Luật THDCCS 2022 Điều 51: từ 100 người trở lên tổ chức hội nghị đại biểu'),
 ('BOARD_MIN_STAFF', 8, '2023-07-01', 'Luật THDCCS 2022 Điều 60: không thành lập khi có từ 07 người trở xuống'),
 ('BOARD_MIN_MEMBERS', 3, '2023-07-01', 'Luật THDCCS 2022 Điều 60: từ 03 đến 09 thành viên'),
 ('BOARD_MAX_MEMBERS', 9, '2023-07-01', 'Luật THDCCS 2022 Điều 60: từ 03 đến 09 thành viên'),
 ('BOARD_TERM_MONTHS', 24, '2023-07-01', 'Luật THDCCS 2022 Điều 60: nhiệm kỳ 02 năm'),
 ('BOARD_REPLY_DAYS', 15, '2023-07-01', 'Quy chế phối hợp Ban TTND (NĐ 59/2023): thời hạn trả lời kiến nghị'),
 ('MINUTES_COMMENT_WORKING_DAYS', 3, '2023-07-01', 'Quy chế dân chủ của đơn vị: thời gian góp ý biên bản'),
 ('REMIND_BEFORE_DAYS', 14, '2023-07-01', 'Nhắc người tổ chức trước hạn đối thoại, hội nghị');

create table meeting (
    id              bigserial primary key,
    unit_id         bigint       not null references org_unit (id),
    kind            varchar(20)  not null check (kind in ('DOI_THOAI', 'HOI_NGHI_CBCCVC', 'DIEN_DAN', 'TIEP_XUC', 'HOP_BAN_TTND', 'HOP')),
    title           varchar(500) not null,
    held_on         date         not null,
    starts_at       varchar(5),
    place           varchar(300),
    chair           varchar(200),
    status          varchar(16)  not null default 'SCHEDULED'
                    check (status in ('SCHEDULED', 'MINUTES_DRAFT', 'SHARED', 'PUBLISHED', 'CANCELLED')),
    extraordinary   boolean      not null default false,
    invited         int check (invited >= 0),
    present         int check (present >= 0),
    minutes         varchar(8000),
    comments_until  date,
    published_on    date,
    resolution      varchar(8000),
    disclosure_ref  varchar(300),
    task_id         bigint,
    created_by      varchar(100),
    created_at      timestamptz  not null default now()
);
create index meeting_unit on meeting (unit_id, kind, held_on);

create table meeting_participant (
    id         bigserial primary key,
    meeting_id bigint       not null references meeting (id) on delete cascade,
    name       varchar(200) not null,
    position   varchar(200),
    present    boolean      not null default false
);
create index meeting_participant_meeting on meeting_participant (meeting_id);

-- What people said at a meeting: answered there, and/or turned into a follow-up task of the tasks module.
create table meeting_opinion (
    id         bigserial primary key,
    meeting_id bigint        not null references meeting (id) on delete cascade,
    position   int           not null,
    content    varchar(4000) not null,
    raised_by  varchar(200),
    answer     varchar(4000),
    task_id    bigint
);
create index meeting_opinion_meeting on meeting_opinion (meeting_id, position);

create table meeting_comment (
    id         bigserial primary key,
    meeting_id bigint        not null references meeting (id) on delete cascade,
    body       varchar(4000) not null,
    created_by varchar(100),
    created_at timestamptz   not null default now()
);

-- Agenda items: DECIDE (bàn và quyết định, G3: a recorded vote), CONSULT (tham gia ý kiến, G4: a consultation
-- record before the head approves) and REPORT (for information).
create table meeting_item (
    id                   bigserial primary key,
    meeting_id           bigint        not null references meeting (id) on delete cascade,
    position             int           not null,
    kind                 varchar(10)   not null check (kind in ('DECIDE', 'CONSULT', 'REPORT')),
    title                varchar(500)  not null,
    eligible             int,
    present              int,
    votes_for            int,
    votes_against        int,
    abstentions          int,
    voted_on             date,
    consultation_form    varchar(20),
    consultation_on      date,
    consultation_summary varchar(4000),
    approved_on          date,
    approved_by          varchar(100)
);
create index meeting_item_meeting on meeting_item (meeting_id, position);

-- A unit's recorded head count on a day, when the org register does not list everyone.
create table meeting_staff_figure (
    unit_id bigint not null references org_unit (id),
    as_of   date   not null,
    staff   int    not null check (staff >= 0),
    primary key (unit_id, as_of)
);

create table inspection_board (
    id                  bigserial primary key,
    unit_id             bigint       not null references org_unit (id),
    term_from           date         not null,
    term_to             date         not null,
    staff_count         int          not null,
    election_meeting_id bigint references meeting (id),
    proposed_by         varchar(200),
    work_plan           varchar(4000),
    created_at          timestamptz  not null default now()
);
create index inspection_board_unit on inspection_board (unit_id, term_from);

create table inspection_board_member (
    id       bigserial primary key,
    board_id bigint       not null references inspection_board (id) on delete cascade,
    name     varchar(200) not null,
    position varchar(200) not null,
    role     varchar(16)  not null check (role in ('TRUONG_BAN', 'PHO_TRUONG_BAN', 'UY_VIEN'))
);

-- Inspections, findings and recommendations of a board, routed to the head with a reply deadline.
create table inspection_finding (
    id        bigserial primary key,
    board_id  bigint        not null references inspection_board (id) on delete cascade,
    kind      varchar(16)   not null check (kind in ('INSPECTION', 'FINDING', 'RECOMMENDATION')),
    found_on  date          not null,
    content   varchar(4000) not null,
    reply_due date,
    replied_on date,
    reply     varchar(4000)
);
create index inspection_finding_board on inspection_finding (board_id, found_on);
