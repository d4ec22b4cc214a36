-- Issue 14: notices find their recipients by unit ("who holds a role on this unit"), once per notice; without an
-- index every notice scanned all grants. Partial on nothing: ended grants stay (history) and are filtered by date.
create index access_grant_unit on access_grant (unit_id, role);
