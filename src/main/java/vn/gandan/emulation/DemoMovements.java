package vn.gandan.emulation;

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
import vn.gandan.platform.DemoMode;

/**
 * Demo movements dated back from today: the Phòng's "Dân vận khéo" round of this school year with proposals at every
 * status (two decided in QĐ 45/QĐ-PGDĐT, one forwarded to the Sở, one reviewed, one proposed, one not selected) and
 * its "văn hóa công sở" movement. Runs once (when no movement exists), after the models.
 */
@Component
@Order(51)
class DemoMovements implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final UnitService units;
    private final Movements movements;
    private final Proposals proposals;
    private final Decisions decisions;
    private final Actors actors;

    DemoMovements(DemoMode demo, JdbcClient jdbc, TransactionTemplate tx, UnitService units, Movements movements,
                  Proposals proposals, Decisions decisions, Actors actors) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.tx = tx;
        this.units = units;
        this.movements = movements;
        this.proposals = proposals;
        this.decisions = decisions;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || units.findByCode("TH-PS").isEmpty() || units.findByCode("PGDDT-PG").isEmpty()
                || jdbc.sql("select count(*) from emu_movement").query(Integer.class).single() > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            tx.executeWithoutResult(s -> load(actors.today()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load(LocalDate t) {
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        long ps = units.findByCode("TH-PS").orElseThrow().id();
        long al = units.findByCode("TH-AL").map(u -> u.id()).orElse(ps);
        int start = t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1;
        long dvk = movements.launch(new Movements.NewMovement(phong, "DAN_VAN_KHEO", "Phong trào thi đua \"Dân vận khéo\" năm học "
                + start + "-" + (start + 1), t.minusDays(220).toString(), t.plusDays(150).toString(), t.plusDays(120).toString(),
                "Mỗi trường ít nhất một mô hình, mỗi cán bộ quản lý, giáo viên đăng ký một việc làm dân vận khéo.")).id();
        movements.launch(new Movements.NewMovement(phong, "VAN_HOA_CONG_SO", "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa "
                + "công sở năm " + t.getYear(), t.minusDays(120).toString(), t.plusDays(60).toString(), null, null));
        long a = propose(dvk, ps, "COLLECTIVE", null, null, "GIAY_KHEN", t.minusDays(40));
        long b = propose(dvk, ps, "INDIVIDUAL", "Nguyễn Thị Lan", "Giáo viên chủ nhiệm lớp 3A", "GIAY_KHEN", t.minusDays(40));
        long c = propose(dvk, ps, "INDIVIDUAL", "Lê Văn Sang", "Phó Hiệu trưởng", "BANG_KHEN", t.minusDays(40));
        long d = propose(dvk, al, "COLLECTIVE", null, null, "GIAY_KHEN", t.minusDays(35));
        long e = propose(dvk, al, "INDIVIDUAL", "Phạm Thị Hoa", "Giáo viên", "GIAY_KHEN", t.minusDays(3));
        long f = propose(dvk, al, "INDIVIDUAL", "Võ Văn Minh", "Nhân viên văn phòng", "GIAY_KHEN", t.minusDays(35));
        for (long id : List.of(a, b, c, d, f)) proposals.act(id, "review", t.minusDays(30).toString(), "Hội đồng Thi đua – Khen thưởng Phòng đã xét");
        proposals.act(c, "forward", t.minusDays(28).toString(), "Trình Sở GDĐT đề nghị Chủ tịch UBND tỉnh tặng Bằng khen");
        proposals.act(f, "reject", t.minusDays(28).toString(), "Thời gian thực hiện mô hình chưa đủ một năm học");
        decisions.decide(dvk, new Decisions.NewDecision(phong, "45/QĐ-PGDĐT", t.minusDays(20).toString(), "Nguyễn Văn Bình",
                "Trưởng phòng", null, "Xét đề nghị của Hội đồng Thi đua – Khen thưởng Phòng Giáo dục và Đào tạo", List.of(a, b)));
    }

    private long propose(long movement, long unit, String kind, String name, String position, String form, LocalDate on) {
        return proposals.propose(movement, new Proposals.NewProposal(unit, kind, name, null, position,
                "Xây dựng và duy trì mô hình \"Dân vận khéo\" gắn với vận động phụ huynh; 100% học sinh được thăm hộ, "
                        + "tỷ lệ chuyên cần 98%, được Ban đại diện cha mẹ học sinh và chính quyền xã ghi nhận.", form, null, on.toString())).id();
    }
}
