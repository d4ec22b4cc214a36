-- Register of outgoing documents (sổ đăng ký văn bản đi): one row per issuer, document type and numbering
-- period. State bodies: the period is the calendar year (numbers reset on 1 January, rules F2). Party bodies:
-- the period is the Party committee's term (rules F3), keyed by the term's first day.
create table plan_document_register (
    issuer_unit_id bigint      not null,
    doc_type       varchar(16) not null,
    period_key     varchar(16) not null,
    last_number    integer     not null,
    primary key (issuer_unit_id, doc_type, period_key)
);

-- Party committee terms (nhiệm kỳ cấp ủy), configurable per Party unit.
create table plan_party_term (
    unit_id   bigint not null,
    starts_on date   not null,
    ends_on   date,
    primary key (unit_id, starts_on),
    check (ends_on is null or ends_on > starts_on)
);
