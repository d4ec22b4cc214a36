-- Accounts, role grants on units, API tokens, login throttling and the tamper-evident audit log.
create table access_account (
    id                   bigserial primary key,
    username             varchar(60)  not null unique,
    password_hash        varchar(200) not null,
    display_name         varchar(200) not null,
    unit_id              bigint references org_unit (id),
    person_id            bigint,
    email                varchar(200),
    enabled              boolean      not null default true,
    system_admin         boolean      not null default false,
    must_change_password boolean      not null default false,
    password_changed_at  timestamptz  not null default now(),
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0
);

-- A role on a unit; subtree = the role also holds on every unit under it.
create table access_grant (
    id         bigserial primary key,
    account_id bigint      not null references access_account (id) on delete cascade,
    unit_id    bigint      not null references org_unit (id),
    role       varchar(30) not null,
    subtree    boolean     not null default true,
    valid_from date        not null default date '1900-01-01',
    valid_to   date,
    unique (account_id, unit_id, role)
);
create index access_grant_account on access_grant (account_id);

-- Bearer tokens are stored only as SHA-256 hex of the token.
create table access_token (
    token_hash char(64) primary key,
    account_id bigint      not null references access_account (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked    boolean     not null default false
);
create index access_token_expiry on access_token (expires_at);

-- Failed logins per key ("user:x", "ip:y"); shared by all app nodes.
create table access_login_failure (
    id        bigserial primary key,
    key       varchar(200) not null,
    failed_at timestamptz  not null default now()
);
create index access_login_failure_key on access_login_failure (key, failed_at);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    username    varchar(60),
    client_ip   varchar(64),
    action      varchar(20)  not null,
    object_type varchar(100) not null,
    object_id   varchar(100),
    before      jsonb,
    after       jsonb,
    prev_hash   char(64)     not null,
    hash        char(64)     not null
);
create index audit_log_object on audit_log (object_type, object_id);
create index audit_log_user on audit_log (username, at);
create index audit_log_at on audit_log (at);

-- The log is append-only: no update, no delete, whoever asks.
create function audit_log_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_no_update before update or delete or truncate on audit_log
    for each statement execute function audit_log_append_only();

-- The chain: each row's hash covers the previous row's hash and this row's content, so altering or
-- removing any row breaks every hash after it.
create function audit_row_hash(prev char(64), at timestamptz, username varchar, client_ip varchar, action varchar,
                               object_type varchar, object_id varchar, before jsonb, after jsonb)
    returns char(64) language sql immutable as
$$
select encode(sha256(convert_to(concat_ws('|', prev, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(username, ''), coalesce(client_ip, ''), action, object_type, coalesce(object_id, ''),
    coalesce(before::text, ''), coalesce(after::text, '')), 'UTF8')), 'hex')
$$;
