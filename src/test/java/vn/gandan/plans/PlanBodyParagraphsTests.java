package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.plans.PlanContent.Item;
import vn.gandan.plans.PlanContent.Section;

/**
 * A plan's section and item bodies keep their paragraphs (issue 13, deliver 3: the draft made from an import reads like
 * the original — the new-user trial found every paragraph of a section run into one): stored one per line, each line
 * cleaned as any text is, and rendered as paragraphs of their own in the document.
 */
class PlanBodyParagraphsTests {

    private static PlanCommand command(String sectionBody, String itemBody) {
        return new PlanCommand(PlanKind.KE_HOACH, List.of(10L), "Kế hoạch", null, "Phú Giáo", List.of(),
                List.of(new Section("MỤC ĐÍCH, YÊU CẦU", sectionBody, List.of(new Item("Tuyên truyền", itemBody, List.of())))),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aBodyKeepsItsParagraphsEachCleanedAndBlankLinesDropped() {
        // a Windows copy (\r\n), a blank line, runs of spaces, a hidden zero-width space, decomposed letters (NFD)
        String body = "Nâng cao  nhận thức.\r\n\r\n   Phát huy\u200B quyền làm chủ \r\n\u0110e\u0302\u0301n tận cơ sở.\n";
        PlanCommand c = PlanChecks.normalise(command(body, "Đoạn một.\n\nĐoạn   hai."));
        assertThat(c.sections().get(0).body()).isEqualTo("Nâng cao nhận thức.\nPhát huy quyền làm chủ\nĐến tận cơ sở.");
        assertThat(c.sections().get(0).items().get(0).body()).isEqualTo("Đoạn một.\nĐoạn hai.");
    }

    @Test
    void aBodyOfOneLineOrNoneIsAsBefore() {
        assertThat(PlanChecks.normalise(command("  Một   đoạn. ", null)).sections().get(0).body()).isEqualTo("Một đoạn.");
        assertThat(PlanChecks.normalise(command(null, "x")).sections().get(0).body()).isNull();
        assertThat(PlanChecks.normalise(command(" \n \r\n", "x")).sections().get(0).body()).isEmpty();
    }

    @Test
    void eachParagraphOfASectionOrItemIsAParagraphOfTheDocument() {
        PlanContent content = new PlanContent("Thực hiện công tác dân vận", "Phú Giáo", new PlanContent.Period("YEAR", "2026"),
                List.of(), List.of(new Section("MỤC ĐÍCH, YÊU CẦU", "Đoạn thứ nhất.\nĐoạn thứ hai.",
                        List.of(new Item("Tuyên truyền", "quán triệt văn bản.\nĐăng tin trên cổng.", List.of("Tổ chức hội nghị"))))),
                List.of(), List.of("Lưu: VT."), List.of(), List.of());
        Plan p = new Plan(1L, PlanKind.KE_HOACH, List.of(10L), content, null);
        List<Block> blocks = PlanDocuments.toDocument(p, List.of(PlanLifecycleTests.PHONG), List.of()).blocks();
        assertThat(blocks).extracting(Block::kind, Block::label, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HEADING, "I.", "MỤC ĐÍCH, YÊU CẦU"),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, null, "Đoạn thứ nhất."),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, null, "Đoạn thứ hai."),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.PARAGRAPH, "1.", "Tuyên truyền: quán triệt văn bản."),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, null, "Đăng tin trên cổng."),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.SUB_ITEM, "a)", "Tổ chức hội nghị"));
    }
}
