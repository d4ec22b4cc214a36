-- ⚙ Staff evaluation figures keyed by effective date (I1, I2): how the 100 points split between the professional
-- criteria and the dân vận criteria, and the share of those rated Tốt that may be rated Xuất sắc in a unit and peer
-- group. The row in force on the period's last day applies; a new rule is a new row, never an edit.
create table emu_eval_setting (
    effective_from   date          primary key,
    professional_max numeric(6, 2) not null check (professional_max >= 0),
    dan_van_max      numeric(6, 2) not null check (dan_van_max >= 0),
    excellent_share  numeric(5, 4) not null check (excellent_share between 0 and 1),
    source           varchar(300)  not null,
    check (professional_max + dan_van_max = 100)
);
insert into emu_eval_setting values ('2025-01-01', 80, 20, 0.20,
    'NĐ 335/2025/NĐ-CP (Xuất sắc ≤ 20 % số Tốt); tiêu chí dân vận 20 điểm theo quy chế đánh giá của đơn vị');
