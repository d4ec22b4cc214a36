-- Issue 14 (session 18): the report search parsed every section's text twice per search (to_tsvector of gd_fold of the
-- body, for the match and for the rank: ~480 µs of PostgreSQL CPU for the demo's 16 sections). The vector is now stored,
-- kept by PostgreSQL on every write of the body, and indexed (as plan.search_tsv, migration 4302).
alter table report_text add column search_tsv tsvector
    generated always as (to_tsvector('simple', gd_fold(body))) stored;
create index report_text_search_tsv on report_text using gin (search_tsv);
drop index report_text_fulltext;
