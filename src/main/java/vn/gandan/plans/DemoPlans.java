package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;
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
import vn.gandan.org.UnitView;
import vn.gandan.plans.PlanContent.Signer;
import vn.gandan.platform.DemoMode;

/**
 * This year's cascade of the seed documents' kind, dated relative to the day the database is created (a task overdue,
 * others due soon; each level's report due a week before the level above, rule E3): the Sở GDĐT Bình Dương's plan on
 * công tác dân vận chính quyền, the
 * Phòng GDĐT Phú Giáo's plan implementing it (tasks assigned to its schools), Trường Tiểu học Phước Sang's issued plan
 * and Trường Tiểu học An Linh's draft — so coverage, tasks and documents can be tried at once. Idempotent. The texts:
 * {@link DemoPlanContents}.
 */
@Component
@Order(40)
class DemoPlans implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final PlanService plans;
    private final UnitService units;
    private final TransactionTemplate tx;

    DemoPlans(DemoMode demo, JdbcClient jdbc, PlanService plans, UnitService units, TransactionTemplate tx) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.plans = plans;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from plan").query(Integer.class).single() > 0
                || units.findByCode("SGDDT-BD").isEmpty()) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            tx.executeWithoutResult(s -> cascade());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long id(String code) {
        return units.findByCode(code).map(UnitView::id).orElseThrow();
    }

    /** This year's day, or today if it has not come yet (a plan is never issued in the future). */
    private LocalDate issued(LocalDate today, int month, int day) {
        LocalDate d = LocalDate.of(today.getYear(), month, day);
        return d.isAfter(today) ? today : d;
    }

    private void cascade() {
        LocalDate today = units.today();
        int y = today.getYear();
        long so = id("SGDDT-BD");
        long phong = id("PGDDT-PG");
        long phuocSang = id("TH-PS");
        long anLinh = id("TH-AL");
        PlanContent.Period year = new PlanContent.Period("YEAR", String.valueOf(y));

        PlanView ofSo = plans.create(DemoPlanContents.ofSo(so, phong, today, year));
        ofSo = plans.issue(ofSo.id(), issued(today, 1, 12));

        PlanView ofPhong = plans.derive(ofSo.id(), phong);
        List<PlanCommand.Task> phongTasks = DemoPlanContents.phongTasks(phong, phuocSang, anLinh, today);
        plans.update(ofPhong.id(), new PlanCommand(PlanKind.KE_HOACH, List.of(phong),
                "Thực hiện công tác dân vận chính quyền năm " + y, year, "Phú Giáo", ofPhong.baseRefs(),
                ofPhong.sections(), phongTasks,
                DemoPlanContents.withOneOffReport(ofPhong.reportDeadlines(), today),
                List.of("Sở GDĐT Bình Dương", "Ban Dân vận Huyện ủy", "Các trường MN, TH, THCS", "Lưu: VT"),
                List.of(new Signer("Nguyễn Văn Bình", "TRƯỞNG PHÒNG", null)), List.of()));
        ofPhong = plans.issue(ofPhong.id(), issued(today, 2, 3));

        PlanView ofPhuocSang = plans.derive(ofPhong.id(), phuocSang);
        plans.update(ofPhuocSang.id(), new PlanCommand(PlanKind.KE_HOACH, List.of(phuocSang),
                "Thực hiện công tác dân vận chính quyền năm " + y, year, "Phước Sang", ofPhuocSang.baseRefs(),
                DemoPlanContents.phuocSangSections(),
                ofPhuocSang.tasks().stream().map(t -> new PlanCommand.Task(t.title(), t.leadUnitId(), t.assigneeUnitIds(), t.due(),
                        t.recurrence()).derivedFrom(t.derivedFromTaskId())).toList(),
                ofPhuocSang.reportDeadlines(),
                List.of("Phòng GDĐT Phú Giáo", "Chi bộ nhà trường", "Lưu: VT"),
                List.of(new Signer("Lê Văn Sang", "HIỆU TRƯỞNG", null)), List.of()));
        plans.issue(ofPhuocSang.id(), issued(today, 2, 24));

        plans.derive(ofPhong.id(), anLinh);
    }
}
