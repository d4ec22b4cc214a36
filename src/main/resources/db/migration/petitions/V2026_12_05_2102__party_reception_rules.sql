-- rules.md D6 (Party line): the head of a Party committee receives citizens on a schedule, and a kiến nghị / phản ánh
-- sent to a Party body gets a written notice of acceptance or forwarding within 10 working days.
insert into petition_rule(code, effective_from, value, day_type, legal_basis) values
 ('RECEPTION_MIN_DANG_UY', '2019-02-18', 1, null, 'Quy định 11-QĐi/TW ngày 18/02/2019 (01 ngày/tháng)'),
 ('RECEPTION_MIN_DANG_UY', '2025-07-01', 2, null, 'Quy định 11-QĐi/TW; Kết luận 215-KL/TW (đảng ủy cấp xã 02 ngày/tháng)'),
 ('PARTY_INTAKE', '2019-02-18', 10, 'WORKING', 'Quy định 11-QĐi/TW, Điều 8 (thông báo thụ lý hoặc chuyển đơn)');
