package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: an organ written with its standard abbreviation takes the fullest form the same text writes the same name in
 * (gold convention 9) — the abbreviation spelled out, the other words as they are; never a place the text adds after it, the
 * text's first spelling as it writes it.
 */
class SpelledOrganTests {

    private static List<String> fullest(String issuer, String text) {
        return SpelledOrgan.fullest(List.of(issuer), new TextLines(text));
    }

    @Test
    void aProvincialCommitteeWrittenUbndTakesTheSpelledOutNameTheBodyWrites() {
        assertThat(fullest("UBND tỉnh", "Chỉ thị của UBND tỉnh về năm học mới\nNgày 9-10, UBND tỉnh đã ban hành Chỉ thị.\n"
                + "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện tốt các nhiệm vụ sau:\n")).containsExactly("Ủy ban nhân dân tỉnh");
    }

    @Test
    void aPartyCommitteesBoardWrittenBchTakesTheNameOfTheDocumentsOwnMention() {
        assertThat(fullest("BCH Đảng bộ tỉnh", "Tổng kết Nghị quyết số 04 của BCH Đảng bộ tỉnh\nSáng 20/11, Sở tổ chức hội nghị tổng kết "
                + "Nghị quyết số 04 của Ban Chấp hành Đảng bộ tỉnh về giáo dục lý tưởng cách mạng.\n")).containsExactly("Ban Chấp hành Đảng bộ tỉnh");
    }

    @Test
    void theSpelledOutNameFollowedByAPlaceIsNoSpellingOfTheBareOrgan() {
        assertThat(fullest("UBND tỉnh", "Thông báo của Chủ tịch UBND tỉnh\nThực hiện Quyết định số 830/QĐ-UBND của Ủy ban nhân dân tỉnh "
                + "Lâm Đồng, Chủ tịch UBND tỉnh không tiếp công dân.\n")).containsExactly("UBND tỉnh");
    }

    @Test
    void theTextsFirstSpellingIsTakenAsItWritesIt() {
        assertThat(fullest("UBND huyện", "UBND huyện thông báo\nỦy ban nhân dân huyện yêu cầu …\nUỷ Ban Nhân Dân huyện đề nghị …\n"))
                .containsExactly("Ủy ban nhân dân huyện");
    }

    @Test
    void aNameBrokenOverTwoLinesOrWithoutAStandardAbbreviationIsLeftAlone() {
        assertThat(fullest("UBND tỉnh", "UBND tỉnh thông báo\nỦy ban nhân dân\ntỉnh yêu cầu …\n")).containsExactly("UBND tỉnh");
        assertThat(fullest("Tỉnh ủy", "Tỉnh ủy thông báo\nTỉnh ủy yêu cầu …\n")).containsExactly("Tỉnh ủy");
    }
}
