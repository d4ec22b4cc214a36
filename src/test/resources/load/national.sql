-- National-scale data for the load test (test/bench data loader only: set-based SQL straight into the modules'
-- migration-owned tables, which the application itself never does). Run by `.ci/operations.sh national` on a
-- database the app has migrated and filled with its demo data, while the app is stopped:
--   psql -v ON_ERROR_STOP=1 -v units=60000 -v cases=100000 -v tasks=100000 -f national.sql
-- Adds, around the demo tree (so the demo accounts see a national-sized scope): 33 more Sở, 700 Phòng (20 under
-- Sở Bình Dương), schools up to :units units in all (300 under Phòng Phú Giáo, 6,000 under Bình Dương's Phòng);
-- a year of DVCQ reports (2025-S2, 2025, 2026-S1) from 95 % of the schools with their roll-ups; :cases citizen
-- cases over the schools (every demo school gets some); one issued plan per Phòng with :tasks tasks in all, each
-- led by one of its schools, with its occurrence.
\set ON_ERROR_STOP on
\timing on
begin;

create temp table nat_ref as select
  (select id from org_unit where code = 'BGDDT') as bo,
  (select id from org_unit where code = 'SGDDT-BD') as so_bd,
  (select id from org_unit where code = 'PGDDT-PG') as phong_pg,
  (select count(*) from org_unit) as existing;

insert into org_unit(code, name, kind, valid_from, search_text)
select 'NS-' || g, 'Sở Giáo dục và Đào tạo tỉnh số ' || g, 'SO_GDDT', date '2000-01-01', 'so giao duc va dao tao tinh so ' || g
from generate_series(1, 33) g;
insert into org_unit(code, name, kind, valid_from, search_text)
select 'NP-' || g, 'Phòng Giáo dục và Đào tạo số ' || g, 'PHONG_GDDT', date '2000-01-01', 'phong giao duc va dao tao so ' || g
from generate_series(1, 700) g;
insert into org_unit(code, name, kind, school_level, valid_from, search_text)
select 'NT-' || g, 'Trường học số ' || g, 'TRUONG', (array['MAM_NON', 'TIEU_HOC', 'THCS'])[1 + g % 3], date '2000-01-01',
       'truong hoc so ' || g
from generate_series(1, :units - (select existing from nat_ref) - 733) g;

insert into org_unit_link(unit_id, parent_id, valid_from)
select u.id, case
    when u.code like 'NS-%' then r.bo
    when u.code like 'NP-%' and n <= 20 then r.so_bd
    when u.code like 'NP-%' then (select id from org_unit where code = 'NS-' || (1 + n % 33))
    when n <= 300 then r.phong_pg
    when n <= 6300 then (select id from org_unit where code = 'NP-' || (1 + n % 20))
    else (select id from org_unit where code = 'NP-' || (21 + n % 680)) end, date '2000-01-01'
from org_unit u cross join nat_ref r cross join lateral (select substring(u.code from 4)::int as n) s
where u.code like 'NS-%' or u.code like 'NP-%' or u.code like 'NT-%';
analyze org_unit;
analyze org_unit_link;

-- every strict ancestor of every school (new and demo), for the roll-ups
create temp table nat_ancestor as
with recursive a(school, ancestor) as (
  select l.unit_id, l.parent_id from org_unit_link l join org_unit u on u.id = l.unit_id
  where u.kind = 'TRUONG' and l.valid_to is null
  union all
  select a.school, l.parent_id from a join org_unit_link l on l.unit_id = a.ancestor and l.valid_to is null)
select * from a;
create index on nat_ancestor(school);
analyze nat_ancestor;

-- a year of reports: 95 % of the new schools report DVCQ for each period, submitted on time
create temp table nat_period(period varchar(20), due date);
insert into nat_period values ('2025-S2', date '2026-01-10'), ('2025', date '2026-01-10'), ('2026-S1', date '2026-07-10');
insert into report_submission(unit_id, form_id, period, status, due_date, lock_date, submitted_at, on_time, revision, created_by)
select u.id, f.id, p.period, 'SUBMITTED', p.due, p.due + 30, p.due - 2, true, 1, 'load-test'
from org_unit u cross join (select id from report_form where code = 'DVCQ') f cross join nat_period p
where u.code like 'NT-%' and u.id % 20 <> 0;
insert into report_value(submission_id, code, value)
select s.id, i.code, case i.aggregation when 'YES_COUNT' then s.id % 2 when 'AVERAGE' then 70 + s.id % 30
                                         else (s.id + i.position) % 9 end
from report_submission s join report_indicator i on i.form_id = s.form_id
where s.created_by = 'load-test';
analyze report_submission;
analyze report_value;
insert into report_rollup(unit_id, form_id, period, code, slot, total, reports, yes_count)
select a.ancestor, s.form_id, s.period, v.code, 0, sum(v.value), count(*), count(*) filter (where v.value > 0)
from report_submission s join nat_ancestor a on a.school = s.unit_id join report_value v on v.submission_id = s.id
where s.created_by = 'load-test'
group by a.ancestor, s.form_id, s.period, v.code
on conflict (unit_id, form_id, period, code, slot) do update set total = report_rollup.total + excluded.total,
  reports = report_rollup.reports + excluded.reports, yes_count = report_rollup.yes_count + excluded.yes_count;

-- citizen cases over every school, demo schools included (1 in 50 goes to a demo school)
create temp table nat_school as
select row_number() over (order by id) as n, id from org_unit where kind = 'TRUONG';
create index on nat_school(n);
insert into petition(code, register_no, unit_id, kind, kinds, status, channel, received_on, content, content_fold,
                     intake_due, accepted_on, resolution_due, resolved_on)
select 'LT-' || g, g, s.id, k, k, case when g % 3 = 0 then 'RESOLVED' else 'ACCEPTED' end, 'BUU_CHINH',
       current_date - 365 + (g % 360), 'Đơn của công dân số ' || g || ' về việc dạy thêm, học thêm',
       'don cua cong dan so ' || g || ' ve viec day them, hoc them',
       current_date - 355 + (g % 360), current_date - 360 + (g % 360), current_date - 330 + (g % 360),
       case when g % 3 = 0 then current_date - 340 + (g % 360) end
from generate_series(1, :cases) g
cross join lateral (select (array['KHIEU_NAI', 'TO_CAO', 'KIEN_NGHI', 'PHAN_ANH'])[1 + g % 4] as k) kk
join nat_school s on s.n = 1 + (g * 7919) % (select count(*) from nat_school);
analyze petition;

-- one issued plan per new Phòng (a copy of the first demo plan's content), tasks led by its schools
insert into plan(kind, status, title, title_fold, period_kind, period_value, period_start, period_end, place, content,
                 number, symbol, number_symbol, issue_date, created_by, issued_by)
select 'KE_HOACH', 'ISSUED', 'Kế hoạch công tác dân vận năm học của ' || u.name,
       'ke hoach cong tac dan van nam hoc cua ' || u.search_text, p.period_kind, p.period_value, p.period_start,
       p.period_end, p.place, p.content, 1, 'KH-' || u.code, '1/KH-' || u.code, p.period_start, 'load-test', 'load-test'
from org_unit u cross join (select * from plan where status = 'ISSUED' order by id limit 1) p
where u.code like 'NP-%' or u.code = 'PGDDT-PG';
insert into plan_issuer(plan_id, position, unit_id)
select p.id, 0, u.id from plan p join org_unit u on p.symbol = 'KH-' || u.code where p.created_by = 'load-test';
create temp table nat_task_school as
select s.id as school, l.parent_id as phong, row_number() over (order by s.id) as n
from nat_school s join org_unit_link l on l.unit_id = s.id and l.valid_to is null
join org_unit p on p.id = l.parent_id and p.kind = 'PHONG_GDDT'
where exists (select 1 from plan_issuer i join plan pl on pl.id = i.plan_id and pl.created_by = 'load-test'
              where i.unit_id = l.parent_id);
create index on nat_task_school(n);
create temp table nat_task(id bigint, lead_unit_id bigint, due date, status varchar(16));
with ins as (
  insert into task(plan_id, issuer_unit_id, plan_label, period_start, period_end, position, title, lead_unit_id, due,
                   recurrence, active, status, progress)
  select pl.id, t.phong, pl.number_symbol || ' ' || pl.title, pl.period_start, pl.period_end, g,
         'Tổ chức đối thoại với cha mẹ học sinh, đợt ' || g, t.school, pl.period_start + (g % 300), 'ONCE', true,
         case when g % 4 = 0 then 'DONE' when g % 4 = 1 then 'IN_PROGRESS' else 'NOT_STARTED' end, (g % 4) * 25
  from generate_series(1, :tasks) g
  join nat_task_school t on t.n = 1 + g % (select count(*) from nat_task_school)
  join plan_issuer i on i.unit_id = t.phong
  join plan pl on pl.id = i.plan_id and pl.created_by = 'load-test'
  returning id, lead_unit_id, due, status)
insert into nat_task select * from ins;
insert into task_unit(task_id, unit_id, role) select id, lead_unit_id, 'LEAD' from nat_task;
insert into task_occurrence(task_id, nominal, due, done_at, done_by)
select id, due, due, case when status = 'DONE' then due::timestamptz end, case when status = 'DONE' then 'load-test' end
from nat_task;
analyze plan;
analyze task;
analyze task_unit;
analyze task_occurrence;

select (select count(*) from org_unit) as units, (select count(*) from report_submission) as reports,
       (select count(*) from petition) as cases, (select count(*) from task) as tasks;
commit;
