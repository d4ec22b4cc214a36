-- Every delta applied to a totals row counts here (never decreases), so the sum over a unit's slots tells whether
-- anything under it changed since a maximum was read: the MAX indicators are read from the reports of the whole
-- subtree (a return may remove the maximum, no delta keeps it) only when this changed (reporting/Rollup, issue 14).
alter table report_rollup add column changes bigint not null default 0;
