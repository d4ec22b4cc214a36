-- Issue 14 (session 18): the plan search folded the title per row for its trigram match and its rank (gd_fold cannot be
-- inlined: a nested statement per call). The folded title is stored beside the stored vector (migration 4302),
-- computed by the same gd_fold, and the trigram index is on it. (title_fold is another thing: the plan list's filter,
-- folded by the application.)
alter table plan add column search_title text generated always as (gd_fold(title)) stored;
create index plan_search_title_trgm on plan using gin (search_title gin_trgm_ops);
drop index plan_title_trgm;
