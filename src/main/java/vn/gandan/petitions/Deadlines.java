package vn.gandan.petitions;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.DayType;
import vn.gandan.calendar.WorkCalendar;

/**
 * Every deadline of a case (rules.md B1–B7, C1–C4, D5): the figure in force on the triggering day from
 * {@link LegalRules}, counted by the calendar module in the day type the law uses.
 */
@Component
class Deadlines {

    private final LegalRules rules;
    private final WorkCalendar calendar;
    private final vn.gandan.org.UnitService units;

    Deadlines(LegalRules rules, WorkCalendar calendar, vn.gandan.org.UnitService units) {
        this.rules = rules;
        this.calendar = calendar;
        this.units = units;
    }

    /** B2, C1, D5, D6: the intake decision (thụ lý / không thụ lý, forward, guide) after receipt; a Party body's in working days. */
    Deadline intake(PetitionKind kind, int instance, boolean multiSite, LocalDate receivedOn, long unitId) {
        String code = switch (kind) {
            case KHIEU_NAI -> instance == 2 ? "KN2_INTAKE" : "KN_INTAKE";
            case TO_CAO -> multiSite ? "TC_INTAKE_MULTISITE" : "TC_INTAKE";
            default -> units.get(unitId).kind().isParty() ? "PARTY_INTAKE" : "PA_INTAKE";
        };
        return count("intake", code, receivedOn, 0, unitId);
    }

    /** B3, B5, C4, D5: resolution from acceptance, plus extension days and days suspended (the clock stopped). */
    Deadline resolution(Case c, long extraDays) {
        return count("resolution", resolutionCode(c), c.acceptedOn(), extraDays, c.unitId());
    }

    static String resolutionCode(Case c) {
        if (c.kind() != PetitionKind.KHIEU_NAI) {
            return c.kind().rulePrefix() + "_RESOLVE";
        }
        String code = c.instance() == 2 ? "KN2_RESOLVE" : "KN_RESOLVE";
        code += c.remoteArea() ? "_REMOTE" : "";
        return code + (c.complexity() != null && c.complexity() != Complexity.NORMAL ? "_COMPLEX" : "");
    }

    /**
     * An extension or the days a suspension lasted, added to the due date in force (api.md: "later by the days the
     * case was suspended"), moved to the next working day when it falls on a day off.
     */
    LocalDate shift(LocalDate due, int days, long unitId) {
        return calendar.deadline(due, days, DayType.CALENDAR, unitId);
    }

    /** B1, B7: the last day a complaint may be filed after the complainant learned of the decision. */
    Deadline filingLimit(LocalDate knowledgeOn, boolean disciplinary, int obstacleDays, long unitId) {
        return count("filingLimit", disciplinary ? "KN_DISCIPLINE_LIMIT" : "KN_FILING_LIMIT", knowledgeOn,
                obstacleDays, unitId);
    }

    /** C3: notices of a denunciation's acceptance to the denouncer and the person denounced. */
    Deadline notice(LocalDate acceptedOn, long unitId) {
        return count("notice", "TC_NOTICE", acceptedOn, 0, unitId);
    }

    /** C2: forwarding an item outside the unit's competence. */
    Deadline forward(PetitionKind kind, LocalDate receivedOn, long unitId) {
        return count("forward", kind == PetitionKind.TO_CAO ? "TC_FORWARD" : "PA_FORWARD", receivedOn, 0, unitId);
    }

    /** B4: the second complaint or lawsuit after the first decision. */
    Deadline appeal(LocalDate decidedOn, boolean remote, long unitId) {
        return count("appeal", remote ? "KN_APPEAL_REMOTE" : "KN_APPEAL", decidedOn, 0, unitId);
    }

    /** B6: the first decision takes legal effect when not appealed. */
    Deadline effective(LocalDate decidedOn, boolean remote, long unitId) {
        return count("effective", remote ? "KN_EFFECTIVE_REMOTE" : "KN_EFFECTIVE", decidedOn, 0, unitId);
    }

    /** C4: how many extensions a denunciation of this complexity may get (0 for a normal one). */
    int maxExtensions(Complexity complexity, LocalDate on) {
        return switch (complexity == null ? Complexity.NORMAL : complexity) {
            case NORMAL -> 0;
            case COMPLEX -> rules.on("TC_EXTENSIONS_COMPLEX", on).value();
            case VERY_COMPLEX -> rules.on("TC_EXTENSIONS_VERY_COMPLEX", on).value();
        };
    }

    LegalRule extensionDays(LocalDate on) {
        return rules.on("TC_EXTENSION_DAYS", on);
    }

    private Deadline count(String name, String code, LocalDate start, long extraDays, long unitId) {
        LegalRule rule = rules.on(code, start);
        int days = Math.toIntExact(rule.value() + extraDays);
        DayType type = rule.dayType() == null ? DayType.CALENDAR : rule.dayType();
        return new Deadline(name, calendar.deadline(start, days, type, unitId), days, type, rule.legalBasis());
    }
}
