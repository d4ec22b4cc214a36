-- Issue 14 (session 18): the task search folded every title per row, three times (the filter, the trigram match, the
-- rank), and gd_fold is a SQL function PostgreSQL cannot inline (unaccent is only STABLE), so each fold was a nested
-- statement of its own (~2 µs). The folded title is now stored — computed by the same gd_fold, kept by PostgreSQL on
-- every write of the title — and the trigram index is on it (the same index as before, on the stored value).
alter table task add column search_title text generated always as (gd_fold(title)) stored;
create index task_search_title_trgm on task using gin (search_title gin_trgm_ops);
drop index task_title_trgm;
