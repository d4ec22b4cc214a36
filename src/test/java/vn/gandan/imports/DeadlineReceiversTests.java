package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gandan.plans.PlanCommand;
import vn.gandan.plans.PlanContent;

/**
 * Defect 12 in the importer: a report's second receivers and its channel are read out of the text (seed 002 reports
 * "về Sở (qua phòng TCCB, Công đoàn Giáo dục tỉnh)"; seed 001 "vào ngày 25/10/2022 qua địa chỉ email: …").
 */
class DeadlineReceiversTests {

    private static Extraction.Deadline first(String text) {
        return Extractor.extract("kh.txt", "KẾ HOẠCH\nThực hiện công tác dân vận năm 2026\n" + text + "\n")
                .reportDeadlines().get(0);
    }

    @Test
    void seed002ReportsToTheSoAndToTheUnionOfEducation() throws Exception {
        String seed = Files.readString(WholeTextTests.SEED_000.resolveSibling("002_38edd3e0a9d24bd8.txt"));
        List<Extraction.Deadline> ds = Extractor.extract("002.txt", seed).reportDeadlines();
        assertThat(ds).hasSize(2).allSatisfy(d -> {
            assertThat(d.recipient()).isEqualTo("Sở (qua phòng TCCB, Công đoàn Giáo dục tỉnh)");
            assertThat(d.coReceivers()).as("phòng TCCB is a way into the Sở, not a body").containsExactly("Công đoàn Giáo dục tỉnh");
        });
        PlanCommand draft = DraftPlanMapping.toCommand(ReviewForm.from(Extractor.extract("002.txt", seed)), 7L,
                n -> Optional.ofNullable(Map.of("Công đoàn Giáo dục tỉnh", 42L).get(n)));
        assertThat(draft.reportDeadlines()).extracting(PlanContent.ReportDeadline::coReceiverUnitIds)
                .containsExactly(List.of(42L), List.of(42L));
    }

    @Test
    void otherWaysOfNamingASecondReceiver() {
        assertThat(first("Các trường báo cáo 6 tháng gửi về Phòng GDĐT và Công đoàn Giáo dục huyện trước ngày 15/6.")
                .coReceivers()).containsExactly("Công đoàn Giáo dục huyện");
        assertThat(first("Các trường báo cáo năm gửi Phòng GDĐT trước ngày 01/12, đồng gửi Ban Dân vận Huyện ủy.")
                .coReceivers()).containsExactly("Ban Dân vận Huyện ủy");
        assertThat(first("Các đơn vị báo cáo năm về Sở Giáo dục và Đào tạo trước ngày 20/11; đồng thời gửi Công đoàn ngành để theo dõi.")
                .coReceivers()).containsExactly("Công đoàn ngành");
        assertThat(first("Báo cáo 6 tháng về Sở Giáo dục và Đào tạo trước ngày 15/6.").coReceivers())
                .as("\"và Đào tạo\" is part of the name").isEmpty();
    }

    @Test
    void theChannelOfAReport() {
        assertThat(first("Báo cáo kết quả về Phòng GD&ĐT vào ngày 25/10/2022 qua địa chỉ email: lehongphuc1975@gmail.com.").channel())
                .isEqualTo("qua địa chỉ email: lehongphuc1975@gmail.com");
        assertThat(first("Báo cáo 6 tháng về Phòng GDĐT trước ngày 15/6 qua hệ thống quản lý văn bản để tổng hợp.").channel())
                .isEqualTo("qua hệ thống quản lý văn bản");
        assertThat(first("Báo cáo năm bằng văn bản về Phòng GDĐT trước ngày 01/12.").channel()).isEqualTo("bằng văn bản");
        assertThat(first("Báo cáo năm về Phòng GDĐT trước ngày 01/12.").channel()).isNull();
    }
}
