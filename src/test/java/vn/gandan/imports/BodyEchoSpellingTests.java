package vn.gandan.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Session 28: a scanned title's misread syllable mended from the same text's body, which repeats it next to the same words. */
class BodyEchoSpellingTests {

    private static final String TET_BODY = """
            V/v chuẩn bị đón Tết Nguyên đán
            Mậu Tuât 2018
            Kính gửi: các phòng giáo dục và đào tạo.
            Để chuẩn bị đón Tết Nguyên đán Mậu Tuất 2018, Sở yêu cầu các đơn vị nghỉ Tết Nguyên đán Mậu Tuất 2018 đúng lịch.
            """;

    @Test
    void aSyllableTheBodyRepeatsWithTheSameNeighboursMoreOftenIsReadAsTheBodySpellsIt() {
        assertThat(BodyEchoSpelling.mended("V/v chuẩn bị đón Tết Nguyên đán Mậu Tuât 2018", TET_BODY))
                .isEqualTo("V/v chuẩn bị đón Tết Nguyên đán Mậu Tuất 2018");
    }

    @Test
    void aSyllableTheInventoryWritesNextToItsNeighbourIsTakenFromASingleEcho() {
        String body = "V/v thông báo xét tuyên đợt 2\nKính gửi: các trường.\nSở thông báo kết quả xét tuyển đợt 2 như sau.\n";
        assertThat(BodyEchoSpelling.mended("V/v thông báo xét tuyên đợt 2", body)).isEqualTo("V/v thông báo xét tuyển đợt 2");
    }

    @Test
    void aBodyThatMisreadsTheSameWordsDoesNotSpoilARightTitle() {
        String body = "V/v phòng, chống dịch viêm đường hô hấp cấp\nCác đơn vị phòng bệnh viêm đường hô hâp câp, "
                + "theo dõi bệnh hô hâp câp hằng ngày.\n";
        assertThat(BodyEchoSpelling.mended("V/v phòng, chống dịch viêm đường hô hấp cấp", body))
                .isEqualTo("V/v phòng, chống dịch viêm đường hô hấp cấp");
    }

    @Test
    void aBodyWritingBothSpellingsAsOftenKeepsTheTitle() {
        String body = "V/v đón Tết Mậu Tuât 2018\nNghỉ Tết Mậu Tuất 2018 theo lịch.\n";
        assertThat(BodyEchoSpelling.mended("V/v đón Tết Mậu Tuât 2018", body)).isEqualTo("V/v đón Tết Mậu Tuât 2018");
    }

    @Test
    void anUpperCaseTitleKeepsItsCase() {
        String body = TET_BODY.replace("V/v chuẩn bị đón Tết Nguyên đán\nMậu Tuât 2018", "CHUẨN BỊ ĐÓN TẾT MẬU TUÂT 2018");
        assertThat(BodyEchoSpelling.mended("CHUẨN BỊ ĐÓN TẾT MẬU TUÂT 2018", body)).isEqualTo("CHUẨN BỊ ĐÓN TẾT MẬU TUẤT 2018");
    }

    @Test
    void aTypedTextIsNeverChanged() {
        Extraction e = new Extraction("f", "CONG_VAN", null, null, null, null, null, null,
                "V/v chuẩn bị đón Tết Nguyên đán Mậu Tuât 2018", null, null, null, null, null, null, null, null, null, null, null);
        assertThat(BodyEchoSpelling.corrected(e, TET_BODY, OcrTraits.of(TET_BODY).scanned()).title()).isEqualTo("V/v chuẩn bị đón Tết Nguyên đán Mậu Tuât 2018");
    }
}
