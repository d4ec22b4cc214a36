-- A form belongs to the unit that owns it: only that unit's administrators (or a system administrator) change it.
-- Forms created before ownership have no owner: only a system administrator changes them.
alter table report_form add column owner_unit_id bigint references org_unit (id);

-- Removing an indicator or section keeps its row (submitted reports keep their figures and texts) and records the
-- form version that removed it; adding the same code again restores it.
alter table report_indicator add column removed_in int;
alter table report_section add column removed_in int;

-- Count indicators (dialogues, petitions...) take whole numbers only; averages may carry decimals.
alter table report_indicator add column fractional boolean not null default false;
update report_indicator set fractional = true where aggregation = 'AVERAGE';

-- Every change of a form, by version, so a change can be seen and undone.
create table report_form_change (
    id       bigserial primary key,
    form_id  bigint       not null references report_form (id),
    version  int          not null,
    action   varchar(20)  not null,
    detail   varchar(400) not null,
    username varchar(60),
    at       timestamptz  not null default now()
);
create index report_form_change_form on report_form_change (form_id, version);
