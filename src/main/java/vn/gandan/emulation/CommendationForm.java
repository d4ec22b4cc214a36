package vn.gandan.emulation;

import java.util.Set;
import vn.gandan.org.UnitKind;

/**
 * The forms of commendation a proposal may ask for, whom they are for (collective, individual or both) and which
 * kinds of body may decide them (Luật Thi đua, khen thưởng 06/2022/QH15 and NĐ 98/2023/NĐ-CP; the education
 * sector's usual practice). A body that may not decide a form forwards the proposal to its superior.
 */
enum CommendationForm {
    GIAY_KHEN(true, true, Set.of(UnitKind.TRUONG, UnitKind.PHONG_GDDT, UnitKind.UBND_HUYEN, UnitKind.UBND_XA, UnitKind.SO_GDDT)),
    LAO_DONG_TIEN_TIEN(false, true, Set.of(UnitKind.TRUONG, UnitKind.PHONG_GDDT, UnitKind.UBND_HUYEN, UnitKind.SO_GDDT)),
    TAP_THE_LAO_DONG_TIEN_TIEN(true, false, Set.of(UnitKind.PHONG_GDDT, UnitKind.UBND_HUYEN, UnitKind.SO_GDDT)),
    CHIEN_SI_THI_DUA_CO_SO(false, true, Set.of(UnitKind.UBND_HUYEN, UnitKind.SO_GDDT)),
    TAP_THE_LAO_DONG_XUAT_SAC(true, false, Set.of(UnitKind.UBND_TINH)),
    BANG_KHEN(true, true, Set.of(UnitKind.UBND_TINH, UnitKind.BO));

    final boolean collective;
    final boolean individual;
    final Set<UnitKind> deciders;

    CommendationForm(boolean collective, boolean individual, Set<UnitKind> deciders) {
        this.collective = collective;
        this.individual = individual;
        this.deciders = deciders;
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

    boolean decidableBy(UnitKind kind) {
        return deciders.contains(kind);
    }
}
