package vn.gandan.emulation;

/** The four quality levels of staff evaluation (NĐ 335/2025 for công chức, NĐ 90/2020 for viên chức). */
public enum StaffLevel {
    XUAT_SAC, TOT, HOAN_THANH, KHONG_HOAN_THANH
}
