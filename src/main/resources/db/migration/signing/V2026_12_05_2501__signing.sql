-- Units' signing keys: the certificate chain in clear, the private key sealed with a key kept outside the database.
create table signing_unit_key (
    unit_id       bigint primary key,
    key_algorithm text        not null,
    sealed_key    bytea       not null,
    chain         bytea       not null,
    subject       text        not null,
    issuer        text        not null,
    serial        text        not null,
    not_before    timestamptz not null,
    not_after     timestamptz not null,
    sha256        text        not null,
    origin        text        not null check (origin in ('SELF_SIGNED', 'PKCS12')),
    created_by    text,
    created_at    timestamptz not null default now()
);

-- Every certificate a unit has held: documents signed before a key was replaced still verify as the unit's.
create table signing_known_certificate (
    sha256   text primary key,
    unit_id  bigint not null,
    subject  text   not null,
    added_at timestamptz not null default now()
);

-- The signed PDF of an issued document (a plan, a report, a công văn…), kept as issued.
create table signing_signed_document (
    id                  bigserial primary key,
    subject             text        not null,
    subject_id          bigint      not null,
    unit_id             bigint      not null,
    pdf                 bytea       not null,
    signer_name         text        not null,
    certificate_subject text        not null,
    signed_at           timestamptz not null,
    unique (subject, subject_id)
);
