-- rules.md §11: the Quốc khánh 2026 days off were not confirmed by the research; keep the Labour Code days
-- (02/9 and the adjacent 01/9) but say so, so that an administrator checks them against the PM's notice.
update calendar_day set source = 'BLLĐ Đ112 — ngày liền kề dự kiến, chưa có thông báo chính thức'
where day in (date '2026-09-01', date '2026-09-02');
