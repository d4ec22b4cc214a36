package vn.gandan.plans;

/** Kinds of plan documents: a plan, a joint plan (several issuers, one signature block each), a công văn. */
public enum PlanKind {
    KE_HOACH("KH", "KẾ HOẠCH"), KE_HOACH_PHOI_HOP("KHPH", "KẾ HOẠCH PHỐI HỢP"), CONG_VAN(null, null);

    /** Type code for the symbol (Phụ lục III); null for a công văn, which has none in the state layout. */
    public final String typeCode;
    /** Type name printed above the trích yếu; null for a công văn. */
    public final String typeName;

    PlanKind(String typeCode, String typeName) {
        this.typeCode = typeCode;
        this.typeName = typeName;
    }
}
