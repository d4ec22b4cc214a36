package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.shared.GetRequestMemo;

/** Reads and writes reporting regimes with their reporters, periods, deadlines and linked plans. */
@Component
class RegimeStore {

    private final JdbcClient jdbc;
    private final RegimeReads reads;

    RegimeStore(JdbcClient jdbc, RegimeReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** A GET request reads a regime once however often its page asks (/reports: once per period and view). */
    Optional<ReportingRegime> find(long id) {
        return GetRequestMemo.get("reporting.regime", id, k -> reads.where("r.id = :id", Map.of("id", k)).stream().findFirst());
    }

    List<ReportingRegime> all() {
        return reads.where("true order by r.receiver_unit_id nulls first, r.name, r.id", Map.of());
    }

    List<ReportingRegime> ofForm(long formId) {
        return reads.where("r.form_id = :f order by r.id", Map.of("f", formId));
    }

    /** The regimes of the form with a main receiver that name the unit as a co-receiver, by id (one statement). */
    List<ReportingRegime> coReceiving(long unitId, long formId) {
        return reads.where("""
                r.form_id = :f and r.receiver_unit_id is not null
                and exists (select 1 from report_regime_receiver c where c.regime_id = r.id and c.unit_id = :u)
                order by r.id""", Map.of("f", formId, "u", unitId));
    }

    /**
     * The regime in force for reports sent to {@code receiver} (a unit of the chain {@code receiver, its ancestors
     * nearest first}; empty chain = only the form-wide regime): the nearest receiver's regime covering the period,
     * else the nearest in force (an ad hoc period under that regime's levels), else the form-wide one.
     */
    Optional<ReportingRegime> resolve(long formId, List<Long> chain, ReportPeriod p) {
        return inForce(formId, chain, p).stream().findFirst();
    }

    /** Every regime in force for the chain, in the order {@link #resolve} prefers them. */
    List<ReportingRegime> inForce(long formId, List<Long> chain, ReportPeriod p) {
        LocalDate day = p.referenceDate();
        List<ReportingRegime> candidates = new ArrayList<>(reads.where(
                "r.form_id = :f and (r.receiver_unit_id is null or r.receiver_unit_id in (:chain))",
                Map.of("f", formId, "chain", chain.isEmpty() ? List.of(-1L) : chain)).stream().filter(r -> r.inForceOn(day)).toList());
        Comparator<ReportingRegime> nearest = Comparator.comparingInt(r -> r.receiverUnitId() == null ? Integer.MAX_VALUE
                : chain.indexOf(r.receiverUnitId()));
        candidates.sort(Comparator.<ReportingRegime, Boolean>comparing(r -> !r.covers(p.code())).thenComparing(nearest)
                .thenComparing(ReportingRegime::id, Comparator.reverseOrder()));
        return candidates;
    }

    /** Whether any unit has its own regime for the form (if not, the form-wide one decides without reading the tree). */
    boolean anyWithReceiver(long formId) {
        return jdbc.sql("select exists (select 1 from report_regime where form_id = :f and receiver_unit_id is not null)")
                .param("f", formId).query(Boolean.class).single();
    }

    long insert(ReportingRegime r, long formId, String username) {
        long id = jdbc.sql("""
                        insert into report_regime(name, form_id, form_version, receiver_unit_id, valid_from, valid_to,
                                                  source_plan_id, created_by)
                        values (:n, :f, :v, :u, :from, :to, :plan, :by) returning id""")
                .param("n", r.name()).param("f", formId).param("v", r.formVersion()).param("u", r.receiverUnitId())
                .param("from", r.validFrom()).param("to", r.validTo()).param("plan", r.sourcePlanId()).param("by", username)
                .query(Long.class).single();
        writeParts(id, r);
        writeCoReceivers(id, r.coReceiverUnitIds());
        if (r.sourcePlanId() != null) {
            linkPlan(id, r.sourcePlanId());
        }
        return id;
    }

    void update(long id, ReportingRegime r, long formId) {
        jdbc.sql("""
                        update report_regime set name = :n, form_id = :f, form_version = :v, valid_from = :from, valid_to = :to
                        where id = :id""")
                .param("n", r.name()).param("f", formId).param("v", r.formVersion()).param("from", r.validFrom())
                .param("to", r.validTo()).param("id", id).update();
        for (String table : List.of("report_regime_reporter", "report_regime_period", "report_regime_deadline")) {
            jdbc.sql("delete from " + table + " where regime_id = :id").param("id", id).update();
        }
        writeParts(id, r);
        writeCoReceivers(id, r.coReceiverUnitIds());
    }

    /** Replaces the regime's co-receivers (defect 12: a regime may report to several bodies). */
    void writeCoReceivers(long id, List<Long> unitIds) {
        jdbc.sql("delete from report_regime_receiver where regime_id = :id").param("id", id).update();
        unitIds.forEach(u -> jdbc.sql("insert into report_regime_receiver(regime_id, unit_id) values (:id, :u) on conflict do nothing")
                .param("id", id).param("u", u).update());
    }

    /** Main receivers and forms of the regimes naming a co-receiver that matches the scope predicate on {@code c.unit_id}. */
    List<long[]> coReceived(String scopeOnUnit) {
        return jdbc.sql("select distinct r.receiver_unit_id, r.form_id from report_regime r join report_regime_receiver c"
                        + " on c.regime_id = r.id where r.receiver_unit_id is not null and (" + scopeOnUnit + ")")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Records a fixed date for one level and period (replacing an earlier one for the same level and period). */
    void putFixedDeadline(long id, String unitKind, String period, LocalDate due, LocalDate cutOffEnd) {
        putFixedDeadline(id, unitKind, period, due, cutOffEnd, null);
    }

    /** A level's fixed date for one period, with the channel the requesting plan names ("qua email …"), if any. */
    void putFixedDeadline(long id, String unitKind, String period, LocalDate due, LocalDate cutOffEnd, String channel) {
        jdbc.sql("""
                        insert into report_regime_deadline(regime_id, unit_kind, period, due_date, cut_off_end, channel)
                        values (:id, :k, :p, :d, :c, :ch)
                        on conflict (regime_id, unit_kind, period) do update
                        set due_date = excluded.due_date, cut_off_end = excluded.cut_off_end, working_days_after = null,
                            channel = coalesce(excluded.channel, report_regime_deadline.channel)""")
                .param("id", id).param("k", unitKind).param("p", period).param("d", due).param("c", cutOffEnd)
                .param("ch", channel).update();
    }

    /** Serialises regime changes of one receiver (two plans of the same unit issued at once must not both create one). */
    void lockReceiver(long unitId) {
        jdbc.sql("select pg_advisory_xact_lock(8101, cast(:u as int))").param("u", unitId).query(Object.class).list();
    }

    void addReporter(long id, String unitKind) {
        jdbc.sql("insert into report_regime_reporter(regime_id, unit_kind) values (:id, :k) on conflict do nothing")
                .param("id", id).param("k", unitKind).update();
    }

    void linkPlan(long id, long planId) {
        jdbc.sql("insert into report_regime_plan(regime_id, plan_id) values (:id, :p) on conflict do nothing")
                .param("id", id).param("p", planId).update();
    }

    private void writeParts(long id, ReportingRegime r) {
        r.reporterKinds().forEach(k -> addReporter(id, k));
        r.periods().forEach(p -> jdbc.sql("insert into report_regime_period(regime_id, period_type, cut_off_day) values (:id, :t, :d)")
                .param("id", id).param("t", p.type().name()).param("d", p.cutOffDay()).update());
        r.deadlines().forEach(d -> jdbc.sql("""
                        insert into report_regime_deadline(regime_id, unit_kind, period, working_days_after, due_date,
                                                           cut_off_end, lock_working_days, channel)
                        values (:id, :k, :p, :w, :d, :c, :l, :ch)""")
                .param("id", id).param("k", d.unitKind()).param("p", d.period()).param("w", d.workingDaysAfter())
                .param("d", d.dueDate()).param("c", d.cutOffEnd()).param("l", d.lockWorkingDays())
                .param("ch", d.channel()).update());
    }
}
