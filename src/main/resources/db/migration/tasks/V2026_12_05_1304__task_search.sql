-- Tasks searched by their title, diacritics ignored (trigram index serves both LIKE and similarity).
create index task_title_trgm on task using gin (gd_fold(title) gin_trgm_ops);
