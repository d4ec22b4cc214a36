-- The language a person reads their notices and e-mails in (the texts come from the message bundles).
alter table notice_preference add column language varchar(5) not null default 'vi' check (language in ('vi', 'en'));
