package vn.gandan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * Defect 12: a co-receiver's own consolidated report (the Công đoàn Giáo dục tỉnh's) adds to its own tree the counted
 * reports addressed to it as a co-receiver — the reports of the units whose parent receives under a regime naming it —
 * each unit once and none already in its own tree; every figure names the reports it comes from.
 */
@Component
class CoReceivedReports {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReportReceivers receivers;
    private final UnitService units;
    private final SubmissionRepository submissions;
    private final ReportStore store;
    private final MessageSource messages;

    CoReceivedReports(ReportReceivers receivers, UnitService units, SubmissionRepository submissions, ReportStore store,
                      MessageSource messages) {
        this.receivers = receivers;
        this.units = units;
        this.submissions = submissions;
        this.store = store;
        this.messages = messages;
    }

    /** One report addressed to the co-receiver. */
    record Line(long unitId, String unitName, long submissionId, Map<String, BigDecimal> values) {
    }

    /** The draft's figures and texts, and where each figure taken from addressed reports comes from. */
    record Consolidation(Map<String, BigDecimal> values, Map<String, String> texts, Map<String, String> sources) {
    }

    /** The counted reports addressed to {@code unitId} as a co-receiver in the period, outside its own tree, each unit once. */
    List<Line> addressed(long unitId, FormDef form, ReportPeriod p) {
        Map<Long, Line> lines = new LinkedHashMap<>();
        for (UnitView main : receivers.coReceivedFrom(unitId, form.id(), p.code())) {
            List<UnitView> children = units.children(main.id(), p.referenceDate()).stream()
                    .filter(c -> !units.isWithin(c.id(), unitId, p.referenceDate())).toList();
            Map<Long, String> names = children.stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
            submissions.findByFormIdAndPeriodAndUnitIdIn(form.id(), p.code(), names.keySet()).stream()
                    .filter(s -> s.status().counted())
                    .forEach(s -> lines.putIfAbsent(s.unitId(), new Line(s.unitId(), names.get(s.unitId()), s.id(),
                            store.values(s.id()))));
        }
        return new ArrayList<>(lines.values());
    }

    /** Own totals (over {@code ownReports} counted reports) and texts, with the addressed reports added. */
    Consolidation into(long unitId, FormDef form, ReportPeriod p, Map<String, BigDecimal> own, int ownReports,
                       Map<String, String> texts) {
        List<Line> lines = addressed(unitId, form, p);
        Map<String, BigDecimal> values = new LinkedHashMap<>(own);
        Map<String, String> sources = new LinkedHashMap<>();
        for (FormDef.Indicator i : form.indicators()) {
            List<Line> with = lines.stream().filter(l -> l.values().get(i.code()) != null).toList();
            if (with.isEmpty()) {
                continue;
            }
            values.put(i.code(), Figures.plain(combine(i.aggregation(), own.get(i.code()), ownReports,
                    with.stream().map(l -> l.values().get(i.code())).toList())));
            sources.put(i.code(), messages.getMessage("reporting.coReceived.source", new Object[] {with.size(),
                    with.stream().map(l -> l.unitName() + ": " + Figures.plain(l.values().get(i.code())).toPlainString())
                            .collect(Collectors.joining("; ")), own.get(i.code()) == null ? "0"
                            : Figures.plain(own.get(i.code())).toPlainString()}, VIETNAMESE));
        }
        return new Consolidation(values, withTexts(form, texts, lines), sources);
    }

    private static BigDecimal combine(FormDef.Aggregation a, BigDecimal own, int ownReports, List<BigDecimal> vs) {
        BigDecimal sum = vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return switch (a) {
            case SUM -> own == null ? sum : own.add(sum);
            case MAX -> vs.stream().reduce(own == null ? vs.get(0) : own, BigDecimal::max);
            case YES_COUNT -> BigDecimal.valueOf(vs.stream().filter(v -> v.signum() > 0).count()).add(own == null ? BigDecimal.ZERO : own);
            case AVERAGE -> (own == null ? sum : own.multiply(BigDecimal.valueOf(ownReports)).add(sum))
                    .divide(BigDecimal.valueOf(vs.size() + (own == null ? 0 : ownReports)), 2, RoundingMode.HALF_UP);
        };
    }

    private Map<String, String> withTexts(FormDef form, Map<String, String> texts, List<Line> lines) {
        Map<String, String> out = new LinkedHashMap<>(texts);
        for (Line l : lines) {
            store.texts(l.submissionId()).forEach((section, t) -> {
                if (t != null && !t.isBlank() && form.sections().stream().anyMatch(s -> s.code().equals(section))) {
                    String line = "— " + l.unitName() + ": " + t.strip();
                    out.merge(section, line, (a, b) -> a + "\n\n" + b);
                }
            });
        }
        return out;
    }
}
