-- Issue 14, item 5 (session 13): a change counter per account for what a request's caller is made of (the account's
-- name, unit, enabled and system-administrator flags, its grants). Every node reads it with the session
-- (platform's SessionStamp) and keeps the caller it loaded for that counter; any change of the account or of one of
-- its grants, by any node or by plain SQL, moves the counter in the same transaction, so the next request on every
-- node loads the caller again. Values come from one sequence, so no two accounts (nor an account deleted and created
-- again under the same username) ever share one.
create sequence access_caller_version_seq;
alter table access_account add column caller_version bigint not null default nextval('access_caller_version_seq');

create function access_account_caller_changed() returns trigger language plpgsql as $$
begin
    if (new.username, new.display_name, new.unit_id, new.enabled, new.system_admin)
            is distinct from (old.username, old.display_name, old.unit_id, old.enabled, old.system_admin) then
        new.caller_version := nextval('access_caller_version_seq');
    end if;
    return new;
end $$;

create trigger access_account_caller_version before update on access_account
    for each row execute function access_account_caller_changed();

create function access_grant_caller_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        update access_account set caller_version = nextval('access_caller_version_seq') where id = old.account_id;
    end if;
    if tg_op <> 'DELETE' then
        update access_account set caller_version = nextval('access_caller_version_seq') where id = new.account_id;
    end if;
    return null;
end $$;

create trigger access_grant_caller_version after insert or update or delete on access_grant
    for each row execute function access_grant_caller_changed();
