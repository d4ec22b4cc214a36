package vn.gandan.reporting.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a report asks of the records: the reporting unit, the form and period, the period's data window (NĐ 09
 * cut-off, {@code from}–{@code to} inclusive), the codes wanted, and the units whose records count, each with the
 * days it belonged to the reporting unit's subtree (the tree as it was, day by day, during the window).
 * <p>
 * A module counts a record dated {@code d} of unit {@code u} when some span has {@code unitId = u} and
 * {@code from <= d <= to}. In SQL, with the three array parameters of this record:
 * <pre>{@code
 * join unnest(cast(:ids as bigint[]), cast(:froms as date[]), cast(:tos as date[])) s(unit_id, f, t)
 *   on r.unit_id = s.unit_id and r.received_on between s.f and s.t
 * }</pre>
 * For a record that holds at a day rather than happens on one (a disclosure current on the last day), use {@link #to()}.
 */
public record IndicatorQuery(long unitId, String formCode, String period, LocalDate from, LocalDate to,
                             Set<String> codes, List<Span> units) {

    public IndicatorQuery {
        codes = Set.copyOf(codes);
        units = List.copyOf(units);
    }

    /** A unit and the days of the window during which its records count. */
    public record Span(long unitId, LocalDate from, LocalDate to) {
    }

    /** Whether any of the given codes is asked for. */
    public boolean wantsAny(Set<String> mine) {
        return mine.stream().anyMatch(codes::contains);
    }

    /** The spans' unit ids as a PostgreSQL array literal, for {@code cast(:ids as bigint[])}. */
    public String ids() {
        return units.stream().map(s -> String.valueOf(s.unitId())).collect(Collectors.joining(",", "{", "}"));
    }

    /** The spans' first days as a PostgreSQL array literal, for {@code cast(:froms as date[])}. */
    public String froms() {
        return units.stream().map(s -> s.from().toString()).collect(Collectors.joining(",", "{", "}"));
    }

    /** The spans' last days as a PostgreSQL array literal, for {@code cast(:tos as date[])}. */
    public String tos() {
        return units.stream().map(s -> s.to().toString()).collect(Collectors.joining(",", "{", "}"));
    }

    /** The units of the subtree on the window's last day (for records that hold at a day). */
    public Set<Long> unitIdsOn(LocalDate day) {
        return units.stream().filter(s -> !s.from().isAfter(day) && !s.to().isBefore(day)).map(Span::unitId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
