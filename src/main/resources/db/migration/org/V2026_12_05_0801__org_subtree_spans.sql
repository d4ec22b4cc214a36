-- Which units were in a unit's subtree during a window, and for which days: the unit itself over its own validity,
-- each descendant over the days its chain of parent links to the root held. A school moved mid-year appears under
-- each parent for its own part of the year. Other modules count their records with it (reporting's indicators).
create function org_subtree_spans(root bigint, span_from date, span_to date)
    returns table (unit_id bigint, valid_from date, valid_to date)
    language sql stable as
$$
with recursive t(id, f, e, depth) as (
    select u.id, greatest(span_from, u.valid_from), least(span_to, coalesce(u.valid_to, span_to)), 0
    from org_unit u where u.id = root
    union all
    select l.unit_id, greatest(t.f, l.valid_from), least(t.e, coalesce(l.valid_to, t.e)), t.depth + 1
    from org_unit_link l join t on l.parent_id = t.id
    where l.valid_from <= t.e and (l.valid_to is null or l.valid_to >= t.f) and t.depth < 64
)
select id, f, e from t where f <= e
$$;
