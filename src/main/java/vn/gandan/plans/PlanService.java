package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.legal.Citation;
import vn.gandan.legal.LegalService;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Plans: drafting, issuing with the register's next number, cascading ("triển khai") to subordinate units,
 * coverage, and the official document. Every read is scoped: a plan is visible to callers who see one of its
 * issuers, and — once issued — to the units below its issuers (they implement it). Anything else answers 404.
 */
@Service
@Transactional
public class PlanService {

    static final Set<String> REPORT_PERIODS = Set.of("QUARTER_1", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL", "OTHER");
    static final Set<String> RECURRENCES = Set.of("ONCE", "MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL", "CONTINUOUS");
    /** How far outside the plan's period a task may fall due (the tasks module's rule: about a quarter). */
    private static final int DUE_MARGIN_DAYS = 92;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("((?:19|20)\\d\\d)-((?:19|20)\\d\\d)");
    /** Units that implement their superior's plans (others — trade union, inspection board, front — take part in them). */
    private static final Set<UnitKind> NOT_IMPLEMENTERS = Set.of(UnitKind.CONG_DOAN, UnitKind.BAN_THANH_TRA_NHAN_DAN,
            UnitKind.MAT_TRAN, UnitKind.KHAC);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AccessService access;
    private final UnitService units;
    private final DocumentNumbering numbering;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LegalService legal;
    private final WorkCalendar calendar;
    private final PlanTasks tasks;
    private final int deriveLeadWorkingDays;

    PlanService(JdbcClient jdbc, JsonMapper json, AccessService access, UnitService units, DocumentNumbering numbering,
                AuditLog audit, ApplicationEventPublisher events, LegalService legal, WorkCalendar calendar,
                PlanTasks tasks, @Value("${app.plans.derive-lead-working-days:5}") int deriveLeadWorkingDays) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.units = units;
        this.numbering = numbering;
        this.audit = audit;
        this.events = events;
        this.legal = legal;
        this.calendar = calendar;
        this.tasks = tasks;
        this.deriveLeadWorkingDays = deriveLeadWorkingDays;
    }

    // ---------------------------------------------------------------- drafting

    /** A new draft (api.md POST /plans). The caller drafts for the first issuer (specialist or leader there). */
    public PlanView create(PlanCommand cmd) {
        PlanCommand c = normalise(cmd);
        validate(c, null);
        requireDrafter(c.issuerUnitIds().get(0));
        PlanContent content = linkBases(c.content());
        Plan plan = new Plan(null, c.kind(), c.issuerUnitIds(), content, null);
        long id = insert(plan, null);
        tasks.replace(id, c.tasks());
        audit.record("CREATE", "Plan", id, null, Map.of("title", content.title(), "issuers", c.issuerUnitIds()));
        return get(id);
    }

    /** Replaces a draft (api.md PUT /plans/{id}); 409 once it is issued. */
    public PlanView update(long id, PlanCommand cmd) {
        Stored s = load(id);
        requireDrafter(s.plan.issuerUnitIds().get(0));
        if (s.plan.status() != Plan.Status.DRAFT) throw ProblemException.conflict("plans.error.notDraft");
        PlanCommand c = normalise(cmd);
        validate(c, id);
        if (!c.issuerUnitIds().get(0).equals(s.plan.issuerUnitIds().get(0))) requireDrafter(c.issuerUnitIds().get(0));
        PlanContent content = linkBases(c.content());
        Plan plan = Plan.restore(id, c.kind(), c.issuerUnitIds(), content, Plan.Status.DRAFT, null, null, null,
                s.plan.supersedesPlanId());
        jdbc.sql("""
                        update plan set kind = :kind, title = :title, title_fold = :fold, period_kind = :pk, period_value = :pv,
                               period_start = :ps, period_end = :pe, place = :place, content = cast(:content as jsonb),
                               updated_at = now()
                        where id = :id and status = 'DRAFT'""")
                .param("kind", c.kind().name()).param("title", content.title()).param("fold", Texts.fold(content.title()))
                .param("pk", content.period().kind()).param("pv", content.period().value())
                .param("ps", periodStart(content.period())).param("pe", periodEnd(content.period()))
                .param("place", content.place()).param("content", json.writeValueAsString(content)).param("id", id)
                .update();
        writeIssuersAndBases(id, plan);
        tasks.replace(id, c.tasks());
        audit.record("UPDATE", "Plan", id, Map.of("title", s.plan.content().title()), Map.of("title", content.title()));
        return get(id);
    }

    /**
     * Issues a draft: checks every required element of the layout (422 listing what is missing), takes the next
     * number from the first issuer's register, supersedes the plan it corrects, activates its tasks and publishes
     * {@link PlanIssued}. Issuing is done by the leader or by the specialist (văn thư) who registers the signed
     * document.
     */
    public PlanView issue(long id) {
        return issue(id, units.today());
    }

    /** Issuing on a given day: the register entry of a document signed earlier (demo data, registering late). */
    PlanView issue(long id, LocalDate today) {
        Stored s = load(id);
        long first = s.plan.issuerUnitIds().get(0);
        if (!access.hasRole(first, Role.LEADER) && !access.hasRole(first, Role.SPECIALIST)) {
            throw ProblemException.forbidden("access.roleMissing", Role.LEADER.name());
        }
        if (s.plan.status() != Plan.Status.DRAFT) throw ProblemException.conflict("plans.error.notDraft");
        List<PlanDocuments.IssuerInfo> issuers = issuerInfos(s.plan, units.today());
        List<String> missing = new ArrayList<>(PlanDocuments.missingForIssue(s.plan, issuers));
        if (s.plan.content().sections().isEmpty()) missing.add("sections");
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("plans.issue.missing",
                    missing.stream().map(f -> FieldProblem.of(f, "plans.missing." + f)).toList(),
                    missing.size());
        }
        // lock the row: two issuers of the same draft cannot both take a number
        String status = jdbc.sql("select status from plan where id = :id for update").param("id", id)
                .query(String.class).single();
        if (!"DRAFT".equals(status)) throw ProblemException.conflict("plans.error.notDraft");
        PlanDocuments.IssuerInfo issuer = issuers.get(0);
        DocumentNumbering.Issued n = numbering.next(first, issuer.kind(), issuer.shortName(), s.plan.kind().typeCode,
                null, today);
        String symbol = n.symbol().substring(n.symbol().indexOf(n.party() ? '-' : '/') + 1);
        jdbc.sql("""
                        update plan set status = 'ISSUED', number = :n, symbol = :sym, number_symbol = :ns, issue_date = :d,
                               issued_by = :by, updated_at = now() where id = :id""")
                .param("n", n.number()).param("sym", symbol).param("ns", n.symbol()).param("d", today)
                .param("by", access.requireCaller().username()).param("id", id).update();
        if (s.plan.supersedesPlanId() != null) {
            jdbc.sql("update plan set status = 'SUPERSEDED', updated_at = now() where id = :id and status = 'ISSUED'")
                    .param("id", s.plan.supersedesPlanId()).update();
            tasks.close(s.plan.supersedesPlanId());
        }
        tasks.activate(id);
        audit.record("ISSUE", "Plan", id, Map.of("status", "DRAFT"),
                Map.of("status", "ISSUED", "numberSymbol", n.symbol(), "issueDate", today.toString()));
        events.publishEvent(new PlanIssued(id, s.plan.kind(), s.plan.issuerUnitIds(), n.symbol(),
                s.plan.content().title(), today, s.plan.content().period(), s.parentPlanId,
                s.plan.content().reportDeadlines()));
        return get(id);
    }

    /** Cancels a draft or withdraws an issued plan (its open tasks are closed). */
    public PlanView cancel(long id) {
        Stored s = load(id);
        requireDrafter(s.plan.issuerUnitIds().get(0));
        if (s.plan.status() == Plan.Status.ISSUED) access.requireRole(s.plan.issuerUnitIds().get(0), Role.LEADER);
        String before = s.plan.status().name();
        s.plan.cancel();
        jdbc.sql("update plan set status = 'CANCELLED', updated_at = now() where id = :id").param("id", id).update();
        tasks.close(id);
        audit.record("CANCEL", "Plan", id, Map.of("status", before), Map.of("status", "CANCELLED"));
        return get(id);
    }

    /** A correction of an issued plan: a new draft with the same content that supersedes it once issued. */
    public PlanView newVersion(long id) {
        Stored s = load(id);
        requireDrafter(s.plan.issuerUnitIds().get(0));
        Plan draft = s.plan.newVersion();
        long newId = insert(draft, s.parentPlanId);
        tasks.copy(id, newId);
        audit.record("CREATE", "Plan", newId, null, Map.of("supersedes", id));
        return get(newId);
    }

    /**
     * "Triển khai": a draft for a subordinate unit, pre-filled — its bases cite the parent plan and the parent's own
     * bases, its sections start from the parent's task groups, the tasks assigned to the unit become its own, and its
     * report deadlines fall a configurable number of working days before the parent's.
     */
    public PlanView derive(long parentId, long unitId) {
        Stored parent = load(parentId);
        if (parent.plan.status() != Plan.Status.ISSUED) throw ProblemException.conflict("plans.derive.notIssued");
        UnitView unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        requireDrafter(unitId);
        LocalDate today = units.today();
        if (parent.plan.issuerUnitIds().contains(unitId)
                || parent.plan.issuerUnitIds().stream().noneMatch(i -> units.isWithin(unitId, i, today))) {
            throw ProblemException.invalid("plans.derive.notSubordinate",
                    List.of(FieldProblem.of("unitId", "plans.derive.notSubordinate")));
        }
        PlanContent pc = parent.plan.content();
        // the unit reports to the issuer of the plan it implements
        String parentIssuer = units.get(parent.plan.issuerUnitIds().get(0)).name();
        List<PlanContent.BaseRef> bases = new ArrayList<>();
        bases.add(new PlanContent.BaseRef(parentId, null));
        for (PlanContent.BaseRef b : pc.baseRefs()) if (!bases.contains(b)) bases.add(b);
        List<PlanContent.ReportDeadline> deadlines = pc.reportDeadlines().stream()
                .map(d -> new PlanContent.ReportDeadline(d.period(), d.due() == null ? null
                        : calendar.subtractWorkingDays(d.due(), deriveLeadWorkingDays, unitId), parentIssuer))
                .toList();
        List<PlanContent.Section> sections = pc.sections().stream()
                .map(sec -> new PlanContent.Section(sec.heading(), sec.body(), sec.items())).toList();
        List<String> recipients = new ArrayList<>();
        recipients.add(units.get(parent.plan.issuerUnitIds().get(0)).name());
        recipients.add("Lưu: VT");
        PlanContent content = new PlanContent(pc.title(), unit.place(), pc.period(), bases, sections, deadlines,
                recipients, List.of(), List.of());
        Plan draft = new Plan(null, PlanKind.KE_HOACH, List.of(unitId), content, null);
        long id = insert(draft, parentId);
        List<PlanCommand.Task> own = tasks.specs(parentId).stream()
                .filter(t -> unitId == (t.leadUnitId() == null ? -1 : t.leadUnitId()) || t.assigneeUnitIds().contains(unitId)
                        || t.assigneeUnitIds().stream().anyMatch(a -> units.isWithin(unitId, a, today)))
                .map(t -> new PlanCommand.Task(t.title(), unitId, List.of(), t.due() == null ? null
                        : calendar.onOrNextWorkingDay(t.due(), unitId), t.recurrence()))
                .toList();
        tasks.replace(id, own);
        audit.record("CREATE", "Plan", id, null, Map.of("derivedFrom", parentId, "unitId", unitId));
        return get(id);
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public PlanView get(long id) {
        Stored s = load(id);
        return view(s);
    }

    /** Plans within the caller's scope, newest first; {@code unitId} = issued by that unit, {@code year} = period overlaps. */
    @Transactional(readOnly = true)
    public List<PlanView> list(Long unitId, Integer year, String status, String kind, String q) {
        return listIds(unitId, year, status, kind, q, 500).stream().map(this::get).toList();
    }

    /** Ids matching the filters and visible to the caller, newest first. */
    @Transactional(readOnly = true)
    public List<Long> listIds(Long unitId, Integer year, String status, String kind, String q, int limit) {
        if (unitId != null && !canSeePlansOf(unitId)) throw new NotFoundException("unit", unitId);
        StringBuilder sql = new StringBuilder("select p.id from plan p where (").append(visibilitySql()).append(")");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unitId != null) {
            sql.append(" and exists (select 1 from plan_issuer i where i.plan_id = p.id and i.unit_id = :unit)");
            params.put("unit", unitId);
        }
        if (year != null) {
            sql.append(" and p.period_start <= :ye and p.period_end >= :ys");
            params.put("ys", LocalDate.of(year, 1, 1));
            params.put("ye", LocalDate.of(year, 12, 31));
        }
        if (status != null && !status.isBlank()) {
            sql.append(" and p.status = :status");
            params.put("status", status);
        }
        if (kind != null && !kind.isBlank()) {
            sql.append(" and p.kind = :kind");
            params.put("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and (p.title_fold like :q or lower(coalesce(p.number_symbol, '')) like :q)");
            params.put("q", "%" + Texts.fold(q).replace("%", "").replace("_", "") + "%");
        }
        sql.append(" order by coalesce(p.issue_date, p.created_at::date) desc, p.id desc limit ").append(limit);
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        return spec.query(Long.class).list();
    }

    /** What this plan implements, nearest first (its bases that are plans, then theirs). */
    @Transactional(readOnly = true)
    public List<PlanSummary> ancestors(long id) {
        load(id);
        List<Long> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(id));
        List<Long> frontier = List.of(id);
        while (!frontier.isEmpty() && out.size() < 50) {
            List<Long> next = jdbc.sql("select base_plan_id from plan_base_plan where plan_id in (:ids) order by base_plan_id")
                    .param("ids", frontier).query(Long.class).list().stream().filter(seen::add).toList();
            out.addAll(next);
            frontier = next;
        }
        return summaries(out);
    }


    /** The plans that implement this one, level by level (depth 1 = direct), visible to the caller. */
    @Transactional(readOnly = true)
    public List<PlanSummary> descendants(long id) {
        load(id);
        List<Long> ids = jdbc.sql("""
                        with recursive d(id, depth) as (
                            select plan_id, 1 from plan_base_plan where base_plan_id = :id
                            union
                            select b.plan_id, d.depth + 1 from plan_base_plan b join d on b.base_plan_id = d.id where d.depth < 6)
                        select id, min(depth) from d group by id order by min(depth), id""")
                .param("id", id).query((rs, i) -> rs.getLong(1)).list().stream().limit(5000).toList();
        return summaries(ids);
    }

    /** A row of a plan list; {@code progress} is the plan's own tasks' average (the plan page adds the roll-up). */
    public record PlanSummary(long id, PlanKind kind, String title, String numberSymbol, Plan.Status status,
                              long issuerUnitId, String issuerName, LocalDate issueDate, String periodValue,
                              Integer progress) {}

    /** Summaries of the plans among {@code ids} that the caller may see, in the order given — three queries in all. */
    @Transactional(readOnly = true)
    public List<PlanSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        record Row(long id, PlanKind kind, String title, String ns, Plan.Status status, long issuer, LocalDate issued,
                   String period) {}
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select p.id, p.kind, p.title, p.number_symbol, p.status, p.issue_date, p.period_value,"
                        + " (select unit_id from plan_issuer where plan_id = p.id and position = 0) issuer"
                        + " from plan p where p.id in (:ids) and (" + visibilitySql() + ")")
                .param("ids", ids).query((rs, i) -> new Row(rs.getLong(1), PlanKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), Plan.Status.valueOf(rs.getString(5)), rs.getLong(8),
                        rs.getObject(6, LocalDate.class), rs.getString(7))).list()
                .forEach(r -> rows.put(r.id(), r));
        Map<Long, String> names = new java.util.HashMap<>();
        units.findAll(rows.values().stream().map(Row::issuer).collect(java.util.stream.Collectors.toSet()))
                .forEach(u -> names.put(u.id(), u.name()));
        Map<Long, Integer> progress = tasks.progress(rows.keySet());
        return ids.stream().map(rows::get).filter(r -> r != null)
                .map(r -> new PlanSummary(r.id(), r.kind(), r.title(), r.ns(), r.status(), r.issuer(),
                        names.getOrDefault(r.issuer(), "?"), r.issued(), r.period(), progress.get(r.id())))
                .toList();
    }

    public record Coverage(int expected, int implemented, int drafts, int missing, List<CoverageUnit> units) {}

    /** planId: the issued implementing plan (null where none is issued yet); draftPlanId: a draft in progress. */
    public record CoverageUnit(long unitId, String unitName, Long planId, String status, Long draftPlanId) {}

    /**
     * Which units must implement the plan (the issuers' direct subordinates today that implement plans) and which
     * of them have issued an implementing plan, have a draft, or have nothing.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(long id) {
        Stored s = load(id);
        LocalDate today = units.today();
        Set<UnitView> expected = new LinkedHashSet<>();
        for (Long issuer : s.plan.issuerUnitIds()) {
            for (UnitView child : units.children(issuer, today)) {
                if (!NOT_IMPLEMENTERS.contains(child.kind()) && !s.plan.issuerUnitIds().contains(child.id())) {
                    expected.add(child);
                }
            }
        }
        Map<Long, List<Object[]>> plansByUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.unit_id, p.id, p.status from plan_base_plan b join plan p on p.id = b.plan_id
                        join plan_issuer i on i.plan_id = p.id
                        where b.base_plan_id = :id and p.status in ('DRAFT', 'ISSUED') order by p.id""")
                .param("id", id).query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()
                .forEach(r -> plansByUnit.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        List<CoverageUnit> rows = new ArrayList<>();
        int implemented = 0;
        int drafts = 0;
        for (UnitView u : expected) {
            Long issued = null;
            Long draft = null;
            for (Object[] r : plansByUnit.getOrDefault(u.id(), List.of())) {
                if ("ISSUED".equals(r[2])) issued = (Long) r[1];
                else draft = (Long) r[1];
            }
            String status = issued != null ? "ISSUED" : draft != null ? "DRAFT" : "NONE";
            if (issued != null) implemented++;
            else if (draft != null) drafts++;
            rows.add(new CoverageUnit(u.id(), u.name(), issued, status, issued == null ? draft : null));
        }
        rows.sort((a, b) -> {
            int c = Integer.compare(rank(a.status()), rank(b.status()));
            return c != 0 ? c : Texts.fold(a.unitName()).compareTo(Texts.fold(b.unitName()));
        });
        return new Coverage(expected.size(), implemented, drafts, expected.size() - implemented - drafts, rows);
    }

    private static int rank(String status) {
        return switch (status) { case "NONE" -> 0; case "DRAFT" -> 1; default -> 2; };
    }

    /** Progress of a plan: its own tasks' average, or — without tasks — the average of its implementing plans. */
    @Transactional(readOnly = true)
    public Integer progress(long id) {
        load(id);
        return progressOf(id);
    }

    /**
     * The roll-up in two queries whatever the depth: the issued implementing plans below {@code id} (recursive CTE over
     * the bases graph, at most 8 levels), then the tasks' progress of all of them; combined bottom-up in memory.
     */
    private Integer progressOf(long id) {
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        jdbc.sql("""
                        with recursive d(parent, child, depth) as (
                            select b.base_plan_id, b.plan_id, 1 from plan_base_plan b join plan p on p.id = b.plan_id
                            where b.base_plan_id = :id and p.status = 'ISSUED'
                            union
                            select b.base_plan_id, b.plan_id, d.depth + 1 from plan_base_plan b
                            join plan p on p.id = b.plan_id join d on b.base_plan_id = d.child
                            where p.status = 'ISSUED' and d.depth < 8)
                        select distinct parent, child from d""")
                .param("id", id).query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).list()
                .forEach(e -> children.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]));
        Set<Long> nodes = new HashSet<>(Set.of(id));
        children.values().forEach(nodes::addAll);
        Map<Long, Integer> own = tasks.progress(nodes);
        return rollUp(id, children, own, new HashSet<>());
    }

    /** A plan's own tasks' average, averaged with its implementing plans' roll-ups (a plan with neither: null). */
    static Integer rollUp(long id, Map<Long, List<Long>> children, Map<Long, Integer> own, Set<Long> seen) {
        if (!seen.add(id)) return null;
        List<Integer> below = children.getOrDefault(id, List.of()).stream()
                .map(c -> rollUp(c, children, own, seen)).filter(p -> p != null).toList();
        Integer mine = own.get(id);
        if (below.isEmpty()) return mine;
        double avg = below.stream().mapToInt(Integer::intValue).average().orElse(0);
        return mine == null ? (int) Math.round(avg) : (int) Math.round((mine + avg) / 2.0);
    }

    /** The official document of the plan (NĐ 30 or Party layout); a draft renders with blank number and date. */
    @Transactional(readOnly = true)
    public vn.gandan.documents.OfficialDocument document(long id) {
        Stored s = load(id);
        LocalDate day = s.plan.issueDate() != null ? s.plan.issueDate() : units.today();
        return PlanDocuments.toDocument(s.plan, issuerInfos(s.plan, day), baseTexts(s.plan.content()));
    }

    /** What a draft still lacks before it can be issued (empty when it can be issued). */
    @Transactional(readOnly = true)
    public List<String> missingForIssue(long id) {
        Stored s = load(id);
        if (s.plan.status() != Plan.Status.DRAFT) return List.of();
        List<String> missing = new ArrayList<>(PlanDocuments.missingForIssue(s.plan, issuerInfos(s.plan, units.today())));
        if (s.plan.content().sections().isEmpty()) missing.add("sections");
        return missing;
    }

    /**
     * The caller's granted units and the units directly under them, valid today; with {@code drafting}, only those
     * the caller may draft plans for (the unit choices of the plan editor and the import screens).
     */
    @Transactional(readOnly = true)
    public List<UnitView> callerUnits(boolean drafting) {
        LocalDate today = units.today();
        Map<Long, UnitView> out = new LinkedHashMap<>();
        for (Long root : access.grantRootIds()) {
            units.find(root).filter(u -> u.validOn(today)).ifPresent(u -> out.put(u.id(), u));
            units.children(root, today).forEach(c -> out.putIfAbsent(c.id(), c));
        }
        return out.values().stream().filter(u -> !drafting || canDraft(u.id())).toList();
    }

    /** Whether the caller leads the unit (withdrawing an issued plan is the leader's decision). */
    @Transactional(readOnly = true)
    public boolean canWithdraw(long unitId) {
        return access.hasRole(unitId, Role.LEADER);
    }

    /** Whether the caller may edit (draft) plans of the unit. */
    @Transactional(readOnly = true)
    public boolean canDraft(long unitId) {
        return access.hasRole(unitId, Role.SPECIALIST) || access.hasRole(unitId, Role.LEADER);
    }

    /** Whether the caller may see the plans the unit issued (its own scope, or the unit is above one of its units). */
    @Transactional(readOnly = true)
    public boolean canSeePlansOf(long unitId) {
        return access.canSee(unitId) || ancestorsOfCaller().contains(unitId);
    }

    // ---------------------------------------------------------------- internals

    record Stored(Plan plan, Long parentPlanId, String symbol, String createdBy, java.time.OffsetDateTime updatedAt) {}

    Stored load(long id) {
        Optional<Stored> s = jdbc.sql("""
                        select p.*, (select array_agg(unit_id order by position) from plan_issuer where plan_id = p.id) issuers
                        from plan p where p.id = :id""")
                .param("id", id).query((rs, i) -> {
                    Long[] issuers = (Long[]) rs.getArray("issuers").getArray();
                    PlanContent content = json.readValue(rs.getString("content"), PlanContent.class);
                    Plan plan = Plan.restore(rs.getLong("id"), PlanKind.valueOf(rs.getString("kind")), List.of(issuers),
                            content, Plan.Status.valueOf(rs.getString("status")), (Integer) rs.getObject("number"),
                            rs.getString("number_symbol"), rs.getObject("issue_date", LocalDate.class),
                            (Long) rs.getObject("supersedes_plan_id"));
                    return new Stored(plan, (Long) rs.getObject("parent_plan_id"), rs.getString("symbol"), rs.getString("created_by"),
                            rs.getObject("updated_at", java.time.OffsetDateTime.class));
                }).optional();
        Stored stored = s.orElseThrow(() -> new NotFoundException("plan", id));
        if (!visible(stored.plan)) throw new NotFoundException("plan", id);
        return stored;
    }

    private boolean visible(Plan plan) {
        if (plan.issuerUnitIds().stream().anyMatch(access::canSee)) return true;
        if (plan.status() == Plan.Status.DRAFT || plan.status() == Plan.Status.CANCELLED) return false;
        Set<Long> above = ancestorsOfCaller();
        return plan.issuerUnitIds().stream().anyMatch(above::contains);
    }

    /** The units above the caller's granted units (their issued plans are addressed to the caller's units). */
    private Set<Long> ancestorsOfCaller() {
        Set<Long> out = new HashSet<>();
        LocalDate today = units.today();
        for (Long root : access.grantRootIds()) out.addAll(units.ancestorIds(root, today));
        return out;
    }

    private String visibilitySql() {
        String own = "exists (select 1 from plan_issuer i where i.plan_id = p.id and " + access.scopeSql("i.unit_id") + ")";
        Set<Long> above = ancestorsOfCaller();
        if (above.isEmpty()) return own;
        String ids = String.join(",", above.stream().map(String::valueOf).toList());
        return own + " or (p.status in ('ISSUED', 'SUPERSEDED') and exists (select 1 from plan_issuer i where i.plan_id = p.id"
                + " and i.unit_id in (" + ids + ")))";
    }

    private PlanView view(Stored s) {
        Plan p = s.plan;
        PlanContent c = p.content();
        String symbol = s.symbol();
        return new PlanView(p.id(), p.kind(), p.status(), p.issuerUnitIds(), c.title(), c.period(), c.place(),
                c.baseRefs(), c.sections(), tasks.views(p.id()), c.reportDeadlines(), c.recipients(), c.signers(),
                c.footnotes(), p.number(), symbol, p.numberSymbol(), p.issueDate(), s.parentPlanId(),
                p.supersedesPlanId(), progressOf(p.id()));
    }

    private long insert(Plan plan, Long parentPlanId) {
        PlanContent c = plan.content();
        long id = jdbc.sql("""
                        insert into plan (kind, title, title_fold, period_kind, period_value, period_start, period_end, place,
                                          content, parent_plan_id, supersedes_plan_id, created_by)
                        values (:kind, :title, :fold, :pk, :pv, :ps, :pe, :place, cast(:content as jsonb), :parent, :sup, :by)
                        returning id""")
                .param("kind", plan.kind().name()).param("title", c.title()).param("fold", Texts.fold(c.title()))
                .param("pk", c.period().kind()).param("pv", c.period().value())
                .param("ps", periodStart(c.period())).param("pe", periodEnd(c.period())).param("place", c.place())
                .param("content", json.writeValueAsString(c)).param("parent", parentPlanId)
                .param("sup", plan.supersedesPlanId())
                .param("by", access.caller().map(x -> x.username()).orElse("system"))
                .query(Long.class).single();
        writeIssuersAndBases(id, plan);
        return id;
    }

    private void writeIssuersAndBases(long id, Plan plan) {
        jdbc.sql("delete from plan_issuer where plan_id = :id").param("id", id).update();
        int pos = 0;
        for (Long u : plan.issuerUnitIds()) {
            jdbc.sql("insert into plan_issuer (plan_id, position, unit_id) values (:p, :pos, :u)")
                    .param("p", id).param("pos", pos++).param("u", u).update();
        }
        jdbc.sql("delete from plan_base_plan where plan_id = :id").param("id", id).update();
        for (Long b : new LinkedHashSet<>(plan.content().baseRefs().stream().map(PlanContent.BaseRef::planId)
                .filter(x -> x != null && x != id).toList())) {
            jdbc.sql("insert into plan_base_plan (plan_id, base_plan_id) values (:p, :b)").param("p", id).param("b", b).update();
        }
    }

    private void requireDrafter(long unitId) {
        access.requireVisible(unitId);
        if (!canDraft(unitId)) throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
    }

    /** Links citation bases to plans of the system with the same number and symbol and the same year. */
    private PlanContent linkBases(PlanContent c) {
        List<PlanContent.BaseRef> linked = new ArrayList<>();
        for (PlanContent.BaseRef b : c.baseRefs()) {
            if (b.planId() != null || b.citation() == null) {
                linked.add(new PlanContent.BaseRef(b.planId(), b.citation()));
                continue;
            }
            Optional<Citation> cit = legal.parse(b.citation());
            Long planId = cit.filter(x -> x.numberSymbol() != null).flatMap(x -> jdbc.sql("""
                            select id from plan where status in ('ISSUED', 'SUPERSEDED') and number_symbol = :ns
                            and (cast(:d as date) is null or issue_date = :d) order by id desc limit 1""")
                    .param("ns", x.numberSymbol()).param("d", x.date()).query(Long.class).optional())
                    .filter(pid -> { try { load(pid); return true; } catch (NotFoundException e) { return false; } })
                    .orElse(null);
            Long legalId = planId != null ? null : cit.filter(x -> x.numberSymbol() != null)
                    .flatMap(x -> legal.findByNumberSymbol(x.numberSymbol())).map(v -> v.id()).orElse(null);
            linked.add(new PlanContent.BaseRef(planId, b.citation(), legalId));
        }
        return new PlanContent(c.title(), c.place(), c.period(), linked, c.sections(), c.reportDeadlines(), c.recipients(),
                c.signers(), c.footnotes());
    }

    /** "Căn cứ" lines: a plan base as "Kế hoạch số 12/KH-PGDĐT ngày 05/02/2026 của … về …", citations as written. */
    List<String> baseTexts(PlanContent c) {
        List<String> out = new ArrayList<>();
        for (PlanContent.BaseRef b : c.baseRefs()) {
            if (b.citation() != null && !b.citation().isBlank()) {
                out.add(stripCanCu(b.citation()));
            } else if (b.planId() != null) {
                jdbc.sql("""
                                select p.kind, p.number_symbol, p.issue_date, p.title,
                                       (select unit_id from plan_issuer where plan_id = p.id and position = 0) issuer
                                from plan p where p.id = :id""")
                        .param("id", b.planId()).query((rs, i) -> {
                            String kindName = PlanKind.valueOf(rs.getString(1)) == PlanKind.CONG_VAN ? "Công văn" : "Kế hoạch";
                            String ns = rs.getString(2);
                            LocalDate d = rs.getObject(3, LocalDate.class);
                            String issuer = units.find(rs.getLong(5)).map(UnitView::name).orElse("");
                            return kindName + (ns == null ? "" : " số " + ns)
                                    + (d == null ? "" : " ngày %02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear()))
                                    + " của " + issuer + " về " + lowerFirst(rs.getString(4));
                        }).optional().ifPresent(out::add);
            }
        }
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

    private List<PlanDocuments.IssuerInfo> issuerInfos(Plan plan, LocalDate day) {
        List<PlanDocuments.IssuerInfo> out = new ArrayList<>();
        for (Long id : plan.issuerUnitIds()) {
            UnitView u = units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
            String superior = units.superiorName(id, day.isBefore(u.validFrom()) ? u.validFrom() : day).orElse(null);
            out.add(new PlanDocuments.IssuerInfo(superior, u.name(), u.shortName() == null || u.shortName().isBlank()
                    ? u.code() : u.shortName(), u.kind()));
        }
        return out;
    }

    static LocalDate periodStart(PlanContent.Period p) {
        return "SCHOOL_YEAR".equals(p.kind()) ? LocalDate.of(p.startYear(), 8, 1) : LocalDate.of(p.startYear(), 1, 1);
    }

    static LocalDate periodEnd(PlanContent.Period p) {
        return "SCHOOL_YEAR".equals(p.kind()) ? LocalDate.of(p.startYear() + 1, 7, 31) : LocalDate.of(p.startYear(), 12, 31);
    }

    private PlanCommand normalise(PlanCommand c) {
        if (c == null) throw ProblemException.badRequest("error.malformed");
        List<PlanContent.Section> sections = c.sections().stream().filter(s -> s != null).map(s -> new PlanContent.Section(
                Texts.clean(s.heading()), Texts.clean(s.body()), s.items().stream().filter(i -> i != null)
                .map(i -> new PlanContent.Item(Texts.clean(i.heading()), Texts.clean(i.body()),
                        i.subItems().stream().map(Texts::clean).filter(x -> x != null && !x.isBlank()).toList())).toList()))
                .toList();
        List<PlanContent.BaseRef> bases = c.baseRefs().stream().filter(b -> b != null)
                .map(b -> new PlanContent.BaseRef(b.planId(), Texts.clean(b.citation()))).toList();
        List<PlanContent.Signer> signers = c.signers().stream().filter(s -> s != null)
                .map(s -> new PlanContent.Signer(Texts.clean(s.name()), Texts.clean(s.title()), Texts.clean(s.onBehalf())))
                .toList();
        List<PlanCommand.Task> tasks = c.tasks().stream().filter(t -> t != null)
                .map(t -> new PlanCommand.Task(Texts.clean(t.title()), t.leadUnitId(), t.assigneeUnitIds(), t.due(),
                        t.recurrence() == null || t.recurrence().isBlank() ? "ONCE" : t.recurrence().strip())).toList();
        PlanContent.Period period = c.period() == null ? null
                : new PlanContent.Period(c.period().kind() == null ? null : c.period().kind().strip(),
                c.period().value() == null ? null : c.period().value().strip());
        return new PlanCommand(c.kind(), c.issuerUnitIds().stream().filter(x -> x != null).distinct().toList(),
                Texts.clean(c.title()), period, Texts.clean(c.place()), bases, sections, tasks,
                c.reportDeadlines().stream().filter(d -> d != null).toList(),
                c.recipients().stream().map(Texts::clean).filter(r -> r != null && !r.isBlank()).toList(), signers,
                c.footnotes().stream().map(Texts::clean).filter(r -> r != null && !r.isBlank()).toList());
    }

    /** 422 with one problem per invalid field (field names as in the JSON body, e.g. {@code tasks[0].leadUnitId}). */
    private void validate(PlanCommand c, Long selfId) {
        List<FieldProblem> p = new ArrayList<>();
        if (c.kind() == null) p.add(FieldProblem.of("kind", "plans.validation.kind"));
        if (c.issuerUnitIds().isEmpty()) p.add(FieldProblem.of("issuerUnitIds", "plans.validation.issuerRequired"));
        else if (c.kind() != null && c.kind() != PlanKind.KE_HOACH_PHOI_HOP && c.issuerUnitIds().size() > 1) {
            p.add(FieldProblem.of("issuerUnitIds", "plans.validation.oneIssuer"));
        } else if (c.kind() == PlanKind.KE_HOACH_PHOI_HOP && c.issuerUnitIds().size() < 2) {
            p.add(FieldProblem.of("issuerUnitIds", "plans.validation.jointIssuers"));
        }
        for (int i = 0; i < c.issuerUnitIds().size(); i++) {
            if (units.find(c.issuerUnitIds().get(i)).isEmpty()) p.add(FieldProblem.of("issuerUnitIds[" + i + "]", "plans.validation.unknownUnit"));
        }
        if (c.title() == null || c.title().isBlank()) p.add(FieldProblem.of("title", "plans.validation.titleRequired"));
        else if (c.title().length() > 1000) p.add(FieldProblem.of("title", "plans.validation.tooLong", 1000));
        if (c.period() == null || c.period().kind() == null || c.period().value() == null) {
            p.add(FieldProblem.of("period", "plans.validation.periodRequired"));
        } else if ("YEAR".equals(c.period().kind())) {
            if (!YEAR.matcher(c.period().value()).matches()) p.add(FieldProblem.of("period.value", "plans.validation.year"));
        } else if ("SCHOOL_YEAR".equals(c.period().kind())) {
            var m = SCHOOL_YEAR.matcher(c.period().value());
            if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                p.add(FieldProblem.of("period.value", "plans.validation.schoolYear"));
            }
        } else {
            p.add(FieldProblem.of("period.kind", "plans.validation.periodKind"));
        }
        if (c.place() != null && c.place().length() > 200) p.add(FieldProblem.of("place", "plans.validation.tooLong", 200));
        for (int i = 0; i < c.baseRefs().size(); i++) {
            PlanContent.BaseRef b = c.baseRefs().get(i);
            if (b.planId() == null && (b.citation() == null || b.citation().isBlank())) {
                p.add(FieldProblem.of("baseRefs[" + i + "]", "plans.validation.baseEmpty"));
            } else if (b.planId() != null && (b.planId().equals(selfId) || !planVisible(b.planId()))) {
                p.add(FieldProblem.of("baseRefs[" + i + "].planId", "plans.validation.unknownPlan"));
            } else if (b.citation() != null && b.citation().length() > 2000) {
                p.add(FieldProblem.of("baseRefs[" + i + "].citation", "plans.validation.tooLong", 2000));
            }
        }
        if (c.sections().size() > 60) p.add(FieldProblem.of("sections", "plans.validation.tooMany", 60));
        for (int i = 0; i < c.sections().size(); i++) {
            PlanContent.Section s = c.sections().get(i);
            if (s.heading() == null || s.heading().isBlank()) p.add(FieldProblem.of("sections[" + i + "].heading", "plans.validation.headingRequired"));
            else if (s.heading().length() > 500) p.add(FieldProblem.of("sections[" + i + "].heading", "plans.validation.tooLong", 500));
            if (s.body() != null && s.body().length() > 50_000) p.add(FieldProblem.of("sections[" + i + "].body", "plans.validation.tooLong", 50_000));
            for (int j = 0; j < s.items().size(); j++) {
                PlanContent.Item it = s.items().get(j);
                if ((it.heading() == null || it.heading().isBlank()) && (it.body() == null || it.body().isBlank())) {
                    p.add(FieldProblem.of("sections[" + i + "].items[" + j + "]", "plans.validation.itemEmpty"));
                }
            }
        }
        for (int i = 0; i < c.tasks().size(); i++) {
            PlanCommand.Task t = c.tasks().get(i);
            String f = "tasks[" + i + "].";
            if (t.title() == null || t.title().isBlank()) p.add(FieldProblem.of(f + "title", "plans.validation.taskTitle"));
            else if (t.title().length() > 500) p.add(FieldProblem.of(f + "title", "plans.validation.tooLong", 500));
            if (t.leadUnitId() != null && units.find(t.leadUnitId()).isEmpty()) p.add(FieldProblem.of(f + "leadUnitId", "plans.validation.unknownUnit"));
            for (Long a : t.assigneeUnitIds()) {
                if (a == null || units.find(a).isEmpty()) p.add(FieldProblem.of(f + "assigneeUnitIds", "plans.validation.unknownUnit"));
            }
            if (!RECURRENCES.contains(t.recurrence())) p.add(FieldProblem.of(f + "recurrence", "plans.validation.recurrence"));
            if ("ONCE".equals(t.recurrence()) && t.due() == null) p.add(FieldProblem.of(f + "due", "plans.validation.dueRequired"));
            if (t.due() != null && c.period() != null && p.stream().noneMatch(x -> x.field().startsWith("period"))
                    && c.period().value() != null && (t.due().isBefore(periodStart(c.period()).minusDays(DUE_MARGIN_DAYS))
                    || t.due().isAfter(periodEnd(c.period()).plusDays(DUE_MARGIN_DAYS)))) {
                p.add(FieldProblem.of(f + "due", "plans.validation.dueOutside"));
            }
        }
        for (int i = 0; i < c.reportDeadlines().size(); i++) {
            PlanContent.ReportDeadline d = c.reportDeadlines().get(i);
            if (d.period() == null || !REPORT_PERIODS.contains(d.period())) p.add(FieldProblem.of("reportDeadlines[" + i + "].period", "plans.validation.reportPeriod"));
            if (d.due() == null) p.add(FieldProblem.of("reportDeadlines[" + i + "].due", "plans.validation.dueRequired"));
            if (d.recipient() != null && d.recipient().length() > 300) {
                p.add(FieldProblem.of("reportDeadlines[" + i + "].recipient", "plans.validation.tooLong", 300));
            }
        }
        if (c.recipients().size() > 100) p.add(FieldProblem.of("recipients", "plans.validation.tooMany", 100));
        for (int i = 0; i < c.recipients().size(); i++) {
            if (c.recipients().get(i).length() > 500) p.add(FieldProblem.of("recipients[" + i + "]", "plans.validation.tooLong", 500));
        }
        for (int i = 0; i < c.signers().size(); i++) {
            PlanContent.Signer s = c.signers().get(i);
            if (s.name() != null && s.name().length() > 200) p.add(FieldProblem.of("signers[" + i + "].name", "plans.validation.tooLong", 200));
            if (s.title() != null && s.title().length() > 200) p.add(FieldProblem.of("signers[" + i + "].title", "plans.validation.tooLong", 200));
            if (s.onBehalf() != null && !s.onBehalf().isBlank()
                    && !s.onBehalf().matches("(?i)(TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.|T/M|K/T|T/L)\\s.*")) {
                p.add(FieldProblem.of("signers[" + i + "].onBehalf", "plans.validation.onBehalf"));
            }
        }
        if (!p.isEmpty()) throw ProblemException.invalid("plans.validation.failed", p, p.size());
    }

    private boolean planVisible(long id) {
        try {
            load(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Ids of plans issued by any of the units (for other modules' pages). */
    @Transactional(readOnly = true)
    public List<PlanSummary> issuedBy(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) return List.of();
        List<Long> ids = jdbc.sql("""
                        select distinct p.id from plan p join plan_issuer i on i.plan_id = p.id
                        where i.unit_id in (:u) and p.status = 'ISSUED' and p.period_start <= :ye and p.period_end >= :ys
                        order by p.id""")
                .param("u", unitIds).param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year, 12, 31))
                .query(Long.class).list();
        return summaries(ids);
    }
}
