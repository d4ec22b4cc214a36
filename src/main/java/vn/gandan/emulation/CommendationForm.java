package vn.gandan.emulation;

/**
 * The forms of commendation a proposal may ask for and whom they are for (collective, individual or both). Which kinds
 * of body may decide them is ⚙ dated configuration: {@link CommendationDeciders}.
 */
enum CommendationForm {
    GIAY_KHEN(true, true),
    LAO_DONG_TIEN_TIEN(false, true),
    TAP_THE_LAO_DONG_TIEN_TIEN(true, false),
    CHIEN_SI_THI_DUA_CO_SO(false, true),
    TAP_THE_LAO_DONG_XUAT_SAC(true, false),
    BANG_KHEN(true, true);

    final boolean collective;
    final boolean individual;

    CommendationForm(boolean collective, boolean individual) {
        this.collective = collective;
        this.individual = individual;
    }

    static CommendationForm parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean fits(String nomineeKind) {
        return "COLLECTIVE".equals(nomineeKind) ? collective : individual;
    }
}
