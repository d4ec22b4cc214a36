package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitService;
import vn.gandan.platform.DemoMode;

/**
 * The Phú Giáo schools' DVCQ reports of this year, after the demo plans set the deadlines (so each report is due
 * before the Phòng's, rule E3): the six-month report sent (some accepted, one late), the year's report sent by some
 * and still a draft or missing for others. Dated relative to the day the database is created. Idempotent.
 */
@Component
@Order(50)
class DemoSubmissions implements ApplicationRunner {

    private record Demo(String code, int dialogues, int received, int resolved, int models, boolean sendYear,
                        boolean accept, boolean late) {
    }

    private static final List<Demo> SCHOOLS = List.of(new Demo("TH-PS", 2, 3, 3, 2, true, true, false),
            new Demo("TH-AL", 2, 1, 1, 1, false, false, true), new Demo("TH-PV", 3, 2, 1, 1, true, false, false),
            new Demo("THCS-PS", 2, 4, 4, 3, false, false, false));

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final ReportService reports;
    private final UnitService units;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoSubmissions(DemoMode demo, JdbcClient jdbc, ReportService reports, UnitService units, TransactionTemplate tx,
                    Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.reports = reports;
        this.units = units;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from report_form where code = 'DVCQ'").query(Integer.class).single() == 0
                || jdbc.sql("select count(*) from report_submission").query(Integer.class).single() > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            int year = LocalDate.now(clock).getYear();
            tx.executeWithoutResult(s -> SCHOOLS.forEach(d -> report(d, year)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void report(Demo d, int year) {
        long unit = units.findByCode(d.code()).orElseThrow().id();
        SubmissionView half = draft(unit, year + "-S1", d);
        sendBy(half, d.late() ? half.dueDate().plusDays(2) : half.dueDate().minusDays(3));
        if (d.accept()) {
            reports.accept(half.id());
        }
        SubmissionView whole = draft(unit, String.valueOf(year), d);
        if (d.sendYear()) {
            sendBy(whole, whole.dueDate().minusDays(2));
        }
    }

    private SubmissionView draft(long unit, String period, Demo d) {
        return reports.createDraft(unit, "DVCQ", period, Map.of(
                        "DIALOGUES_HELD", BigDecimal.valueOf(d.dialogues()), "PETITIONS_RECEIVED", BigDecimal.valueOf(d.received()),
                        "PETITIONS_RESOLVED", BigDecimal.valueOf(d.resolved()), "DVK_MODELS_REGISTERED", BigDecimal.valueOf(d.models()),
                        "STAFF_CONFERENCE_HELD", BigDecimal.ONE),
                Map.of("DEMOCRACY", "Nhà trường tổ chức Hội nghị viên chức, người lao động đầu năm học; công khai "
                                + "kế hoạch, tài chính trên bảng tin và trang thông tin điện tử; tổ chức " + d.dialogues()
                                + " cuộc đối thoại giữa Hiệu trưởng với viên chức, người lao động.",
                        "DVK", "Đăng ký " + d.models() + " mô hình \"Dân vận khéo\" gắn với nhiệm vụ dạy học."));
    }

    /** Sends the report on that day, or now if that day has not come yet (the report waits for nothing). */
    private void sendBy(SubmissionView s, LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = day.atTime(9, 0).atZone(clock.getZone()).toOffsetDateTime();
        reports.submit(s.id(), at.isAfter(now) ? now : at);
    }
}
