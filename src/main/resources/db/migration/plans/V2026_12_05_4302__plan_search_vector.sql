-- Issue 14: the plan search ranked every match by re-parsing the whole plan (title and content, ~140 tasks at national
-- scale) with to_tsvector on each search: 1.7 s for 705 plans. The vector is now stored (kept by PostgreSQL on every
-- write of the title or content) and indexed; the search also restricts to the caller's visible plans in SQL.
alter table plan add column search_tsv tsvector
    generated always as (to_tsvector('simple', gd_fold(title || ' ' || content::text))) stored;
create index plan_search_tsv on plan using gin (search_tsv);
drop index plan_fulltext;
