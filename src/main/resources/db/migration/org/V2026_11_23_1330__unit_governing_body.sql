-- Cơ quan chủ quản as printed above the issuer's name (NĐ 30/2020, Phụ lục I): the Sở's is the provincial People's
-- Committee, not its parent in the reporting tree (the Ministry). Null: the parent unit's name is printed.
alter table org_unit add column governing_body varchar(300);
