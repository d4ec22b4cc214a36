package vn.gandan.reporting;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;

/**
 * The reports not sent by their deadline in one unit's subtree, per unit, for the supervision dashboard — the same
 * answer as {@link ReportDeadlines#missingDue} restricted to the subtree, but decided in ONE grouped SQL query over
 * the subtree: the regimes' levels become rows (form, period, unit kind, receiver, reference day, due date, claim
 * rank), each reporter is held to the nearest regime that applies to it ({@code distinct on} by rank), and only the
 * units of the subtree whose report is neither submitted nor accepted and falls due in the window come back.
 */
@Service
@Transactional(readOnly = true)
public class SubtreeDeadlines {

    private final ReportDeadlines deadlines;
    private final FormCatalog forms;
    private final UnitService units;
    private final AccessService access;
    private final JdbcClient jdbc;

    SubtreeDeadlines(ReportDeadlines deadlines, FormCatalog forms, UnitService units, AccessService access, JdbcClient jdbc) {
        this.deadlines = deadlines;
        this.forms = forms;
        this.units = units;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Reports due between {@code from} and {@code to} not sent by units of the subtree of {@code rootId}; 404 outside scope. */
    public Map<Long, List<ReportDeadlines.DueReport>> missingDue(long rootId, LocalDate from, LocalDate to) {
        access.requireVisible(rootId);
        Levels l = levels(from, to);
        Map<Long, List<ReportDeadlines.DueReport>> out = new LinkedHashMap<>();
        if (l.forms.isEmpty()) return out;
        jdbc.sql(SQL).param("forms", literal(l.forms)).param("codes", literal(l.codes))
                .param("periods", literal(l.periods)).param("kinds", literal(l.kinds))
                .param("receivers", literal(l.receivers)).param("refs", literal(l.refs))
                .param("dues", literal(l.dues)).param("root", rootId).param("today", units.today())
                .param("from", from).param("to", to)
                .query(rs -> {
                    long unit = rs.getLong(1);
                    out.put(unit, reports(unit, rs.getArray(2), rs.getArray(3), rs.getArray(4)));
                });
        return out;
    }

    private static final String SQL = """
            with c as (select * from unnest(cast(:forms as bigint[]), cast(:codes as varchar[]), cast(:periods as varchar[]),
                                            cast(:kinds as varchar[]), cast(:receivers as bigint[]), cast(:refs as date[]),
                                            cast(:dues as date[])) with ordinality
                       as c(form_id, form_code, period, kind, receiver, ref, due, rank)),
            owed as (
              select distinct on (u.id, c.form_code, c.period) u.id as unit_id, c.form_code, c.period,
                     coalesce(s.due_date, c.due) as due, s.status
              from c join org_unit u on u.kind = c.kind and u.valid_from <= c.ref and (u.valid_to is null or u.valid_to >= c.ref)
              left join report_submission s on s.unit_id = u.id and s.form_id = c.form_id and s.period = c.period
              where u.id in (select unit_id from org_subtree(:root, :today))
                and (c.receiver is null or (u.id <> c.receiver
                     and u.id in (select unit_id from org_subtree(c.receiver, c.ref))))
              order by u.id, c.form_code, c.period, c.rank)
            select unit_id, array_agg(form_code order by due, form_code, period), array_agg(period order by due, form_code, period),
                   array_agg(due order by due, form_code, period)
            from owed where (status is null or status not in ('SUBMITTED', 'ACCEPTED')) and due between :from and :to
            group by unit_id order by unit_id""";

    /** A PostgreSQL array literal for {@code cast(:x as T[])}: elements quoted, null as NULL. */
    static String literal(List<?> values) {
        StringBuilder b = new StringBuilder("{");
        for (Object v : values) {
            if (b.length() > 1) b.append(',');
            if (v == null) b.append("NULL");
            else b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    private static List<ReportDeadlines.DueReport> reports(long unit, Array forms, Array periods, Array dues) throws SQLException {
        String[] f = (String[]) forms.getArray();
        String[] p = (String[]) periods.getArray();
        Object[] d = (Object[]) dues.getArray();
        List<ReportDeadlines.DueReport> list = new ArrayList<>(f.length);
        for (int i = 0; i < f.length; i++) {
            list.add(new ReportDeadlines.DueReport(f[i], p[i], unit, ((java.sql.Date) d[i]).toLocalDate()));
        }
        return list;
    }

    /** The levels of every regime in force for the periods around the window, in claim order (column arrays). */
    private record Levels(List<Long> forms, List<String> codes, List<String> periods, List<String> kinds,
                          List<Long> receivers, List<LocalDate> refs, List<LocalDate> dues) {
        Levels() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
        }
    }

    private Levels levels(LocalDate from, LocalDate to) {
        Levels l = new Levels();
        for (ReportingRegime r : deadlines.inClaimOrder()) {
            long formId = forms.byCode(r.formCode()).id();
            for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
                for (ReportingRegime.PeriodRule rule : r.periods()) {
                    for (String code : r.codes(rule, year)) {
                        add(l, r, formId, ReportPeriod.parse(code));
                    }
                }
            }
        }
        return l;
    }

    private void add(Levels l, ReportingRegime r, long formId, ReportPeriod p) {
        if (!r.inForceOn(p.referenceDate())) return;
        for (String kind : r.deadlines().stream().map(ReportingRegime.Deadline::unitKind).distinct().toList()) {
            ReportingRegime.Deadline d = r.deadline(kind, p.code()).orElse(null);
            if (d == null) continue;
            l.forms.add(formId);
            l.codes.add(r.formCode());
            l.periods.add(p.code());
            l.kinds.add(kind);
            l.receivers.add(r.receiverUnitId());
            l.refs.add(p.referenceDate());
            l.dues.add(deadlines.dueDate(r, d, p));
        }
    }
}
