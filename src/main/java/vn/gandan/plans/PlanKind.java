package vn.gandan.plans;

/**
 * Kinds of official documents drafted, approved and issued here: a plan, a joint plan (several issuers, one signature
 * block each), a công văn, a thông báo, a báo cáo (a report written as a document, besides the form-based reports).
 */
public enum PlanKind {
    KE_HOACH("KH", "KẾ HOẠCH"), KE_HOACH_PHOI_HOP("KHPH", "KẾ HOẠCH PHỐI HỢP"), CONG_VAN(null, null),
    THONG_BAO("TB", "THÔNG BÁO"), BAO_CAO("BC", "BÁO CÁO");

    /** Type code for the symbol (Phụ lục III); null for a công văn, which has none in the state layout. */
    public final String typeCode;
    /** Type name printed above the trích yếu; null for a công văn. */
    public final String typeName;

    PlanKind(String typeCode, String typeName) {
        this.typeCode = typeCode;
        this.typeName = typeName;
    }

    /** How a citation names the kind in running text: "Kế hoạch", "Công văn", "Thông báo", "Báo cáo". */
    public String label() {
        return switch (this) {
            case CONG_VAN -> "Công văn";
            case THONG_BAO -> "Thông báo";
            case BAO_CAO -> "Báo cáo";
            default -> "Kế hoạch";
        };
    }
}
