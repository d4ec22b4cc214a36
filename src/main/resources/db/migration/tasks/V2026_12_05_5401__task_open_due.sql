-- Issue 14, national scale: a task's next open occurrence is stored (task.open_due = the earliest due of its
-- occurrences not done), so the task lists sort on a column instead of one sub-query per task (the Sở's
-- GET /api/v1/tasks sorted 12,629 tasks that way: ~470 ms). Kept right by statement-level triggers on
-- task_occurrence, so every writer — activation, follow-ups, done, rescheduling, bulk loads — keeps it.
alter table task add column open_due date;
update task t set open_due = o.due
from (select task_id, min(due) as due from task_occurrence where done_at is null group by task_id) o
where o.task_id = t.id;

create or replace function task_open_due_refresh() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        update task t set open_due = (select min(o.due) from task_occurrence o where o.task_id = t.id and o.done_at is null)
        where t.id in (select task_id from changed union select task_id from changed_before)
          and t.open_due is distinct from
              (select min(o.due) from task_occurrence o where o.task_id = t.id and o.done_at is null);
    else
        update task t set open_due = (select min(o.due) from task_occurrence o where o.task_id = t.id and o.done_at is null)
        where t.id in (select task_id from changed)
          and t.open_due is distinct from
              (select min(o.due) from task_occurrence o where o.task_id = t.id and o.done_at is null);
    end if;
    return null;
end $$;

create trigger task_occurrence_inserted after insert on task_occurrence
    referencing new table as changed for each statement execute function task_open_due_refresh();
create trigger task_occurrence_updated after update on task_occurrence
    referencing old table as changed_before new table as changed for each statement execute function task_open_due_refresh();
create trigger task_occurrence_deleted after delete on task_occurrence
    referencing old table as changed for each statement execute function task_open_due_refresh();

-- The caller's visible tasks are gathered from the issuers in scope (this index) and the assigned units in scope
-- (task_unit_unit), then sorted on the stored column.
create index task_issuer on task (issuer_unit_id);
