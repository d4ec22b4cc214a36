-- Plans searched in full text (title and the whole content) and by trigram similarity of the title.
create index plan_fulltext on plan using gin (to_tsvector('simple', gd_fold(title || ' ' || content::text)));
create index plan_title_trgm on plan using gin (gd_fold(title) gin_trgm_ops);
