-- Notices to a person (an account): what reached them, when, whether they read it. A notice to a unit is one row
-- per person holding a grant on it. unit_id says which unit it concerned (null for a purely personal notice).
create table notice (
    id         bigserial primary key,
    account_id bigint       not null,
    unit_id    bigint,
    kind       varchar(30)  not null,
    title      varchar(300) not null,
    body       text         not null,
    link       varchar(300),
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index notice_account on notice (account_id, created_at desc, id desc);
create index notice_unread on notice (account_id) where read_at is null;

-- Per-person e-mail preferences; no row = an e-mail for each notice, no digest.
create table notice_preference (
    account_id bigint primary key,
    email_each boolean     not null default true,
    digest     boolean     not null default false,
    updated_at timestamptz not null default now()
);
