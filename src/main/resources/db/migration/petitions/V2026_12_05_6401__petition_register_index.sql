-- The case register pages through the caller's cases newest first (issue 14, national scale: 10,681 cases in a Sở's
-- scope). With the id in the index the register's page of ids and its count are index-only scans per unit in scope;
-- the old (unit_id, received_on) index is a prefix of this one (the register number's lookup uses it the same way).
create index petition_unit_received_id on petition (unit_id, received_on, id);
drop index petition_unit_received;
