-- Issue 14, national scale (session 13): a plan's progress is its tasks' average, read for every row of the plan list,
-- for the plan page's roll-up and for GET /api/v1/plans. Averaging the tasks each time read every task of every plan
-- listed (the Sở's list: 12,629 tasks for 25 plans, ~35 ms, growing with the tasks). Kept instead per plan: the number
-- of tasks and the sum of their progress, by statement-level triggers on task, so every writer (creation, progress
-- updates, done, cancelling a plan, deletions, bulk loads) keeps it. A statement that changes neither a task's plan nor
-- its progress (status, open_due, …) nets to zero and writes nothing. Rows are written in plan order, so two statements
-- never wait for each other's rows in opposite orders. Follow-up tasks (no plan) have no row.
create table task_plan_progress (
    plan_id      bigint primary key,
    tasks        int    not null,
    progress_sum bigint not null
);
insert into task_plan_progress(plan_id, tasks, progress_sum)
select plan_id, count(*), sum(progress) from task where plan_id is not null group by plan_id;

create function task_plan_progress_apply(delta_plan bigint[], delta_tasks int[], delta_sum bigint[]) returns void
    language sql as $$
insert into task_plan_progress as t (plan_id, tasks, progress_sum)
select d.plan_id, sum(d.n), sum(d.s) from unnest(delta_plan, delta_tasks, delta_sum) d(plan_id, n, s)
group by d.plan_id having sum(d.n) <> 0 or sum(d.s) <> 0
order by d.plan_id
on conflict (plan_id) do update set tasks = t.tasks + excluded.tasks, progress_sum = t.progress_sum + excluded.progress_sum
$$;

create function task_plan_progress_refresh() returns trigger language plpgsql as $$
declare
    p bigint[];
    n int[];
    s bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(plan_id), array_agg(c), array_agg(v) into p, n, s
        from (select plan_id, count(*)::int c, sum(progress)::bigint v from task_new where plan_id is not null group by plan_id) x;
    elsif tg_op = 'DELETE' then
        select array_agg(plan_id), array_agg(-c), array_agg(-v) into p, n, s
        from (select plan_id, count(*)::int c, sum(progress)::bigint v from task_old where plan_id is not null group by plan_id) x;
    else
        select array_agg(plan_id), array_agg(c), array_agg(v) into p, n, s
        from (select plan_id, count(*)::int c, sum(progress)::bigint v from task_new where plan_id is not null group by plan_id
              union all
              select plan_id, -count(*)::int, -sum(progress)::bigint from task_old where plan_id is not null group by plan_id) x;
    end if;
    if p is not null then
        perform task_plan_progress_apply(p, n, s);
    end if;
    return null;
end $$;

create trigger task_plan_progress_inserted after insert on task
    referencing new table as task_new for each statement execute function task_plan_progress_refresh();
create trigger task_plan_progress_updated after update on task
    referencing old table as task_old new table as task_new for each statement execute function task_plan_progress_refresh();
create trigger task_plan_progress_deleted after delete on task
    referencing old table as task_old for each statement execute function task_plan_progress_refresh();
