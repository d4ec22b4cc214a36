-- rules.md C7 (Luật Tố cáo 2018, Điều 47–52): protection of the denouncer and close relatives, requested and decided
-- on the case. Who is protected is identity data: encrypted like the denouncer's (person_enc, key outside the DB).
create table petition_protection (
    id            bigserial primary key,
    petition_id   bigint  not null references petition(id),
    requested_on  date    not null,
    person_enc    bytea   not null,
    relation      text    not null,
    measures      text    not null,
    grounds       text    not null,
    decision      text,
    decided_on    date,
    decision_no   text,
    decision_note text,
    created_by    text,
    created_at    timestamptz not null default now()
);
create index petition_protection_petition on petition_protection(petition_id);
