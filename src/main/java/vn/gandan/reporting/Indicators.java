package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;

/**
 * Figures computed from the records of other modules: asks every {@link IndicatorSource} bean for the form's
 * indicators over the unit's subtree as it was, day by day, in the period's data window.
 */
@Component
class Indicators {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final List<IndicatorSource> sources;
    private final UnitService units;
    private final MessageSource messages;

    Indicators(List<IndicatorSource> sources, UnitService units, MessageSource messages) {
        this.sources = List.copyOf(sources);
        Map<String, IndicatorSource> owners = new java.util.HashMap<>();
        for (IndicatorSource source : sources) {
            for (String code : source.codes()) {
                IndicatorSource other = owners.putIfAbsent(code, source);
                if (other != null) {
                    throw new IllegalStateException("Indicator " + code + " is computed by both " + other.getClass().getName()
                            + " and " + source.getClass().getName() + ": one figure, one owner");
                }
            }
        }
        this.units = units;
        this.messages = messages;
    }

    /** Computed values and their source texts, in the reader's language. */
    record Prefill(Map<String, BigDecimal> values, Map<String, String> sources) {
    }

    Prefill compute(long unitId, FormDef form, ReportPeriod period) {
        Set<String> wanted = form.indicators().stream().map(FormDef.Indicator::code).collect(Collectors.toSet());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<IndicatorSource> asked = sources.stream().filter(s -> s.codes().stream().anyMatch(wanted::contains)).toList();
        if (asked.isEmpty()) {
            return new Prefill(values, texts);
        }
        List<IndicatorQuery.Span> spans = units.subtreeSpans(unitId, period.cutOffStart(), period.cutOffEnd()).stream()
                .map(s -> new IndicatorQuery.Span(s.unitId(), s.from(), s.to())).toList();
        IndicatorQuery query = new IndicatorQuery(unitId, form.code(), period.code(), period.cutOffStart(),
                period.cutOffEnd(), wanted, spans);
        for (IndicatorSource source : asked) {
            Map<String, IndicatorValue> found = source.values(query);
            if (foundNoRecord(found)) {
                continue;
            }
            found.forEach((code, v) -> {
                if (wanted.contains(code)) {
                    values.put(code, v.value().stripTrailingZeros());
                    texts.put(code, text(v));
                }
            });
        }
        return new Prefill(values, texts);
    }

    /**
     * One rule for every module: a source whose figures are all zero found no record of the subtree in the window
     * (a unit that keeps no such records in Gần Dân yet), so it computes nothing and the figures stay free to type
     * without a reason; as soon as one record exists its zeros are figures from records like any other.
     */
    static boolean foundNoRecord(Map<String, IndicatorValue> found) {
        return found.values().stream().allMatch(v -> v.value().signum() == 0);
    }

    /** Whether other units than this one lie under it during the period (its figures then cover a subtree). */
    boolean coversSubordinates(long unitId, ReportPeriod period) {
        return units.subtreeSpans(unitId, period.cutOffStart(), period.cutOffEnd()).stream()
                .anyMatch(s -> s.unitId() != unitId);
    }

    private String text(IndicatorValue v) {
        Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale() : VIETNAMESE;
        return messages.getMessage(v.sourceKey(), v.sourceArgs().toArray(), v.sourceKey(), locale);
    }
}
