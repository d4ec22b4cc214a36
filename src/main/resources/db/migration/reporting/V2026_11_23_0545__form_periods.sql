-- Which periods a form is reported for: '' = the year, 'Q1'…'Q4', 'S1', 'S2', 'M9'.
create table report_form_period (
    form_id bigint      not null references report_form (id),
    suffix  varchar(4)  not null,
    primary key (form_id, suffix)
);
