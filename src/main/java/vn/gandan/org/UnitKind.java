package vn.gandan.org;

/** What kind of body a unit is; decides its document layout (state or Party) and who may report to it. */
public enum UnitKind {
    BO(false), UBND_TINH(false), SO_GDDT(false), UBND_HUYEN(false), UBND_XA(false), PHONG_GDDT(false),
    PHONG_VHXH(false), TRUONG(false), DANG_UY(true), CHI_BO(true), BAN_DAN_VAN(true), BAN_TUYEN_GIAO_DAN_VAN(true),
    CONG_DOAN(false), MAT_TRAN(false), BAN_THANH_TRA_NHAN_DAN(false), KHAC(false);

    private final boolean party;

    UnitKind(boolean party) {
        this.party = party;
    }

    /** Party bodies issue documents in the Party layout (HD 05) and number them over the committee's term. */
    public boolean isParty() {
        return party;
    }
}
