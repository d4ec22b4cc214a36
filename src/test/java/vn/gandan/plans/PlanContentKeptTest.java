package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session 18: a plan's content parsed from its stored text is kept and answered for the same text — equal to a fresh
 * parse for every text, another text another content, immutable all the way down, the store bounded by its characters.
 */
class PlanContentKeptTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private static PlanContent content(Random r) {
        List<PlanContent.Section> sections = new ArrayList<>();
        for (int s = 0; s < 1 + r.nextInt(4); s++) {
            List<PlanContent.Item> items = new ArrayList<>();
            for (int i = 0; i < r.nextInt(4); i++) {
                items.add(new PlanContent.Item("Mục " + r.nextInt(99), "Nội dung " + r.nextInt(), List.of("a" + r.nextInt(9), "b")));
            }
            sections.add(new PlanContent.Section("Phần " + s, r.nextBoolean() ? null : "Thân " + r.nextLong(), items));
        }
        return new PlanContent("Kế hoạch " + r.nextInt(1000), r.nextBoolean() ? "Bình Dương" : null,
                new PlanContent.Period("YEAR", String.valueOf(2020 + r.nextInt(8))),
                List.of(new PlanContent.BaseRef(r.nextBoolean() ? null : (long) r.nextInt(50), "Căn cứ " + r.nextInt(), null)),
                sections,
                List.of(new PlanContent.ReportDeadline("HALF_YEAR", LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                        "Phòng GDĐT", null, r.nextBoolean() ? null : List.of(3L, 4L))),
                List.of("Như trên", "Lưu: VT"), List.of(new PlanContent.Signer("Nguyễn Văn A", "TRƯỞNG PHÒNG", "KT.")),
                List.of("ghi chú " + r.nextInt(5)));
    }

    @Test
    void theSameTextGivesTheKeptContentEqualToAFreshParseAndAnotherTextAnother() {
        PlanStore store = new PlanStore(null, json);
        Random r = new Random(18);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(json.writeValueAsString(content(r)));
        }
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                // a new String each time, as each row read gives one
                PlanContent kept = store.content(new String(text.toCharArray()));
                assertThat(kept).isEqualTo(json.readValue(text, PlanContent.class));
                assertThat(json.writeValueAsString(kept)).isEqualTo(text);
            }
        }
        assertThat(store.keptContents()).isEqualTo((int) texts.stream().distinct().count());
        assertThat(store.content(texts.get(0))).isSameAs(store.content(new String(texts.get(0).toCharArray())));
    }

    @Test
    void aKeptContentCannotBeChangedByWhoeverReadIt() {
        PlanStore store = new PlanStore(null, json);
        PlanContent c = store.content(json.writeValueAsString(content(new Random(7))));
        assertThatThrownBy(() -> c.sections().add(c.sections().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.sections().get(0).items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.baseRefs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.reportDeadlines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.recipients().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.signers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.footnotes().clear()).isInstanceOf(UnsupportedOperationException.class);
        PlanContent.ReportDeadline d = c.reportDeadlines().get(0);
        if (d.coReceiverUnitIds() != null) {
            assertThatThrownBy(() -> d.coReceiverUnitIds().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void theStoreStartsAgainPastItsCharacters() {
        PlanStore store = new PlanStore(null, json);
        Random r = new Random(3);
        long chars = 0;
        int added = 0;
        while (chars <= PlanStore.KEPT_CHARS) {
            String text = json.writeValueAsString(content(r));
            store.content(text);
            chars += text.length();
            added++;
        }
        assertThat(store.keptContents()).isLessThan(added).isGreaterThan(0);
    }
}
