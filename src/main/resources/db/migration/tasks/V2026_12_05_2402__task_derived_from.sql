-- Defect 6: a task a unit took into its own plan from the upper plan ("triển khai") keeps a link to the task it
-- was copied from, so the unit's work list shows the pair once — matched by this link, not by title.
alter table task add column derived_from_task_id bigint references task (id) on delete set null;
create index task_derived_from on task (derived_from_task_id) where derived_from_task_id is not null;
