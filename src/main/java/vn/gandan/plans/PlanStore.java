package vn.gandan.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.shared.Texts;

/**
 * Plans in the database: reads a {@link Plan} and writes back what the aggregate decided. The status column is
 * written only here, from {@link Plan#status()}; no other SQL changes it.
 */
@Component
class PlanStore {


    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** Parsed contents by their stored text (see {@link #content}); about {@link #KEPT_CHARS} characters of text at most. */
    private final java.util.Map<String, PlanContent> contents = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong keptChars = new java.util.concurrent.atomic.AtomicLong();
    static final long KEPT_CHARS = 4_000_000;

    PlanStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored plan with what the aggregate does not hold. */
    /** {@code taskSpecs}: the row's task specifications as stored (JSON), read with the row (the preview needs them). */
    /** {@code basePlanIds}: the plans this one implements (its bases that are plans), by id, read with the row. */
    record Stored(Plan plan, Long parentPlanId, String symbol, String createdBy, OffsetDateTime updatedAt, String taskSpecs,
                  List<Long> basePlanIds) {}

    /**
     * The plan, unscoped (callers check visibility). {@code forUpdate} locks the row until the commit. A GET request
     * reads a plan once (the plan page loaded it five times: page, coverage, ancestors, descendants, document).
     */
    Optional<Stored> find(long id, boolean forUpdate) {
        return forUpdate ? read(id, true) : vn.gandan.shared.GetRequestMemo.get("plans.plan", id, k -> read(k, false));
    }

    /**
     * The columns {@link #map} reads, not {@code p.*}: the row also holds the search's stored vector and folded title
     * (migrations 4302, 8411), which every plan page read and sent for nothing (the vector ~2.8 kB as text for a demo
     * plan; session 18: ~30 µs of PostgreSQL CPU per read).
     */
    private static final String SELECT = """
            select p.id, p.kind, p.content, p.status, p.number, p.number_symbol, p.issue_date, p.supersedes_plan_id,
                   p.return_comment, p.parent_plan_id, p.symbol, p.created_by, p.updated_at, p.task_specs,
                   (select array_agg(unit_id order by position) from plan_issuer where plan_id = p.id) issuers,
                   array(select base_plan_id from plan_base_plan where plan_id = p.id order by base_plan_id) base_plans
            from plan p""";

    private Optional<Stored> read(long id, boolean forUpdate) {
        return jdbc.sql(SELECT + " where p.id = :id" + (forUpdate ? " for update of p" : ""))
                .param("id", id).query(this::map).optional();
    }

    /** Plans by id, unscoped, in one query (the API list; callers check visibility), in no particular order. */
    List<Stored> findAll(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql(SELECT + " where p.id in (:ids)").param("ids", ids).query(this::map).list();
    }

    private Stored map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Long[] issuers = (Long[]) rs.getArray("issuers").getArray();
        PlanContent content = content(rs.getString("content"));
        Plan plan = Plan.restore(rs.getLong("id"), PlanKind.valueOf(rs.getString("kind")), List.of(issuers),
                content, Plan.Status.valueOf(rs.getString("status")), (Integer) rs.getObject("number"),
                rs.getString("number_symbol"), rs.getObject("issue_date", LocalDate.class),
                (Long) rs.getObject("supersedes_plan_id"), rs.getString("return_comment"));
        return new Stored(plan, (Long) rs.getObject("parent_plan_id"), rs.getString("symbol"),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("task_specs"),
                List.of((Long[]) rs.getArray("base_plans").getArray()));
    }

    /**
     * A plan's content from its stored JSON (session 18: every plan row read — the plan page, its tree, the API — parsed
     * the same JSON again, 1 % of the request threads' CPU). A content is immutable (records of strings, dates and
     * unmodifiable lists), so the content parsed from one text is kept and answered for the same text again: equal
     * text, equal content, on every node and after any edit (an edited plan has another text). The store holds about
     * {@link #KEPT_CHARS} characters of text; past that it starts again.
     */
    PlanContent content(String text) {
        if (text == null) {
            return json.readValue(text, PlanContent.class);
        }
        PlanContent kept = contents.get(text);
        if (kept != null) {
            return kept;
        }
        PlanContent parsed = json.readValue(text, PlanContent.class);
        if (keptChars.addAndGet(text.length()) > KEPT_CHARS) {
            contents.clear();
            keptChars.set(text.length());
        }
        contents.put(text, parsed);
        return parsed;
    }

    /** How many parsed contents are kept (tests). */
    int keptContents() {
        return contents.size();
    }

    long insert(Plan plan, Long parentPlanId, String createdBy) {
        PlanContent c = plan.content();
        long id = jdbc.sql("""
                        insert into plan (kind, title, title_fold, period_kind, period_value, period_start, period_end, place,
                                          content, parent_plan_id, supersedes_plan_id, created_by)
                        values (:kind, :title, :fold, :pk, :pv, :ps, :pe, :place, cast(:content as jsonb), :parent, :sup, :by)
                        returning id""")
                .param("kind", plan.kind().name()).param("title", c.title()).param("fold", Texts.fold(c.title()))
                .param("pk", c.period().kind()).param("pv", c.period().value())
                .param("ps", PlanPeriods.start(c.period())).param("pe", PlanPeriods.end(c.period()))
                .param("place", c.place()).param("content", json.writeValueAsString(c)).param("parent", parentPlanId)
                .param("sup", plan.supersedesPlanId()).param("by", createdBy)
                .query(Long.class).single();
        writeIssuersAndBases(id, plan);
        return id;
    }

    /** Writes a draft's edited content (kind, title, period, place, issuers, bases). */
    void saveContent(Plan plan) {
        PlanContent c = plan.content();
        jdbc.sql("""
                        update plan set kind = :kind, title = :title, title_fold = :fold, period_kind = :pk, period_value = :pv,
                               period_start = :ps, period_end = :pe, place = :place, content = cast(:content as jsonb),
                               updated_at = now()
                        where id = :id""")
                .param("kind", plan.kind().name()).param("title", c.title()).param("fold", Texts.fold(c.title()))
                .param("pk", c.period().kind()).param("pv", c.period().value())
                .param("ps", PlanPeriods.start(c.period())).param("pe", PlanPeriods.end(c.period()))
                .param("place", c.place()).param("content", json.writeValueAsString(c)).param("id", plan.id())
                .update();
        writeIssuersAndBases(plan.id(), plan);
    }

    /** Writes the aggregate's state: status, number and issue date, the last return comment. */
    void saveState(Plan plan, String symbol, String by) {
        jdbc.sql("""
                        update plan set status = :st, number = :n, symbol = :sym, number_symbol = :ns, issue_date = :d,
                               return_comment = :rc, updated_at = now(),
                               issued_by = case when :st = 'ISSUED' and issued_by is null then :by else issued_by end,
                               submitted_by = case when :st = 'PENDING_APPROVAL' then :by else submitted_by end,
                               approved_by = case when :st = 'APPROVED' then :by else approved_by end
                        where id = :id""")
                .param("st", plan.status().name()).param("n", plan.number()).param("sym", symbol)
                .param("ns", plan.numberSymbol()).param("d", plan.issueDate()).param("rc", plan.returnComment())
                .param("by", by).param("id", plan.id()).update();
    }

    /** The approval trail kept before the shared approval mechanism (plans approved before it), oldest first. */
    List<PlanView.Step> steps(long planId) {
        return jdbc.sql("select step, username, comment, at from plan_approval_step where plan_id = :p order by id")
                .param("p", planId).query((rs, i) -> new PlanView.Step(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
    }

    /** {@link #steps(long)} of many plans in one query. */
    java.util.Map<Long, List<PlanView.Step>> steps(java.util.Collection<Long> planIds) {
        java.util.Map<Long, List<PlanView.Step>> out = new java.util.HashMap<>();
        if (planIds.isEmpty()) return out;
        jdbc.sql("select plan_id, step, username, comment, at from plan_approval_step where plan_id in (:p) order by id")
                .param("p", planIds).query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new PlanView.Step(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)));
                });
        return out;
    }

    /** The newest issued (or superseded) plan with this number and symbol, issued that day when a day is given. */
    Optional<Long> findIssued(String numberSymbol, LocalDate day) {
        return jdbc.sql("""
                        select id from plan where status in ('ISSUED', 'SUPERSEDED') and number_symbol = :ns
                        and (cast(:d as date) is null or issue_date = :d) order by id desc limit 1""")
                .param("ns", numberSymbol).param("d", day).query(Long.class).optional();
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
}
