-- Relations outside the tree (e.g. a Ban Dân vận coordinating with an education office), effective-dated.
create table org_unit_relation (
    id         bigserial primary key,
    unit_id    bigint      not null references org_unit (id),
    other_id   bigint      not null references org_unit (id),
    kind       varchar(30) not null,
    valid_from date        not null,
    valid_to   date,
    check (unit_id <> other_id)
);
create index org_unit_relation_unit on org_unit_relation (unit_id);
create index org_unit_relation_other on org_unit_relation (other_id);

-- People and their position (chức vụ) in a unit.
create table org_person (
    id         bigserial primary key,
    unit_id    bigint       not null references org_unit (id),
    full_name  varchar(200) not null,
    position   varchar(200) not null,
    email      varchar(200),
    phone      varchar(50),
    valid_from date         not null,
    valid_to   date,
    search_text text        not null,
    version    bigint       not null default 0
);
create index org_person_unit on org_person (unit_id);
