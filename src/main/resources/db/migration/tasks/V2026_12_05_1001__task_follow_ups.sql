-- Follow-up tasks that come from a record rather than a plan (a commitment made at a meeting, a board's
-- recommendation): no plan, a link back to where they were decided.
alter table task alter column plan_id drop not null;
alter table task add column source_link varchar(300);
