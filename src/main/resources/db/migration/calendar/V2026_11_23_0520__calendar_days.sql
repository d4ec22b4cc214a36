-- Days that differ from the ordinary working week: holidays, days off in lieu (nghỉ bù / hoán đổi) and
-- weekend days declared working. A year listed in calendar_year has an official schedule; other years use
-- the Labour Code defaults computed by the application (shown as proposals).
create table calendar_year (
    year      int primary key,
    source    varchar(300) not null,
    loaded_at timestamptz  not null default now()
);

create table calendar_day (
    day    date primary key,
    kind   varchar(30)  not null check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'WORKING_DAY')),
    name   varchar(200) not null,
    source varchar(300)
);

-- A unit's working week (ISO day numbers), e.g. a school that also works on Saturday: '1,2,3,4,5,6'.
create table calendar_unit_week (
    unit_id      bigint primary key references org_unit (id),
    working_days varchar(20) not null default '1,2,3,4,5'
);

insert into calendar_year(year, source) values
    (2024, 'BLLĐ 2019 Đ112; Thông báo 6150/TB-BLĐTBXH (Tết 2024); Thông báo 1680/TB-BLĐTBXH (30/4–1/5/2024)'),
    (2025, 'BLLĐ 2019 Đ112; thông báo lịch nghỉ Tết Nguyên đán và 30/4–1/5 năm 2025 cho cán bộ, công chức, viên chức'),
    (2026, 'BLLĐ 2019 Đ112; Quyết định của Thủ tướng về lịch nghỉ Tết Nguyên đán 2026 (14/02–22/02/2026)');

insert into calendar_day(day, kind, name, source) values
    -- 2024
    ('2024-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ Đ112'),
    ('2024-02-08', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'BLLĐ Đ112'),
    ('2024-02-09', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', 'BLLĐ Đ112'),
    ('2024-02-10', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'BLLĐ Đ112'),
    ('2024-02-11', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'BLLĐ Đ112'),
    ('2024-02-12', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'BLLĐ Đ112'),
    ('2024-02-13', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', 'BLLĐ Đ111'),
    ('2024-02-14', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', 'BLLĐ Đ111'),
    ('2024-04-18', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ Đ112'),
    ('2024-04-29', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'Thông báo lịch nghỉ 30/4–1/5/2024'),
    ('2024-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ Đ112'),
    ('2024-05-01', 'HOLIDAY', 'Quốc tế Lao động', 'BLLĐ Đ112'),
    ('2024-05-04', 'WORKING_DAY', 'Làm bù cho thứ Hai 29/4/2024', 'Thông báo lịch nghỉ 30/4–1/5/2024'),
    ('2024-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ Đ112'),
    ('2024-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ Đ112'),
    -- 2025
    ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ Đ112'),
    ('2025-01-27', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 08/02/2025)', 'Lịch nghỉ Tết 2025'),
    ('2025-01-28', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'BLLĐ Đ112'),
    ('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'BLLĐ Đ112'),
    ('2025-01-30', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'BLLĐ Đ112'),
    ('2025-01-31', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'BLLĐ Đ112'),
    ('2025-02-01', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', 'BLLĐ Đ112'),
    ('2025-02-08', 'WORKING_DAY', 'Làm bù cho thứ Hai 27/01/2025', 'Lịch nghỉ Tết 2025'),
    ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ Đ112'),
    ('2025-04-26', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/5/2025', 'Lịch nghỉ 30/4–1/5/2025'),
    ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ Đ112'),
    ('2025-05-01', 'HOLIDAY', 'Quốc tế Lao động', 'BLLĐ Đ112'),
    ('2025-05-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Lịch nghỉ 30/4–1/5/2025'),
    ('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ Đ112'),
    ('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ Đ112'),
    -- 2026 (Tết 14/02–22/02/2026; official Tết days 16–20/02)
    ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ Đ112'),
    ('2026-01-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'Lịch nghỉ năm 2026'),
    ('2026-01-10', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/01/2026', 'Lịch nghỉ năm 2026'),
    ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'BLLĐ Đ112'),
    ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'BLLĐ Đ112'),
    ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'BLLĐ Đ112'),
    ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'BLLĐ Đ112'),
    ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', 'BLLĐ Đ112'),
    ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ Đ112'),
    ('2026-04-27', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'BLLĐ Đ111'),
    ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ Đ112'),
    ('2026-05-01', 'HOLIDAY', 'Quốc tế Lao động', 'BLLĐ Đ112'),
    ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ Đ112'),
    ('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ Đ112');
