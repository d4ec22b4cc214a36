-- Sealing replaces the global chain lock: writers append rows without chain fields (no lock, in their own
-- transaction); a sealer (one at a time across all nodes) gives committed rows the next sequence numbers and
-- their chain hashes in one statement. Chain order = seal order (seq), not id order.
drop trigger audit_log_no_update on audit_log;

alter table audit_log
    add column seq bigint,
    alter column prev_hash drop not null,
    alter column hash drop not null;

-- Rows written so far were chained in id order: that order becomes their sequence.
update audit_log a set seq = r.n
from (select id, row_number() over (order by id) as n from audit_log) r
where r.id = a.id;

alter table audit_log add constraint audit_log_sealed_whole
    check ((seq is null and prev_hash is null and hash is null)
        or (seq is not null and prev_hash is not null and hash is not null));
create unique index audit_log_seq on audit_log (seq);
create index audit_log_unsealed on audit_log (id) where seq is null;

-- Append-only: an insert carries no seal, an update may only seal an unsealed row (null -> value, content
-- unchanged), nothing may be deleted or truncated.
create function audit_log_guard() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        if new.seq is not null or new.prev_hash is not null or new.hash is not null then
            raise exception 'audit_log is append-only: rows are sealed by the sealer only';
        end if;
        return new;
    end if;
    if tg_op = 'UPDATE' and old.seq is null and old.prev_hash is null and old.hash is null
       and new.seq is not null and new.prev_hash is not null and new.hash is not null
       and (new.id, new.at, new.username, new.client_ip, new.action, new.object_type, new.object_id,
            new.before, new.after)
           is not distinct from
           (old.id, old.at, old.username, old.client_ip, old.action, old.object_type, old.object_id,
            old.before, old.after) then
        return new;
    end if;
    raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_no_update before insert or update on audit_log
    for each row execute function audit_log_guard();
create trigger audit_log_no_delete before delete or truncate on audit_log
    for each statement execute function audit_log_append_only();

-- One step of the chain as an aggregate, so a window "over (order by …)" hashes a whole batch in one pass:
-- the state is the previous row's hash, starting from the last sealed hash.
create function audit_chain_step(state char(64), start char(64), at timestamptz, username varchar,
                                 client_ip varchar, action varchar, object_type varchar, object_id varchar,
                                 before jsonb, after jsonb)
    returns char(64) language sql immutable as
$$
select audit_row_hash(coalesce(state, start), at, username, client_ip, action, object_type, object_id, before, after)
$$;
create aggregate audit_chain(char(64), timestamptz, varchar, varchar, varchar, varchar, varchar, jsonb, jsonb) (
    sfunc = audit_chain_step,
    stype = char(64)
);
