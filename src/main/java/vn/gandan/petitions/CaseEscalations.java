package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;

/**
 * Escalation of overdue cases (issue 9, item 3): every working morning, each case past its intake deadline (still
 * RECEIVED) or its resolution deadline (ACCEPTED, VERIFYING, DIALOGUE; a suspended case's clock is stopped) is
 * published as {@link PetitionOverdue} once per case, stage and deadline — the {@code petition_escalation} row
 * decides which node publishes, so two nodes escalate a case once; {@code notifications} tells the handler, the
 * unit's leaders and the unit above.
 */
@Component
class CaseEscalations {

    private final JdbcClient jdbc;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseEscalations(JdbcClient jdbc, UnitService units, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    private record Overdue(long id, long unitId, String code, int registerNo, String stage, LocalDate due, String handler) {
    }

    @Scheduled(cron = "${app.petitions.escalation-cron:0 20 7 * * MON-SAT}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int escalate() {
        LocalDate today = LocalDate.now(clock);
        List<Overdue> due = jdbc.sql("""
                        with o as (
                          select id, unit_id, code, register_no, 'INTAKE' as stage, intake_due as due, handler from petition
                           where status = 'RECEIVED' and intake_due < :t
                          union all
                          select id, unit_id, code, register_no, 'RESOLUTION', resolution_due, handler from petition
                           where status in ('ACCEPTED', 'VERIFYING', 'DIALOGUE') and resolution_due < :t),
                        claimed as (
                          insert into petition_escalation(petition_id, stage, due)
                          select id, stage, due from o on conflict do nothing
                          returning petition_id, stage, due)
                        select o.id, o.unit_id, o.code, o.register_no, o.stage, o.due, o.handler
                          from claimed c join o on o.id = c.petition_id and o.stage = c.stage and o.due = c.due""")
                .param("t", today)
                .query((rs, i) -> new Overdue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7))).list();
        due.forEach(o -> events.publishEvent(new PetitionOverdue(o.id(), o.unitId(),
                units.parentId(o.unitId(), today).orElse(null), o.code(), o.registerNo(), o.stage(), o.due(), o.handler())));
        return due.size();
    }
}
