-- The texts of reports searched in full text, diacritics ignored.
create index report_text_fulltext on report_text using gin (to_tsvector('simple', gd_fold(body)));
