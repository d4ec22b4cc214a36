package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.gandan.org.PeopleService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.platform.DemoMode;

/**
 * Demo emulation records dated back from today: Phước Sang's models at every stage (one adopted by An Linh), last
 * year's finalised dân vận scores of the Phòng's schools and this year's self-scores, and a staff evaluation period
 * in progress at Phước Sang. Idempotent.
 */
@Component
@Order(50)
class DemoEmulation implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final UnitService units;
    private final DemoEmulationData data;

    DemoEmulation(DemoMode demo, JdbcClient jdbc, TransactionTemplate tx, UnitService units, DemoEmulationData data) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.tx = tx;
        this.units = units;
        this.data = data;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || units.findByCode("TH-PS").isEmpty()
                || jdbc.sql("select count(*) from emu_model").query(Integer.class).single() > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            tx.executeWithoutResult(s -> data.load());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The records themselves (a separate bean so the services run in the runner's transaction). */
    @Component
    static class DemoEmulationData {

        private final ModelRegistry registry;
        private final ModelSteps steps;
        private final ScoringService scoring;
        private final CriteriaStore criteria;
        private final DemoEvaluations evaluations;
        private final PeopleService people;
        private final UnitService units;
        private final Actors actors;

        DemoEmulationData(ModelRegistry registry, ModelSteps steps, ScoringService scoring, CriteriaStore criteria,
                          DemoEvaluations evaluations, PeopleService people, UnitService units, Actors actors) {
            this.registry = registry;
            this.steps = steps;
            this.scoring = scoring;
            this.criteria = criteria;
            this.evaluations = evaluations;
            this.people = people;
            this.units = units;
            this.actors = actors;
        }

        void load() {
            LocalDate t = actors.today();
            long ps = units.findByCode("TH-PS").orElseThrow().id();
            long al = units.findByCode("TH-AL").orElseThrow().id();
            model(ps, "Mỗi thầy cô là một cầu nối với phụ huynh", "EXEMPLAR", "PERSON", "Cô Nguyễn Thị Lan", t, 6);
            model(ps, "Cổng trường an toàn giao thông", "MODEL", "UNIT", null, t, 5);
            model(ps, "Tủ sách dân vận cho cha mẹ học sinh", "MODEL", "GROUP", "Tổ chủ nhiệm khối 5", t, 4);
            model(ps, "Hũ gạo tình thương", "MODEL", "GROUP", "Chi đoàn giáo viên", t, 3);
            model(ps, "Giờ đón trả trẻ không ùn tắc", "MODEL", "UNIT", null, t, 2);
            model(ps, "Tiếp phụ huynh mỗi sáng thứ Bảy", "EXEMPLAR", "PERSON", "Thầy Lê Văn Sang", t, 1);
            model(al, "Vườn rau em chăm", "MODEL", "UNIT", null, t, 3);
            scores(t.getYear() - 1, true);
            scores(t.getYear(), false);
            evaluations.load(ps, t);
        }

        /** A model taken through {@code stages} steps after registration (1 = registered only … 6 = replicated). */
        private void model(long unit, String name, String kind, String holder, String holderName, LocalDate t, int stages) {
            long id = registry.register(new NewModel(unit, Field.VAN_HOA_XA_HOI.name(), name, t.minusDays(200).toString(),
                    Map.of("situation", "Một bộ phận phụ huynh ở ấp xa ít liên hệ với nhà trường.",
                            "aims", "Mọi phụ huynh được nhà trường liên hệ ít nhất mỗi tháng một lần.",
                            "content", "Thăm hộ gia đình, họp nhóm phụ huynh theo ấp, nhóm Zalo lớp.",
                            "area", "Xã Phước Sang; phụ huynh học sinh của trường.",
                            "forces", "Giáo viên chủ nhiệm chủ trì; Ban đại diện cha mẹ học sinh, Chi đoàn phối hợp.",
                            "resources", "Tự túc, vận động xã hội hóa.",
                            "timing", "Từ đầu năm học; sơ kết cuối học kỳ I; đánh giá cuối năm.",
                            "outputs", "Sổ theo dõi thăm hộ; biên bản họp phụ huynh; tỷ lệ học sinh chuyên cần.",
                            "sustainability", "Duy trì hằng năm, nhân rộng cho các lớp và trường bạn."),
                    null, kind, holder, holderName, "PERSON".equals(holder), "Xã Phước Sang, Phú Giáo, Bình Dương")).id();
            String note = "Quyết định số 45/QĐ-PGDĐT ngày " + t.minusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            if (stages >= 2) steps.launch(id, body(t.minusDays(190), "Ra mắt tại hội nghị cha mẹ học sinh đầu năm", null));
            if (stages >= 3) {
                steps.progress(id, new StepBody(t.minusDays(150).toString(), null, "Đã thăm 18 hộ, 2 buổi họp nhóm", "https://thphuocsang.example.vn/dvk/ky-1", null, null, null, null, null, null, null));
                steps.progress(id, new StepBody(t.minusDays(90).toString(), null, "Đã thăm 35 hộ; 97% học sinh chuyên cần", "https://thphuocsang.example.vn/dvk/ky-2", null, null, null, null, null, null, null));
            }
            if (stages >= 4) steps.evaluate(id, new StepBody(t.minusDays(40).toString(), null, null, null,
                    List.of(new StepBody.Check("Mọi phụ huynh được liên hệ hằng tháng", null, true, null)),
                    List.of(new StepBody.Check(null, "EXEMPLAR".equals(kind) ? "CN4" : "TT3", true, null)), null, null, null, null, null));
            if (stages >= 5) steps.recognise(id, new StepBody(t.minusDays(20).toString(), null, null, null, null, null, null, "GIAY_KHEN", null, note, null));
            if (stages >= 6) steps.replicate(id, body(t.minusDays(5), "Trường TH An Linh áp dụng cho khối 4, 5", units.findByCode("TH-AL").orElseThrow().id()));
        }

        private static StepBody body(LocalDate on, String note, Long unitId) {
            return new StepBody(on.toString(), note, null, null, null, null, null, null, null, null, unitId);
        }

        /** The Phòng's schools: self-scores with evidence, the Phòng's score and, for a past year, the final score. */
        private void scores(int year, boolean finalise) {
            long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
            List<UnitView> schools = units.children(phong, units.today());
            for (int i = 0; i < schools.size(); i++) {
                long school = schools.get(i).id();
                Criteria set = criteria.forUnit(school, year).orElse(null);
                if (set == null) continue;
                BigDecimal share = new BigDecimal(i % 4 == 0 ? "0.95" : i % 4 == 1 ? "0.85" : i % 4 == 2 ? "0.75" : "0.6");
                scoring.saveSelf(school, year, lines(set, share.add(new BigDecimal("0.05")).min(BigDecimal.ONE)));
                if (!finalise) continue;
                scoring.saveSuperior(school, year, lines(set, share));
                scoring.finalise(school, year, null);
            }
        }

        private static ScoreInput lines(Criteria set, BigDecimal share) {
            return new ScoreInput(set.leaves().stream().map(c -> new ScoreInput.Line(c.code(), null,
                    c.max().multiply(share).setScale(1, java.math.RoundingMode.HALF_UP), null,
                    "https://pgdphugiao.example.vn/minh-chung/" + c.code(), null)).toList());
        }
    }
}
