package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Drafting, submitting, accepting and returning reports, and reading consolidated totals. */
@Service
@Transactional
public class ReportService {

    static final int DEFAULT_LOCK_DAYS = SubmissionDue.DEFAULT_LOCK_DAYS;
    static final java.time.format.DateTimeFormatter VN_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SubmissionRepository submissions;
    private final FormCatalog forms;
    private final Rollup rollup;
    private final UnitService units;
    private final AccessService access;
    private final WorkCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final RegimeService regimes;
    private final SubmissionDue due;

    ReportService(SubmissionRepository submissions, FormCatalog forms, Rollup rollup, UnitService units,
                  AccessService access, WorkCalendar calendar, JdbcClient jdbc, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events, RegimeService regimes, SubmissionDue due) {
        this.events = events;
        this.regimes = regimes;
        this.due = due;
        this.submissions = submissions;
        this.forms = forms;
        this.rollup = rollup;
        this.units = units;
        this.access = access;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new draft for the unit; 409 if the unit already has a report for that form and period. */
    public SubmissionView createDraft(long unitId, String formCode, String period, Map<String, BigDecimal> values,
                                      Map<String, String> sections) {
        return createDraft(unitId, formCode, period, values, sections, false);
    }

    /** A new draft; {@code consolidated} when its figures already cover the unit's subtree (not added up again). */
    SubmissionView createDraft(long unitId, String formCode, String period, Map<String, BigDecimal> values,
                               Map<String, String> sections, boolean consolidated) {
        requireReporter(unitId);
        FormDef form = forms.byCode(formCode);
        check(form, values, sections);
        Submission s = newDraft(unitId, form, ReportPeriod.parse(period), consolidated);
        writeContent(s.id(), values, sections);
        return view(s, form);
    }

    private Submission newDraft(long unitId, FormDef form, ReportPeriod p, boolean consolidated) {
        if (submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), p.code()).isPresent()) {
            throw ProblemException.conflict("reporting.submission.exists", p.code());
        }
        SubmissionDue.Due d = due.of(unitId, form, p);
        return submissions.save(new Submission(unitId, form.id(), p.code(), consolidated, d.due(), d.lockDate(),
                access.caller().map(Caller::username).orElse(null)));
    }

    public SubmissionView updateDraft(long id, Map<String, BigDecimal> values, Map<String, String> sections) {
        Submission s = visible(id);
        requireReporter(s.unitId());
        s.requireEditable();
        FormDef form = forms.byId(s.formId());
        check(form, values, sections);
        writeContent(s.id(), values, sections);
        return view(s, form);
    }

    /**
     * Submits a checked draft and adds its figures to every ancestor's totals. The totals come last: their rows
     * are shared by every submission under the same ancestors, so their locks are held only until the commit.
     */
    public SubmissionView submit(long id) {
        return submit(id, OffsetDateTime.now(clock));
    }

    /** Submitting at a given moment: a report sent earlier (demo data dated relative to the day it is created). */
    SubmissionView submit(long id, OffsetDateTime at) {
        Submission s = visible(id);
        requireReporter(s.unitId());
        FormDef form = forms.byId(s.formId());
        Map<String, BigDecimal> values = values(s.id());
        Map<String, String> texts = texts(s.id());
        check(form, values, texts);
        boolean exception = jdbc.sql("""
                        select count(*) from report_lock_exception where unit_id = :u and form_id = :f and period = :p
                          and until >= :d""").param("u", s.unitId()).param("f", s.formId()).param("p", s.period())
                .param("d", at.toLocalDate()).query(Integer.class).single() > 0;
        s.submit(at, at.atZoneSameInstant(clock.getZone()).toLocalDate(), exception);
        submissions.flush();
        event(s, null, values);
        SubmissionView view = view(s, form, values, texts);
        rollup.add(s);
        return view;
    }

    public SubmissionView accept(long id) {
        Submission s = visible(id);
        requireReceiver(s);
        s.accept();
        event(s, null);
        events.publishEvent(new SubmissionReviewed(s.id(), s.unitId(), forms.byId(s.formId()).code(), s.period(),
                s.status(), null));
        return view(s, forms.byId(s.formId()));
    }

    /** Sends the report back with a reason; it stops counting in every total until it is resubmitted. */
    public SubmissionView returnToSender(long id, String reason) {
        Submission s = visible(id);
        requireReceiver(s);
        String why = Texts.clean(reason);
        if (why == null || why.isEmpty() || why.length() > 2000) {
            throw ProblemException.invalid("error.validation",
                    List.of(vn.gandan.shared.FieldProblem.of("reason", "reporting.return.reasonRequired")));
        }
        boolean wasCounted = s.status().counted();
        s.returnWith(why);
        submissions.flush();
        event(s, why);
        events.publishEvent(new SubmissionReviewed(s.id(), s.unitId(), forms.byId(s.formId()).code(), s.period(),
                s.status(), why));
        SubmissionView view = view(s, forms.byId(s.formId()));
        if (wasCounted) {
            rollup.remove(s); // last, as in submit: shared total rows stay locked only until the commit
        }
        return view;
    }

    /** The receiver lets a unit submit after the lock date until {@code until}. */
    public void grantLockException(long unitId, String formCode, String period, LocalDate until) {
        FormDef form = forms.byCode(formCode);
        Long parent = units.parentId(unitId, ReportPeriod.parse(period).referenceDate())
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        requireAnyRole(parent, Role.LEADER, Role.SPECIALIST);
        jdbc.sql("""
                        insert into report_lock_exception(unit_id, form_id, period, granted_by, until)
                        values (:u, :f, :p, :by, :until)
                        on conflict (unit_id, form_id, period) do update set until = excluded.until, granted_by = excluded.granted_by""")
                .param("u", unitId).param("f", form.id()).param("p", period)
                .param("by", access.requireCaller().username()).param("until", until).update();
    }

    @Transactional(readOnly = true)
    public SubmissionView get(long id) {
        Submission s = visible(id);
        return view(s, forms.byId(s.formId()));
    }

    /** Totals over the unit's subtree as it was in the period, and each direct child's report status. */
    @Transactional(readOnly = true)
    public ConsolidatedView consolidated(long unitId, String formCode, String period) {
        access.requireVisible(unitId);
        FormDef form = forms.byCode(formCode);
        ReportPeriod p = ReportPeriod.parse(period);
        List<UnitView> children = units.children(unitId, p.referenceDate());
        Map<Long, Submission> byUnit = submissions.findByFormIdAndPeriodAndUnitIdIn(form.id(), p.code(),
                children.stream().map(UnitView::id).toList()).stream()
                .collect(Collectors.toMap(Submission::unitId, s -> s));
        ReportingRegime regime = regimes.inForceForReceiver(unitId, form.id(), p).orElse(null);
        List<UnitView> reporters = children.stream()
                .filter(c -> regime == null || regime.reports(c.kind().name()) || byUnit.containsKey(c.id())).toList();
        int expected = (int) reporters.stream().filter(c -> regime == null || regime.reports(c.kind().name())).count();
        List<ConsolidatedView.Child> lines = reporters.stream().map(c -> {
            Submission s = byUnit.get(c.id());
            return s == null ? new ConsolidatedView.Child(c.id(), c.name(), "MISSING", null, null, null)
                    : new ConsolidatedView.Child(c.id(), c.name(), s.status().name(), s.submittedAt(),
                            s.status().counted() ? s.onTime() : null, s.id());
        }).toList();
        int submitted = (int) byUnit.values().stream().filter(s -> s.status().counted()).count();
        int onTime = (int) byUnit.values().stream().filter(s -> s.status().counted() && Boolean.TRUE.equals(s.onTime())).count();
        return new ConsolidatedView(unitId, form.code(), p.code(), expected, submitted, onTime,
                rollup.totals(form, unitId, p.code()), lines);
    }

    /**
     * The unit's own report pre-filled from its children: the totals, and per outline section each child's
     * text under its name, ready to be edited into a synthesis. Marked consolidated so it is not counted twice.
     */
    public SubmissionView prefillFromChildren(long unitId, String formCode, String period) {
        requireReporter(unitId);
        ConsolidatedView c = consolidated(unitId, formCode, period);
        FormDef form = forms.byCode(formCode);
        ReportPeriod p = ReportPeriod.parse(period);
        Submission s = submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), p.code()).orElse(null);
        if (s != null && !s.editable()) {
            throw ProblemException.conflict("reporting.submission.notEditable", s.status().name());
        }
        if (s == null) {
            s = newDraft(unitId, form, p, true);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (FormDef.Section section : form.sections()) {
            StringBuilder b = new StringBuilder();
            for (ConsolidatedView.Child child : c.children()) {
                if (child.submissionId() != null && !"RETURNED".equals(child.status()) && !"DRAFT".equals(child.status())) {
                    String t = texts(child.submissionId()).get(section.code());
                    if (t != null && !t.isBlank()) {
                        b.append("— ").append(child.unitName()).append(": ").append(t.strip()).append("\n\n");
                    }
                }
            }
            if (!b.isEmpty()) {
                texts.put(section.code(), b.toString().strip());
            }
        }
        writeContent(s.id(), c.values(), texts);
        return get(s.id());
    }

    /** One row per direct child: its status and the figures it contributes (its own report plus its subtree). */
    @Transactional(readOnly = true)
    public List<TableRow> table(long unitId, String formCode, String period) {
        ConsolidatedView c = consolidated(unitId, formCode, period);
        FormDef form = forms.byCode(formCode);
        return c.children().stream().map(child -> {
            Map<String, BigDecimal> sum = new LinkedHashMap<>(rollup.totals(form, child.unitId(), c.period()));
            if (child.submissionId() != null) {
                Submission own = submissions.findById(child.submissionId()).orElseThrow();
                if (own.status().counted() && !own.consolidated()) {
                    values(own.id()).forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
                }
            }
            return new TableRow(child.unitId(), child.unitName(), child.status(), child.onTime(), sum);
        }).toList();
    }

    /** A child unit's line in the consolidated table. */
    public record TableRow(Long unitId, String unitName, String status, Boolean onTime, Map<String, BigDecimal> values) {
    }

    /** The form's indicators and outline (for pages and exports). */
    @Transactional(readOnly = true)
    public FormView form(String formCode) {
        FormDef f = forms.byCode(formCode);
        return new FormView(f.code(), f.name(), f.indicators().stream().map(i -> new FormView.Item(i.code(), i.name(),
                i.unitLabel())).toList(), f.sections().stream().map(s -> new FormView.Item(s.code(), s.heading(), null)).toList());
    }

    /** The caller's own report for the unit, form and period, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<SubmissionView> find(long unitId, String formCode, String period) {
        access.requireVisible(unitId);
        FormDef form = forms.byCode(formCode);
        return submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), ReportPeriod.parse(period).code())
                .map(s -> view(s, form));
    }

    /** Whether the caller receives reports of the unit's children (may accept and return them). */
    @Transactional(readOnly = true)
    public boolean receives(long unitId) {
        return access.hasRole(unitId, Role.LEADER) || access.hasRole(unitId, Role.SPECIALIST);
    }

    /** One step in a report's history: who submitted, accepted or returned it, when, why, with which figures. */
    public record HistoryEntry(int revision, String status, java.time.OffsetDateTime at, String username, String reason,
                               String snapshot) {
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        visible(id);
        return jdbc.sql("""
                        select revision, status, at, username, reason, snapshot::text as snapshot
                        from report_submission_event where submission_id = :s order by id""")
                .param("s", id).query(HistoryEntry.class).list();
    }

    /** Every form code. */
    @Transactional(readOnly = true)
    public List<String> formCodes() {
        return forms.codes();
    }

    /** The period codes the form's regimes ask for in a year (e.g. 2026-S1, 2026), in calendar order. */
    @Transactional(readOnly = true)
    public List<String> periodsOf(String formCode, int year) {
        FormDef form = forms.byCode(formCode);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        jdbc.sql("""
                        select distinct p.period_type from report_regime_period p join report_regime r on r.id = p.regime_id
                        where r.form_id = :f""").param("f", form.id()).query(String.class).list()
                .forEach(t -> codes.addAll(PeriodType.valueOf(t).codes(year)));
        return List.copyOf(codes);
    }

    /** Reports of the given units over several periods (for the completeness matrix). */
    @Transactional(readOnly = true)
    public List<SubmissionView> matrix(String formCode, List<Long> unitIds, List<String> periods) {
        FormDef form = forms.byCode(formCode);
        return submissions.findByFormIdAndUnitIdInAndPeriodIn(form.id(), unitIds, periods).stream()
                .map(s -> new SubmissionView(s.id(), s.unitId(), form.code(), s.period(), s.status(), s.consolidated(),
                        s.dueDate(), s.lockDate(), s.submittedAt(), s.onTime(), s.returnReason(), s.revision(), Map.of(),
                        Map.of()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Submission visible(long id) {
        Submission s = submissions.findById(id).orElseThrow(() -> new NotFoundException("submission", id));
        if (!access.canSee(s.unitId())) {
            throw new NotFoundException("submission", id);
        }
        return s;
    }

    private void requireReporter(long unitId) {
        requireAnyRole(unitId, Role.LEADER, Role.SPECIALIST);
    }

    /** Accepting and returning belong to the unit the report goes to: the parent in that period. */
    private void requireReceiver(Submission s) {
        Long parent = units.parentId(s.unitId(), ReportPeriod.parse(s.period()).referenceDate()).orElse(null);
        if (parent == null || !(access.hasRole(parent, Role.LEADER) || access.hasRole(parent, Role.SPECIALIST))) {
            throw ProblemException.forbidden("reporting.receiverOnly");
        }
    }

    private void requireAnyRole(long unitId, Role... roles) {
        access.requireVisible(unitId);
        for (Role r : roles) {
            if (access.hasRole(unitId, r)) {
                return;
            }
        }
        throw ProblemException.forbidden("reporting.reporterOnly");
    }

    private static void check(FormDef form, Map<String, BigDecimal> values, Map<String, String> sections) {
        var problems = form.check(values, sections);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }

    /**
     * Figures computed from the records, written into a new draft as they are: the form's cross-checks (resolved ≤
     * received) are for what a person types, and are applied again when the draft is saved or submitted.
     */
    void writeComputed(long id, Map<String, BigDecimal> values) {
        values.forEach((code, v) -> jdbc.sql("insert into report_value(submission_id, code, value) values (:id, :c, :v)")
                .param("id", id).param("c", code).param("v", v).update());
    }

    private void writeContent(long id, Map<String, BigDecimal> values, Map<String, String> sections) {
        jdbc.sql("delete from report_value where submission_id = :id").param("id", id).update();
        jdbc.sql("delete from report_text where submission_id = :id").param("id", id).update();
        values.forEach((code, v) -> jdbc.sql("insert into report_value(submission_id, code, value) values (:id, :c, :v)")
                .param("id", id).param("c", code).param("v", v).update());
        sections.forEach((code, t) -> {
            if (t != null && !t.isBlank()) {
                jdbc.sql("insert into report_text(submission_id, section_code, body) values (:id, :c, :b)")
                        .param("id", id).param("c", code).param("b", Texts.nfc(t)).update();
            }
        });
    }

    private Map<String, BigDecimal> values(long id) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        jdbc.sql("select code, value from report_value where submission_id = :id order by code").param("id", id)
                .query(rs -> {
                    m.put(rs.getString(1), Figures.plain(rs.getBigDecimal(2)));
                });
        return m;
    }

    private Map<String, String> texts(long id) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("select section_code, body from report_text where submission_id = :id").param("id", id)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    private void event(Submission s, String reason) {
        event(s, reason, values(s.id()));
    }

    private void event(Submission s, String reason, Map<String, BigDecimal> values) {
        jdbc.sql("""
                        insert into report_submission_event(submission_id, revision, status, username, reason, snapshot)
                        values (:s, :r, :st, :u, :why, cast(:snap as jsonb))""")
                .param("s", s.id()).param("r", s.revision()).param("st", s.status().name())
                .param("u", access.caller().map(Caller::username).orElse(null)).param("why", reason)
                .param("snap", snapshot(values)).update();
    }

    private static String snapshot(Map<String, BigDecimal> values) {
        return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue().toPlainString())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private SubmissionView view(Submission s, FormDef form) {
        return view(s, form, values(s.id()), texts(s.id()));
    }

    private static SubmissionView view(Submission s, FormDef form, Map<String, BigDecimal> values,
                                       Map<String, String> texts) {
        return new SubmissionView(s.id(), s.unitId(), form.code(), s.period(), s.status(), s.consolidated(), s.dueDate(),
                s.lockDate(), s.submittedAt(), s.onTime(), s.returnReason(), s.revision(), values, texts);
    }
}
