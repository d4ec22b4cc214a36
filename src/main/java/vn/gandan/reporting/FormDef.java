package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gandan.shared.FieldProblem;

/** A report form: its numeric indicators, its outline sections and the checks between indicators. */
public record FormDef(long id, String code, String name, int version, Long ownerUnitId, List<Indicator> indicators,
                      List<Section> sections, List<Rule> rules) {

    /** A numeric indicator, how it adds up over units, and whether it takes fractions (counts do not). */
    public record Indicator(String code, String name, String unitLabel, Aggregation aggregation, boolean fractional) {
    }

    /** One change of the form: the version it made, what it did (ADD, REMOVE, RESTORE), who and when. */
    public record Change(int version, String action, String detail, String username, java.time.Instant at) {
    }

    /** A narrative section of the outline (đề cương). */
    public record Section(String code, String heading) {
    }

    /** "left operator right", e.g. PETITIONS_RESOLVED <= PETITIONS_RECEIVED. */
    public record Rule(long id, String left, String operator, String right) {

        boolean holds(BigDecimal l, BigDecimal r) {
            int c = l.compareTo(r);
            return switch (operator) {
                case "<=" -> c <= 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case ">" -> c > 0;
                default -> c == 0;
            };
        }
    }

    public enum Aggregation { SUM, MAX, AVERAGE, YES_COUNT }

    /** Every problem with the figures and texts of a report, per field. */
    List<FieldProblem> check(Map<String, BigDecimal> values, Map<String, String> texts) {
        List<FieldProblem> problems = new ArrayList<>();
        values.forEach((code, v) -> {
            if (indicators.stream().noneMatch(i -> i.code().equals(code))) {
                problems.add(FieldProblem.of("values." + code, "reporting.value.unknown", code));
            } else if (v == null || v.signum() < 0) {
                problems.add(FieldProblem.of("values." + code, "reporting.value.negative"));
            } else if (v.compareTo(new BigDecimal("1e15")) >= 0 || v.scale() > 2) {
                problems.add(FieldProblem.of("values." + code, "reporting.value.range"));
            } else if (!fractional(code) && v.stripTrailingZeros().scale() > 0) {
                problems.add(FieldProblem.of("values." + code, "reporting.value.whole", name(code)));
            }
        });
        texts.forEach((code, t) -> {
            if (sections.stream().noneMatch(s -> s.code().equals(code))) {
                problems.add(FieldProblem.of("sections." + code, "reporting.section.unknown", code));
            } else if (t != null && t.length() > 100_000) {
                problems.add(FieldProblem.of("sections." + code, "reporting.section.tooLong"));
            }
        });
        for (Rule r : rules) {
            BigDecimal l = values.get(r.left());
            BigDecimal rv = values.get(r.right());
            if (l != null && rv != null && l.signum() >= 0 && rv.signum() >= 0 && !r.holds(l, rv)) {
                problems.add(FieldProblem.of("values." + r.left(), "reporting.rule.failed", name(r.left()), r.operator(),
                        name(r.right())));
            }
        }
        return problems;
    }

    public String name(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).map(Indicator::name).findFirst()
                .orElse(indicatorCode);
    }

    boolean fractional(String code) {
        return indicators.stream().anyMatch(i -> i.code().equals(code) && i.fractional());
    }

    Aggregation aggregation(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).map(Indicator::aggregation).findFirst()
                .orElse(Aggregation.SUM);
    }
}
