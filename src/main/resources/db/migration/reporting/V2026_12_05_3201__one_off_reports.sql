-- Issue 12, defect 12: a plan's one-off report ("báo cáo … vào ngày 25/10/2022 qua email", the plan's period OTHER)
-- is a reporting obligation like a regime's: the regime gets the frequency ONE_OFF, whose periods are the dates it
-- fixes (period code 2022-D1025), and each fixed date may carry the channel the plan names (NĐ 09 Đ7: "phương thức
-- gửi, nhận báo cáo").
do $$
declare c text;
begin
    for c in select conname from pg_constraint where conrelid = 'report_regime_period'::regclass and contype = 'c' loop
        execute format('alter table report_regime_period drop constraint %I', c);
    end loop;
end $$;
alter table report_regime_period add constraint report_regime_period_period_type_check
    check (period_type in ('QUARTER_1', 'QUARTERLY', 'SIX_MONTH', 'NINE_MONTH', 'ANNUAL', 'SCHOOL_YEAR', 'ONE_OFF'));
alter table report_regime_period add constraint report_regime_period_cut_off_day_check
    check (cut_off_day between 1 and 28);

alter table report_regime_deadline add column channel varchar(300);
