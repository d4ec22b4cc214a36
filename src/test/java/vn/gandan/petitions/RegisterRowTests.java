package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.gandan.TestMessages;

/** Issue 14, item 5: the register's row strings, built in the handler, say what the template said per row. */
class RegisterRowTests {

    private static StaticMessageSource messages() {
        return TestMessages.vi("petitions.petitioner", "Người gửi", "petitions.receivedOn", "Nhận ngày {0}",
                "petitions.resolutionDue", "Hạn giải quyết {0}", "petitions.kind.KHIEU_NAI", "Khiếu nại",
                "petitions.status.RECEIVED", "Mới tiếp nhận");
    }

    private static PetitionView petition(String name, LocalDate due, String content) {
        return new PetitionView(7, "KN-1", 12, 3, PetitionKind.KHIEU_NAI, List.of(), PetitionStatus.RECEIVED, "DIRECT",
                LocalDate.of(2026, 3, 5), null, null, null, null, false, due, null, 0, 0, null, null, null, null, null,
                null, null, null, false, content, new Petitioner(name, null, null, null), true, null, List.of(),
                List.of());
    }

    @Test
    void rowCarriesLabelsDatesInTheirSentencesAndTheAbbreviatedContent() {
        RegisterRow row = new RegisterRow.Builder(messages(), TestMessages.VI)
                .row(petition("Nguyễn Văn A", LocalDate.of(2026, 4, 20), "x".repeat(200)));
        assertThat(row.label()).isEqualTo("12 · KN-1");
        assertThat(row.kind()).isEqualTo("Khiếu nại");
        assertThat(row.status()).isEqualTo("Mới tiếp nhận");
        assertThat(row.received()).isEqualTo("Nhận ngày 05/03/2026");
        assertThat(row.due()).isEqualTo("Hạn giải quyết 20/04/2026");
        assertThat(row.petitioner()).isEqualTo("Người gửi: Nguyễn Văn A");
        assertThat(row.content()).hasSize(140).endsWith("...");
    }

    @Test
    void noNameShowsADashNoDueDateShowsNothingAndShortContentStaysWhole() {
        RegisterRow row = new RegisterRow.Builder(messages(), TestMessages.VI).row(petition(null, null, "ngắn"));
        assertThat(row.petitioner()).isEqualTo("Người gửi: —");
        assertThat(row.due()).isNull();
        assertThat(row.content()).isEqualTo("ngắn");
    }

    @Test
    void aMissingLabelShowsThymeleafsMarkerInsteadOfFailingThePage() {
        StaticMessageSource m = messages();
        RegisterRow row = new RegisterRow.Builder(m, Locale.ENGLISH).row(petition("A", null, "c"));
        assertThat(row.kind()).isEqualTo("??petitions.kind.KHIEU_NAI_en??");
    }
}
