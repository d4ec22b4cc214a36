package vn.gandan.emulation;

import java.util.List;
import java.util.Set;
import vn.gandan.org.UnitKind;
import vn.gandan.shared.FieldProblem;

/**
 * The form of recognition by level: a Giấy khen (certificate of commendation) from a head of unit, a Phòng / UBND
 * huyện or a Sở; a Bằng khen (certificate of merit) from the Chủ tịch UBND tỉnh or a Bộ trưởng and above.
 */
record Award(String award, String level) {

    static final Set<String> GIAY_KHEN_LEVELS = Set.of("UNIT", "DISTRICT", "DEPARTMENT");
    static final Set<String> BANG_KHEN_LEVELS = Set.of("PROVINCE", "MINISTRY");

    /** The award and level asked for (defaults: Giấy khen at the recognising unit's level); problems if they do not match. */
    static Award of(String award, String level, UnitKind recogniser, List<FieldProblem> problems) {
        String a = award == null || award.isBlank() ? "GIAY_KHEN" : award.strip();
        String l = level == null || level.isBlank() ? defaultLevel(a, recogniser) : level.strip();
        if (!a.equals("GIAY_KHEN") && !a.equals("BANG_KHEN")) {
            problems.add(FieldProblem.of("award", "emulation.model.error.award"));
        } else if (!(a.equals("GIAY_KHEN") ? GIAY_KHEN_LEVELS : BANG_KHEN_LEVELS).contains(l)) {
            problems.add(FieldProblem.of("level", "emulation.model.error.level." + a));
        }
        return new Award(a, l);
    }

    static String defaultLevel(String award, UnitKind recogniser) {
        if ("BANG_KHEN".equals(award)) return recogniser == UnitKind.BO ? "MINISTRY" : "PROVINCE";
        return switch (recogniser) {
            case TRUONG, CONG_DOAN, CHI_BO, KHAC -> "UNIT";
            case SO_GDDT, UBND_TINH, BO -> "DEPARTMENT";
            default -> "DISTRICT";
        };
    }
}
