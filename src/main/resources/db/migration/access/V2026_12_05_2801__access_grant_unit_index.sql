-- Grants are looked up by unit (who receives a notice for a unit, who may act on it): without an index every
-- lookup reads the whole table, which grows with the accounts of a province or the country.
create index if not exists access_grant_unit on access_grant (unit_id);
