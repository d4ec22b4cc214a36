-- Organisation units and their effective-dated parent links.
create extension if not exists pg_trgm;

create table org_unit (
    id          bigserial primary key,
    code        varchar(50)  not null unique,
    name        varchar(300) not null,
    short_name  varchar(50),
    kind        varchar(40)  not null,
    school_level varchar(20),
    place       varchar(100),
    address     varchar(300),
    phone       varchar(50),
    email       varchar(200),
    valid_from  date         not null default date '1900-01-01',
    valid_to    date,
    search_text text         not null,
    version     bigint       not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_search_trgm on org_unit using gin (search_text gin_trgm_ops);

-- valid_to is the last day of the link (inclusive); null = open.
create table org_unit_link (
    id         bigserial primary key,
    unit_id    bigint not null references org_unit (id),
    parent_id  bigint not null references org_unit (id),
    valid_from date   not null,
    valid_to   date,
    check (unit_id <> parent_id),
    check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_link_parent on org_unit_link (parent_id, valid_from);
create index org_unit_link_unit on org_unit_link (unit_id, valid_from);

-- The subtree of a unit (itself included) as the tree was on a given day; other modules scope queries with it.
create function org_subtree(root bigint, as_of date) returns table (unit_id bigint)
    language sql stable as
$$
with recursive t(id) as (
    select root
    union all
    select l.unit_id
    from org_unit_link l
             join t on l.parent_id = t.id
    where l.valid_from <= as_of and (l.valid_to is null or l.valid_to >= as_of)
)
select id from t
$$;
