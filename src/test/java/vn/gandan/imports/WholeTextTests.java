package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gandan.plans.PlanCommand;
import vn.gandan.plans.PlanContent;
import vn.gandan.shared.Texts;

/** A draft plan built from an imported document keeps its whole text: every paragraph under its heading, bases as written. */
class WholeTextTests {

    static final Path SEED_000 = Stream.of("../shared/seeds", "../../shared/seeds").map(Path::of).filter(Files::isDirectory)
            .findFirst().orElse(Path.of("../shared/seeds")).resolve("000_483884e3ac8d34df.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    static PlanCommand draftOf(String text) {
        return DraftPlanMapping.toCommand(ReviewForm.from(Extractor.extract("kh.txt", text)), 7L, name -> java.util.Optional.empty());
    }

    /** Share of the source's words (counted with repeats) that the draft's text contains. */
    static double wordsKept(String source, PlanCommand cmd) {
        Map<String, Integer> draft = counts(draftText(cmd));
        int total = 0;
        int kept = 0;
        for (Map.Entry<String, Integer> e : counts(new TextLines(source).joined.toString()).entrySet()) {
            total += e.getValue();
            kept += Math.min(e.getValue(), draft.getOrDefault(e.getKey(), 0));
        }
        return (double) kept / total;
    }

    static String draftText(PlanCommand c) {
        List<String> parts = new ArrayList<>(List.of(String.valueOf(c.title()), String.valueOf(c.place())));
        c.baseRefs().forEach(b -> parts.add(b.citation()));
        for (PlanContent.Section s : c.sections()) {
            parts.add(s.heading());
            parts.add(String.valueOf(s.body()));
            for (PlanContent.Item i : s.items()) {
                parts.add(String.valueOf(i.heading()));
                parts.add(String.valueOf(i.body()));
                parts.addAll(i.subItems());
            }
        }
        parts.addAll(c.recipients());
        c.signers().forEach(s -> parts.add(s.onBehalf() + " " + s.title() + " " + s.name()));
        return String.join("\n", parts);
    }

    private static Map<String, Integer> counts(String s) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(Texts.nfc(s).toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void theDraftOfSeed000KeepsAtLeast95PercentOfItsWords() throws Exception {
        String source = Files.readString(SEED_000);
        PlanCommand cmd = draftOf(source);
        assertThat(wordsKept(source, cmd)).isGreaterThanOrEqualTo(0.95);
        assertThat(cmd.sections()).extracting(PlanContent.Section::heading).contains("MỤC ĐÍCH");
    }

    @Test
    void basesKeepTheirOwnWordingAndParagraphsStayUnderTheirHeading() {
        String text = "Số: 3/KH-THAL\nAn Linh, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThực hiện dân chủ năm 2026\n\n"
                + "Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 01/3/2026 của Phòng GDĐT về dân chủ ở cơ sở;\n"
                + "Trường TH An Linh xây dựng kế hoạch như sau:\n"
                + "I. MỤC ĐÍCH\nPhát huy quyền làm chủ của viên chức.\nCông khai các khoản thu.\n"
                + "II. NHIỆM VỤ\n1. Tổ chức hội nghị viên chức\nHội nghị vào tháng 9.\na) Chuẩn bị báo cáo;\n"
                + "2. Công khai tài chính\nNiêm yết hằng quý.\n";
        PlanCommand cmd = draftOf(text);
        assertThat(cmd.baseRefs()).extracting(PlanContent.BaseRef::citation)
                .containsExactly("Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 01/3/2026 của Phòng GDĐT về dân chủ ở cơ sở");
        PlanContent.Section purpose = cmd.sections().get(0);
        assertThat(purpose.heading()).isEqualTo("MỤC ĐÍCH");
        assertThat(purpose.body()).contains("Trường TH An Linh xây dựng kế hoạch", "Phát huy quyền làm chủ", "Công khai các khoản thu");
        PlanContent.Section tasks = cmd.sections().get(1);
        assertThat(tasks.items()).extracting(PlanContent.Item::heading).containsExactly("Tổ chức hội nghị viên chức", "Công khai tài chính");
        assertThat(tasks.items().get(0).body()).isEqualTo("Hội nghị vào tháng 9.");
        assertThat(tasks.items().get(0).subItems()).containsExactly("a) Chuẩn bị báo cáo;");
    }
}
