-- Where a draft's figures came from: the value computed from the records with its source text, and, when a person
-- changed it, who did, when and why. The computed value is kept so the override stays visible.
create table report_value_source (
    submission_id   bigint         not null references report_submission (id) on delete cascade,
    code            varchar(60)    not null,
    computed        numeric(18, 2) not null,
    source          varchar(1000)  not null,
    override_reason varchar(2000),
    overridden_by   varchar(60),
    overridden_at   timestamptz,
    primary key (submission_id, code)
);
