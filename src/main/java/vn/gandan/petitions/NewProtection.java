package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for protection (rules.md C7, Luật Tố cáo 2018 Điều 47–52): who (the denouncer or a close relative),
 * which measures, on what grounds; or, with {@code decision}, the resolver's decision on an earlier request.
 */
record NewProtection(LocalDate on, String personName, String relation, List<String> measures, String grounds,
                     Long requestId, String decision, String decisionNo, String note) {

    /** Who may be protected: the denouncer and close relatives (Điều 47). */
    enum Relation { NGUOI_TO_CAO, VO_CHONG, CHA_ME, CON }

    /** The measures of Điều 48: information secrecy, job and position, life, health, property, honour. */
    enum Measure { BI_MAT_THONG_TIN, VI_TRI_CONG_TAC, TINH_MANG_SUC_KHOE, TAI_SAN, DANH_DU_NHAN_PHAM }

    /** The resolver's decision on a request. */
    enum Decision { AP_DUNG, KHONG_AP_DUNG, CHAM_DUT }
}
