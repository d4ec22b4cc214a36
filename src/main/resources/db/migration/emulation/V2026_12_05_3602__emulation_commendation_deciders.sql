-- ⚙ Who may decide which commendation form, by effective date (was an enum): one row per form and kind of body.
-- The rows in force on the decision's day are those of the latest effective date on or before it; a change in the
-- law is a new set of rows with a later date, never an edit. Seeded from Luật Thi đua, khen thưởng 06/2022/QH15
-- (Điều 78–80: thẩm quyền quyết định khen thưởng) and NĐ 98/2023/NĐ-CP as read, with the education sector's practice.
create table emu_commendation_decider (
    effective_from date         not null,
    form           varchar(40)  not null,
    unit_kind      varchar(40)  not null,
    source         varchar(300) not null,
    primary key (effective_from, form, unit_kind)
);
insert into emu_commendation_decider (effective_from, form, unit_kind, source)
select '2024-01-01', f.form, k.kind, 'Luật TĐKT 06/2022/QH15 Đ.78–80; NĐ 98/2023/NĐ-CP'
from (values ('GIAY_KHEN', 'TRUONG,PHONG_GDDT,UBND_HUYEN,UBND_XA,SO_GDDT'),
             ('LAO_DONG_TIEN_TIEN', 'TRUONG,PHONG_GDDT,UBND_HUYEN,SO_GDDT'),
             ('TAP_THE_LAO_DONG_TIEN_TIEN', 'PHONG_GDDT,UBND_HUYEN,SO_GDDT'),
             ('CHIEN_SI_THI_DUA_CO_SO', 'UBND_HUYEN,SO_GDDT'),
             ('TAP_THE_LAO_DONG_XUAT_SAC', 'UBND_TINH'),
             ('BANG_KHEN', 'UBND_TINH,BO')) as f(form, kinds)
cross join lateral unnest(string_to_array(f.kinds, ',')) as k(kind);
