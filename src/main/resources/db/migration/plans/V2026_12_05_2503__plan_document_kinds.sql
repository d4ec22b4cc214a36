-- Every official document goes through the same approval: thông báo (TB) and báo cáo (BC) besides plans and công văn.
alter table plan drop constraint if exists plan_kind_check;
alter table plan add constraint plan_kind_check
    check (kind in ('KE_HOACH', 'KE_HOACH_PHOI_HOP', 'CONG_VAN', 'THONG_BAO', 'BAO_CAO'));
