-- Reporting regimes (chế độ báo cáo, NĐ 09/2019 Đ7): a form, a receiver, the kinds of unit that report,
-- the period types with their data cut-off, and a deadline per level. Replaces the per-form
-- report_form_period / report_level_deadline rows, which become one form-wide regime per form.
create table report_regime (
    id               bigserial primary key,
    name             varchar(300) not null,
    form_id          bigint       not null references report_form (id),
    form_version     int          not null,
    -- null: the form-wide regime, in force for every receiver that has no regime of its own
    receiver_unit_id bigint references org_unit (id),
    valid_from       date,
    valid_to         date,
    source_plan_id   bigint,
    created_by       varchar(60),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index report_regime_form on report_regime (form_id, receiver_unit_id);

-- Who reports: units of these kinds in the receiver's subtree, each to its parent on the period's reference date.
create table report_regime_reporter (
    regime_id bigint      not null references report_regime (id) on delete cascade,
    unit_kind varchar(40) not null,
    primary key (regime_id, unit_kind)
);

-- Frequencies and their cut-off: the window closes on cut_off_day of the period's last month (NĐ 09 Đ12: 14).
create table report_regime_period (
    regime_id   bigint      not null references report_regime (id) on delete cascade,
    period_type varchar(20) not null check (period_type in ('QUARTER_1', 'QUARTERLY', 'SIX_MONTH', 'NINE_MONTH',
                                                             'ANNUAL', 'SCHOOL_YEAR')),
    cut_off_day int         not null default 14 check (cut_off_day between 1 and 28),
    primary key (regime_id, period_type)
);

-- Deadline of a level: N working days after the cut-off for every period, or a fixed date for one period
-- (e.g. the date a plan sets for its 6-month report). cut_off_end overrides the window's end for that period
-- when the requesting plan set an earlier one.
create table report_regime_deadline (
    id                 bigserial primary key,
    regime_id          bigint      not null references report_regime (id) on delete cascade,
    unit_kind          varchar(40) not null,
    period             varchar(20) not null default '',
    working_days_after int check (working_days_after >= 1),
    due_date           date,
    cut_off_end        date,
    lock_working_days  int         not null default 10 check (lock_working_days >= 0),
    check ((working_days_after is null) <> (due_date is null)),
    check ((period = '') = (due_date is null)),
    unique (regime_id, unit_kind, period)
);

-- Plans whose reporting regime this is (the source plan and every later plan that reused it).
create table report_regime_plan (
    regime_id bigint not null references report_regime (id) on delete cascade,
    plan_id   bigint not null,
    primary key (regime_id, plan_id)
);

-- One form-wide regime per existing form. It keeps today's behaviour exactly: every direct child counts
-- (all unit kinds report), the same periods and the same per-level working days.
insert into report_regime (name, form_id, form_version, created_by)
select f.name, f.id, f.version, 'migration' from report_form f;

insert into report_regime_reporter (regime_id, unit_kind)
select r.id, k.kind from report_regime r
cross join (values ('BO'), ('UBND_TINH'), ('SO_GDDT'), ('UBND_HUYEN'), ('UBND_XA'), ('PHONG_GDDT'), ('PHONG_VHXH'),
                   ('TRUONG'), ('DANG_UY'), ('CHI_BO'), ('BAN_DAN_VAN'), ('BAN_TUYEN_GIAO_DAN_VAN'), ('CONG_DOAN'),
                   ('MAT_TRAN'), ('BAN_THANH_TRA_NHAN_DAN'), ('KHAC')) as k(kind);

insert into report_regime_period (regime_id, period_type)
select distinct r.id, case p.suffix when '' then 'ANNUAL' when 'Q1' then 'QUARTER_1' when 'M9' then 'NINE_MONTH'
                                    when 'S1' then 'SIX_MONTH' when 'S2' then 'SIX_MONTH' else 'QUARTERLY' end
from report_regime r join report_form_period p on p.form_id = r.form_id;

insert into report_regime_deadline (regime_id, unit_kind, working_days_after, lock_working_days)
select r.id, d.unit_kind, d.working_days_after, d.lock_working_days
from report_regime r join report_level_deadline d on d.form_id = r.form_id;

drop table report_form_period;
drop table report_level_deadline;
