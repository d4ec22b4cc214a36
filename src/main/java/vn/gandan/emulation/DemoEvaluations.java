package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccountPeople;
import vn.gandan.org.PeopleService;

/**
 * The demo's staff evaluation period in progress at Phước Sang (this school year): five teachers with their
 * self-assessments, two already rated by the head; teachers gv.phuocsang1 (Nguyễn Thị Lan, rated — she sees the head's
 * rating) and gv.phuocsang2 (Bùi Thị Thu, no evaluation yet — she opens her own) linked to their logins.
 */
@Component
class DemoEvaluations {

    private final EvaluationService evaluations;
    private final SelfAssessment selfAssessment;
    private final EvalCriteria criteria;
    private final PeopleService people;
    private final AccountPeople links;

    DemoEvaluations(EvaluationService evaluations, SelfAssessment selfAssessment, EvalCriteria criteria,
                    PeopleService people, AccountPeople links) {
        this.evaluations = evaluations;
        this.selfAssessment = selfAssessment;
        this.criteria = criteria;
        this.people = people;
        this.links = links;
    }

    void load(long school, LocalDate t) {
        int start = t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1;
        String period = start + "-" + (start + 1);
        String[] names = {"Nguyễn Thị Lan", "Trần Văn Hùng", "Phạm Thị Mai", "Võ Thị Hạnh", "Đặng Văn Tâm"};
        for (int i = 0; i < names.length; i++) {
            long person = people.add(school, names[i], "Giáo viên", null, null, LocalDate.of(2018, 9, 1)).id();
            if (i == 0) link("gv.phuocsang1", person);
            EvaluationView e = evaluations.open(school, person, period, "Giáo viên", null,
                    "Hoàn thành nhiệm vụ giảng dạy; tham gia mô hình dân vận khéo của trường.", "TOT");
            selfScore(e, EvaluationPeriod.parse(period).to());
            if (i < 2) evaluations.rate(e.id(), new BigDecimal("62"), new BigDecimal("16"), false, "Hoàn thành tốt nhiệm vụ");
        }
        link("gv.phuocsang2", people.add(school, "Bùi Thị Thu", "Giáo viên", null, null, LocalDate.of(2020, 9, 1)).id());
    }

    private void link(String username, long person) {
        try {
            links.setPerson(username, person);
        } catch (vn.gandan.shared.NotFoundException e) {
            // the demo accounts are not there (a database from before they were added): nothing to link
        }
    }

    /** The teacher's own points: 80 % of each criterion's maximum, with the school's evidence page. */
    private void selfScore(EvaluationView e, LocalDate end) {
        Map<String, BigDecimal> points = new HashMap<>();
        Map<String, String> evidence = new HashMap<>();
        criteria.inForce(e.unitId(), end).ifPresent(set -> set.criteria().forEach(c -> {
            points.put(c.code(), c.maxPoints().multiply(new BigDecimal("0.8")).setScale(1, java.math.RoundingMode.HALF_UP));
            evidence.put(c.code(), "https://thphuocsang.example.vn/minh-chung/" + c.code().toLowerCase(java.util.Locale.ROOT));
        }));
        selfAssessment.save(e, new SelfAssessment.Input(e.selfText(), "TOT", points, evidence));
    }
}
