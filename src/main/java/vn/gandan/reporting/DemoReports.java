package vn.gandan.reporting;

import java.math.BigDecimal;
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
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.platform.DemoMode;

/**
 * The demo form DVCQ (dân vận chính quyền): indicators real reports publish, the outline of a dân vận report,
 * deadlines per level (the schools' reports come from {@link DemoSubmissions}). Idempotent.
 */
@Component
@Order(30)
class DemoReports implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final ReportService reports;
    private final UnitService units;
    private final TransactionTemplate tx;
    private final RegimeStore regimes;

    DemoReports(DemoMode demo, JdbcClient jdbc, ReportService reports, UnitService units, TransactionTemplate tx,
                RegimeStore regimes) {
        this.regimes = regimes;
        this.demo = demo;
        this.jdbc = jdbc;
        this.reports = reports;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from report_form where code = 'DVCQ'").query(Integer.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> form());
    }

    private void form() {
        // the national form belongs to the Ministry: only its administrators (or a system administrator) change it
        long form = jdbc.sql("""
                        insert into report_form(code, name, owner_unit_id)
                        values ('DVCQ', 'Báo cáo công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở', :o) returning id""")
                .param("o", units.findByCode("BGDDT").map(vn.gandan.org.UnitView::id).orElse(null)).query(Long.class).single();
        Object[][] indicators = {
            {"DIALOGUES_HELD", "Số cuộc đối thoại giữa người đứng đầu với cán bộ, nhân dân", "cuộc", "SUM"},
            {"DIALOGUE_OPINIONS", "Số ý kiến, kiến nghị tại các cuộc đối thoại", "ý kiến", "SUM"},
            {"CITIZEN_RECEPTIONS", "Số lượt tiếp công dân", "lượt", "SUM"},
            {"PETITIONS_RECEIVED", "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "đơn", "SUM"},
            {"PETITIONS_RESOLVED", "Số đơn thư đã giải quyết", "đơn", "SUM"},
            {"DISCLOSURES_DONE", "Số nội dung đã công khai theo quy định", "nội dung", "SUM"},
            {"STAFF_CONFERENCE_HELD", "Đã tổ chức Hội nghị cán bộ, công chức, viên chức", "đơn vị", "YES_COUNT"},
            {"INSPECTION_BOARD_MEETINGS", "Số cuộc kiểm tra, giám sát của Ban Thanh tra nhân dân", "cuộc", "SUM"},
            {"DVK_MODELS_REGISTERED", "Số mô hình, điển hình \"Dân vận khéo\" đăng ký", "mô hình", "SUM"},
            {"DVK_MODELS_RECOGNISED", "Số mô hình \"Dân vận khéo\" được công nhận, khen thưởng", "mô hình", "SUM"},
            {"LARGEST_DIALOGUE_ATTENDANCE", "Số người dự cuộc đối thoại đông nhất", "người", "MAX"},
            {"COMPLAINTS_RECEIVED", "Số đơn khiếu nại tiếp nhận", "đơn", "SUM"},
            {"DENUNCIATIONS_RECEIVED", "Số đơn tố cáo tiếp nhận", "đơn", "SUM"},
            {"PROPOSALS_RECEIVED", "Số kiến nghị, phản ánh tiếp nhận", "đơn", "SUM"},
            {"PETITIONS_ON_TIME", "Số đơn thư giải quyết đúng hạn", "đơn", "SUM"},
            {"RECEPTIONS_BY_HEAD", "Số buổi tiếp công dân định kỳ của người đứng đầu", "buổi", "SUM"},
            {"DIALOGUE_OPINIONS_ANSWERED", "Số ý kiến tại đối thoại đã được trả lời", "ý kiến", "SUM"},
            {"DIALOGUE_COMMITMENTS", "Số việc giao thực hiện sau đối thoại", "việc", "SUM"},
            {"INSPECTION_BOARD_FINDINGS", "Số kiến nghị của Ban Thanh tra nhân dân", "kiến nghị", "SUM"},
            {"DISCLOSURES_LAPSED", "Số nội dung công khai quá hạn hoặc chưa công khai", "nội dung", "SUM"},
            {"DVK_MODELS_REPLICATED", "Số mô hình \"Dân vận khéo\" được nhân rộng", "mô hình", "SUM"},
            {"DVK_EXEMPLARS_COMMENDED", "Số tập thể, cá nhân được khen thưởng trong phong trào thi đua", "lượt", "SUM"},
            {"DVCQ_SCORE", "Điểm chấm công tác dân vận chính quyền (bình quân)", "điểm", "AVERAGE"},
        };
        for (int i = 0; i < indicators.length; i++) {
            jdbc.sql("insert into report_indicator(form_id, code, name, unit_label, aggregation, position) values (:f, :c, :n, :u, :a, :p)")
                    .param("f", form).param("c", indicators[i][0]).param("n", indicators[i][1]).param("u", indicators[i][2])
                    .param("a", indicators[i][3]).param("p", i).update();
        }
        String[][] sections = {
            {"OVERVIEW", "I. Đặc điểm tình hình; tâm trạng, nguyện vọng của cán bộ, viên chức, người lao động và nhân dân"},
            {"LEADERSHIP", "II.1. Công tác lãnh đạo, chỉ đạo, quán triệt, tuyên truyền"},
            {"DEMOCRACY", "II.2. Kết quả thực hiện dân chủ ở cơ sở (công khai, đối thoại, hội nghị CBCCVC, Ban TTND)"},
            {"RECEPTION", "II.3. Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh"},
            {"DVK", "II.4. Phong trào thi đua \"Dân vận khéo\""},
            {"ASSESSMENT", "III. Đánh giá chung: ưu điểm, hạn chế, nguyên nhân, bài học kinh nghiệm"},
            {"NEXT", "IV. Phương hướng, nhiệm vụ thời gian tới"},
            {"PROPOSALS", "V. Kiến nghị, đề xuất"},
        };
        for (int i = 0; i < sections.length; i++) {
            jdbc.sql("insert into report_section(form_id, code, heading, position) values (:f, :c, :h, :p)")
                    .param("f", form).param("c", sections[i][0]).param("h", sections[i][1]).param("p", i).update();
        }
        jdbc.sql("insert into report_rule(form_id, left_code, operator, right_code) values (:f, 'PETITIONS_RESOLVED', '<=', 'PETITIONS_RECEIVED')")
                .param("f", form).update();
        jdbc.sql("insert into report_rule(form_id, left_code, operator, right_code) values (:f, 'DVK_MODELS_RECOGNISED', '<=', 'DVK_MODELS_REGISTERED')")
                .param("f", form).update();
        // The form-wide regime, as the migration makes one for every older form: every direct child reports.
        List<ReportingRegime.Deadline> levels = new java.util.ArrayList<>();
        for (Object[] level : new Object[][] {{"TRUONG", 2}, {"UBND_XA", 4}, {"PHONG_GDDT", 4}, {"SO_GDDT", 6}, {"BO", 8}}) {
            levels.add(new ReportingRegime.Deadline((String) level[0], "", (Integer) level[1], null, null,
                    ReportService.DEFAULT_LOCK_DAYS));
        }
        regimes.insert(new ReportingRegime(0, "Báo cáo công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở", "DVCQ", 1,
                null, java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList(),
                List.of(new ReportingRegime.PeriodRule(PeriodType.SIX_MONTH, ReportingRegime.DEFAULT_CUT_OFF_DAY),
                        new ReportingRegime.PeriodRule(PeriodType.ANNUAL, ReportingRegime.DEFAULT_CUT_OFF_DAY)),
                levels, null, null, null, List.of()), form, "demo");
    }
}
