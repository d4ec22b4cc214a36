-- Issue 14, item 9: password reset by an e-mailed link. Only the SHA-256 of the link's token is kept; a link holds
-- for a set time and once. Every request is a row (account_id null when no account matched), so the limits per
-- account and per client address hold across nodes.
create table access_password_reset (
    id           bigserial   primary key,
    account_id   bigint      references access_account (id) on delete cascade,
    token_hash   varchar(64) unique,
    client_ip    varchar(64) not null,
    requested_at timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index access_password_reset_account on access_password_reset (account_id, requested_at);
create index access_password_reset_ip on access_password_reset (client_ip, requested_at);
