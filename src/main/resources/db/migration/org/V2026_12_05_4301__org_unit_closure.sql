-- Issue 14 (national scale): the unit tree's closure, so that "the units under X on day d" and "the units above Y on
-- day d" are index reads instead of a recursive walk over org_unit_link (6,333 probes for a Sở at 60,000 units, and
-- a planner estimate of millions that made PostgreSQL JIT-compile every scoped query for ~1 s).
-- One row per (unit, ancestor, path): the days [valid_from, valid_to] on which every link of that path held (the
-- intersection of the links' validity); valid_to null = open. A unit moved between parents has one row per parent
-- chain, each for its own days. Kept by the triggers below for every writer of org_unit_link (the org module's
-- UnitAdmin and UnitTransfer, and the national load data inserted in bulk): the moved unit and everything under it
-- are recomputed from the links.
create table org_unit_closure (
    unit_id     bigint not null,
    ancestor_id bigint not null,
    depth       int    not null,
    valid_from  date   not null,
    valid_to    date
);
create index org_unit_closure_ancestor on org_unit_closure (ancestor_id, valid_from) include (unit_id, valid_to);
create index org_unit_closure_unit on org_unit_closure (unit_id, valid_from) include (ancestor_id, valid_to, depth);

-- Every upward path of the given units, with the days it held.
create function org_closure_paths(units bigint[])
    returns table (unit_id bigint, ancestor_id bigint, depth int, valid_from date, valid_to date)
    language sql stable as
$$
with recursive c(unit_id, ancestor_id, depth, f, t) as (
    select l.unit_id, l.parent_id, 1, l.valid_from, l.valid_to from org_unit_link l where l.unit_id = any (units)
    union all
    select c.unit_id, l.parent_id, c.depth + 1, greatest(c.f, l.valid_from), least(c.t, l.valid_to)
    from c join org_unit_link l on l.unit_id = c.ancestor_id
    where l.valid_from <= coalesce(c.t, 'infinity'::date) and (l.valid_to is null or l.valid_to >= c.f) and c.depth < 64
)
select unit_id, ancestor_id, depth, f, t from c
$$;

-- Recomputes the closure of the moved units and of everything under them (as the closure said before the change).
create function org_closure_rebuild(moved bigint[]) returns void language plpgsql as
$$
begin
    moved := moved || array(select distinct c.unit_id from org_unit_closure c where c.ancestor_id = any (moved));
    delete from org_unit_closure c where c.unit_id = any (moved);
    insert into org_unit_closure select * from org_closure_paths(moved);
end
$$;

-- Once per statement (a bulk insert of 60,000 links rebuilds once), from the statement's transition tables.
create function org_closure_refresh() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform org_closure_rebuild(array(select distinct unit_id from org_link_new));
    elsif tg_op = 'UPDATE' then
        perform org_closure_rebuild(array(select unit_id from org_link_new union select unit_id from org_link_old));
    else
        perform org_closure_rebuild(array(select distinct unit_id from org_link_old));
    end if;
    return null;
end
$$;

create trigger org_unit_link_closure_insert after insert on org_unit_link
    referencing new table as org_link_new for each statement execute function org_closure_refresh();
create trigger org_unit_link_closure_update after update on org_unit_link
    referencing old table as org_link_old new table as org_link_new for each statement execute function org_closure_refresh();
create trigger org_unit_link_closure_delete after delete on org_unit_link
    referencing old table as org_link_old for each statement execute function org_closure_refresh();

insert into org_unit_closure select * from org_closure_paths(array(select distinct unit_id from org_unit_link));
analyze org_unit_closure;

-- The same answers as before (the unit itself, then everything under it on that day), now an index read.
create or replace function org_subtree(root bigint, as_of date)
    returns table (unit_id bigint)
    language sql stable as
$$
select root
union all
select c.unit_id from org_unit_closure c
where c.ancestor_id = root and c.valid_from <= as_of and (c.valid_to is null or c.valid_to >= as_of)
$$;
