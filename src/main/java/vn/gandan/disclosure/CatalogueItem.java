package vn.gandan.disclosure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import vn.gandan.org.SchoolLevel;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitView;

/**
 * An item of the disclosure catalogue in force on a day: PUBLIC (TT 09/2024, on the website) or INTERNAL (Luật
 * THDCCS); its rule decides how long a publication counts.
 */
public record CatalogueItem(String code, String scope, int group, String groupName, String name, String legalBasis,
                            List<String> forms, String levels, String rule, String deadline, int updateWorkingDays,
                            int postingDays, int archiveYears, LocalDate effectiveFrom) {

    public boolean isPublic() {
        return "PUBLIC".equals(scope);
    }

    /** Public items apply to schools of the listed levels; internal items to every unit. */
    boolean appliesTo(UnitView unit) {
        if (!isPublic()) return true;
        if (unit.kind() != UnitKind.TRUONG) return false;
        if ("*".equals(levels)) return true;
        SchoolLevel level = unit.schoolLevel();
        return level != null && Arrays.asList(levels.split(",")).contains(level.name());
    }

    /**
     * G1: until when a publication made on {@code publishedOn} counts. ANNUAL: the next year's deadline (a publication
     * answers one year's requirement); ON_CHANGE: no end (current until replaced); INTERNAL: the posting period.
     */
    LocalDate validUntil(LocalDate publishedOn) {
        return switch (rule) {
            case "ANNUAL" -> MonthDay.parse("--" + deadline).atYear(publishedOn.getYear() + 1);
            case "INTERNAL" -> publishedOn.plusDays(postingDays - 1L);
            default -> null;
        };
    }
}
