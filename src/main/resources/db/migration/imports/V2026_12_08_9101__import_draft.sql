-- Session 21 (import tried as a new user): "Tạo kế hoạch nháp" pressed twice (a double click, the browser's back button
-- and a second press, two tabs) made two or three draft plans from one reviewed file. One row per review token claims
-- it: a second confirmation waits for the first and answers the plan it made. Rows older than two days are dropped (a
-- review token lives 24 hours). No foreign key: the plan belongs to the plans module.
create table import_draft (
    token      uuid primary key,
    plan_id    bigint,
    created_at timestamptz not null
);
