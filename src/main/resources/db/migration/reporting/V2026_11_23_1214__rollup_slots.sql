-- Every submission adds to its grandparent's and higher ancestors' totals (the national root: all of them).
-- Those totals are spread over slots (one per writer connection, summed when read), so concurrent
-- submissions no longer queue for the same rows. Existing totals stay in slot 0.
alter table report_rollup add column slot smallint not null default 0;
alter table report_rollup drop constraint report_rollup_pkey;
alter table report_rollup add primary key (unit_id, form_id, period, code, slot);
