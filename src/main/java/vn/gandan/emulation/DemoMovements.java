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
    private final ModelFiles files;

    DemoMovements(DemoMode demo, JdbcClient jdbc, TransactionTemplate tx, UnitService units, Movements movements,
                  Proposals proposals, Decisions decisions, Actors actors, ModelFiles files) {
        this.files = files;
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
        others(t);
        jdbc.sql("select id from emu_model where name = 'Mỗi thầy cô là một cầu nối với phụ huynh' order by id limit 1")
                .query(Long.class).optional().ifPresent(id -> files.add(id, "ra-mat-mo-hinh.png", picture(), "Lễ ra mắt mô hình tại hội nghị cha mẹ học sinh"));
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

    /** The Sở's sector-wide round, a sibling Phòng's and another province's movements (each seen only in its tree). */
    private void others(LocalDate t) {
        units.findByCode("SGDDT-BD").ifPresent(u -> movements.launch(new Movements.NewMovement(u.id(), "DAN_VAN_KHEO",
                "Phong trào thi đua \"Dân vận khéo\" ngành Giáo dục tỉnh Bình Dương giai đoạn " + t.getYear() + "-" + (t.getYear() + 4),
                t.minusDays(300).toString(),
                t.plusDays(1500).toString(), null, "Các đơn vị đăng ký mô hình với cơ quan quản lý trực tiếp.")));
        units.findByCode("PGDDT-TA").ifPresent(u -> movements.launch(new Movements.NewMovement(u.id(), "DAY_TOT_HOC_TOT",
                "Phong trào thi đua \"Dạy tốt, học tốt\" năm học của thị xã Thuận An", t.minusDays(90).toString(), t.plusDays(200).toString(), null, null)));
        units.findByCode("SGDDT-GL").ifPresent(u -> movements.launch(new Movements.NewMovement(u.id(), "DOI_MOI_SANG_TAO",
                "Phong trào thi đua \"Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập\" ngành Giáo dục Gia Lai", t.minusDays(60).toString(),
                t.plusDays(300).toString(), null, null)));
    }

    /** A small generated picture (the demo ships no photographs). */
    static byte[] picture() {
        var img = new java.awt.image.BufferedImage(480, 270, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xE8F1FB));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new java.awt.Color(0x1F6FB2));
        g.fillRect(40, 150, 400, 80);
        g.setColor(new java.awt.Color(0xC8102E));
        g.fillOval(200, 40, 80, 80);
        g.dispose();
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long propose(long movement, long unit, String kind, String name, String position, String form, LocalDate on) {
        return proposals.propose(movement, new Proposals.NewProposal(unit, kind, name, null, position,
                "Xây dựng và duy trì mô hình \"Dân vận khéo\" gắn với vận động phụ huynh; 100% học sinh được thăm hộ, "
                        + "tỷ lệ chuyên cần 98%, được Ban đại diện cha mẹ học sinh và chính quyền xã ghi nhận.", form, null, on.toString())).id();
    }
}
