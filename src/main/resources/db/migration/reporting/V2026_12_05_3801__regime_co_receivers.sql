-- Issue 12, defect 12: a regime may have several receivers (seed 002: "báo cáo kết quả thực hiện về Sở (qua phòng
-- TCCB, Công đoàn Giáo dục tỉnh)"). The main receiver stays report_regime.receiver_unit_id (reports go up the unit
-- tree to it, it accepts and returns them); each co-receiver named here also receives, reads and consolidates the
-- reports its regime governs.
create table report_regime_receiver (
    regime_id bigint not null references report_regime (id) on delete cascade,
    unit_id   bigint not null references org_unit (id),
    primary key (regime_id, unit_id)
);
create index report_regime_receiver_unit on report_regime_receiver (unit_id);
