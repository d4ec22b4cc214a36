-- Issue 14, item 9: an optional second factor (TOTP, RFC 6238) with single-use recovery codes (kept as SHA-256),
-- and the units that require it of their leaders and administrators (a unit's choice holds for its subtree).
create table access_totp (
    account_id   bigint      primary key references access_account (id) on delete cascade,
    secret       varchar(64) not null,
    enrolled_at  timestamptz not null,
    last_step    bigint      not null default 0
);
create table access_recovery_code (
    id         bigserial   primary key,
    account_id bigint      not null references access_account (id) on delete cascade,
    code_hash  varchar(64) not null,
    used_at    timestamptz
);
create index access_recovery_code_account on access_recovery_code (account_id);
create table access_unit_second_factor (
    unit_id    bigint      primary key references org_unit (id),
    required   boolean     not null,
    changed_at timestamptz not null,
    changed_by varchar(60) not null
);
