package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.legal.Citation;
import vn.gandan.legal.LegalService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;

/** A plan's bases (căn cứ): citations linked to the plans and legal documents they name, and their printed lines. */
@Component
class PlanBases {

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final LegalService legal;
    private final UnitService units;

    PlanBases(JdbcClient jdbc, PlanStore store, LegalService legal, UnitService units) {
        this.jdbc = jdbc;
        this.store = store;
        this.legal = legal;
        this.units = units;
    }

    /** Links citation bases to plans of the system with the same number and symbol and the same year. */
    PlanContent link(PlanContent c, java.util.function.LongPredicate visible) {
        List<PlanContent.BaseRef> linked = new ArrayList<>();
        for (PlanContent.BaseRef b : c.baseRefs()) {
            if (b.planId() != null || b.citation() == null) {
                linked.add(new PlanContent.BaseRef(b.planId(), b.citation()));
                continue;
            }
            Optional<Citation> cit = legal.parse(b.citation());
            Long planId = cit.filter(x -> x.numberSymbol() != null).flatMap(x -> store.findIssued(x.numberSymbol(), x.date()))
                    .filter(visible::test).orElse(null);
            Long legalId = planId != null ? null : cit.filter(x -> x.numberSymbol() != null)
                    .flatMap(x -> legal.findByNumberSymbol(x.numberSymbol())).map(v -> v.id()).orElse(null);
            linked.add(new PlanContent.BaseRef(planId, b.citation(), legalId));
        }
        return new PlanContent(c.title(), c.place(), c.period(), linked, c.sections(), c.reportDeadlines(), c.recipients(),
                c.signers(), c.footnotes());
    }

    /**
     * "Căn cứ" lines: a plan base as "Kế hoạch số 12/KH-PGDĐT ngày 05/02/2026 của … về …", citations as written. The
     * bases that are plans are read in one query (was one per base).
     */
    List<String> texts(PlanContent c) {
        List<Long> planIds = c.baseRefs().stream().filter(b -> (b.citation() == null || b.citation().isBlank()) && b.planId() != null)
                .map(PlanContent.BaseRef::planId).distinct().toList();
        Map<Long, String> planTexts = planTexts(planIds);
        List<String> out = new ArrayList<>();
        for (PlanContent.BaseRef b : c.baseRefs()) {
            if (b.citation() != null && !b.citation().isBlank()) {
                out.add(stripCanCu(b.citation()));
            } else if (b.planId() != null && planTexts.containsKey(b.planId())) {
                out.add(planTexts.get(b.planId()));
            }
        }
        return out;
    }

    private Map<Long, String> planTexts(List<Long> planIds) {
        Map<Long, String> out = new java.util.HashMap<>();
        if (planIds.isEmpty()) return out;
        jdbc.sql("""
                        select p.id, p.kind, p.number_symbol, p.issue_date, p.title,
                               (select unit_id from plan_issuer where plan_id = p.id and position = 0) issuer
                        from plan p where p.id = any(cast(:ids as bigint[]))""")
                .param("ids", planIds.toArray(Long[]::new)).query(rs -> {
                    String kindName = PlanKind.valueOf(rs.getString(2)).label();
                    String ns = rs.getString(3);
                    LocalDate d = rs.getObject(4, LocalDate.class);
                    String issuer = units.find(rs.getLong(6)).map(UnitView::name).orElse("");
                    out.put(rs.getLong(1), kindName + (ns == null ? "" : " số " + ns)
                            + (d == null ? "" : " ngày %02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear()))
                            + " của " + issuer + " về " + lowerFirst(rs.getString(5)));
                });
        return out;
    }

    private static String stripCanCu(String s) {
        String t = s.strip();
        if (t.regionMatches(true, 0, "Căn cứ ", 0, 7)) t = t.substring(7).strip();
        while (t.endsWith(";") || t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) return "";
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The issuers as the document prints them: superior body, name, abbreviation, kind. */
    List<PlanDocuments.IssuerInfo> issuers(Plan plan, LocalDate day) {
        List<PlanDocuments.IssuerInfo> out = new ArrayList<>();
        for (Long id : plan.issuerUnitIds()) {
            UnitView u = units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
            String superior = units.superiorName(id, day.isBefore(u.validFrom()) ? u.validFrom() : day).orElse(null);
            out.add(new PlanDocuments.IssuerInfo(superior, u.name(), u.shortName() == null || u.shortName().isBlank()
                    ? u.code() : u.shortName(), u.kind()));
        }
        return out;
    }

}
