-- ⚙ When organisers are reminded (same effective-date rule as the other figures of meeting_policy).
insert into meeting_policy(code, value, effective_from, basis) values
 ('MEETING_REMIND_WORKING_DAYS', 2, '2023-07-01', 'Nhắc người tổ chức trước ngày họp (ngày làm việc)'),
 ('MINUTES_PENDING_WORKING_DAYS', 3, '2023-07-01', 'Nhắc hoàn thành, chia sẻ biên bản sau ngày họp (ngày làm việc)'),
 ('FINDING_REMIND_WORKING_DAYS', 3, '2023-07-01', 'Nhắc thủ trưởng trước hạn trả lời kiến nghị của Ban TTND (ngày làm việc)');
