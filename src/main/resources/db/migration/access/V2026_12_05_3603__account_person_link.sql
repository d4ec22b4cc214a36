-- The stable link between a login and the person (org_person) it belongs to, set by the unit's administrator:
-- one login per person. A person's own records (their staff evaluation) follow this link, not a typed username.
create unique index access_account_person on access_account (person_id) where person_id is not null;
