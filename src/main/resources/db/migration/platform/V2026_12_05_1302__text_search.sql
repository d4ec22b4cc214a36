-- Search without diacritics or case ("dan van kheo" finds "Dân vận khéo"; đ folds to d): an immutable fold that
-- expression indexes (full text and trigram) of every module can use.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create function gd_fold(t text) returns text language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
