package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Session 26: one vocabulary of kind words for the readers of a document named in text — a word one reader's own list lacked
 * (a Party directive "Thông tri", a scheme "Phương án", a "Quy chế") is read by every reader, and the narrower roles keep out
 * what their shape must not read. Short texts of our own.
 */
class KindWordsTests {

    private static String first(String role, String text) {
        Matcher m = Pattern.compile("^(" + role + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void aKindWordIsReadWholeAndAQualifierIsLeftToTheReader() {
        assertThat(first(KindWords.ANY, "Thông tri số 05-TT/HU")).isEqualTo("Thông tri");
        assertThat(first(KindWords.ANY, "Thông tư liên tịch số 12/2015/TTLT-BGDĐT-BNV")).isEqualTo("Thông tư");
        assertThat(first(KindWords.ANY, "NGHỊ ĐỊNH số 30/2020/NĐ-CP")).isEqualTo("NGHỊ ĐỊNH");
        assertThat(first(KindWords.ANY, "Chương trình hành động số 23-CTr/TU")).isEqualTo("Chương trình");
        assertThat(first(KindWords.ANY, "văn bản số 12/UBND-VP")).isNull();
        assertThat(first(KindWords.ANY_OR_TEXT, "văn bản số 12/UBND-VP")).isEqualTo("văn bản");
    }

    @Test
    void everyCapturedWordIsAKindTheListKnowsOrAPlansDefault() {
        for (String w : KindWords.WORDS) {
            assertThat(KindWords.WORDS.stream().filter(o -> !o.equals(w)).noneMatch(o -> o.startsWith(w + " "))).as(w).isTrue();
        }
        assertThat(DocKinds.ofWord(Extractor.foldKind("Quy chế"))).isEqualTo("QUY_CHE");
    }

    @Test
    void aReportOrASubmissionIsNothingABodyCarriesOut() {
        assertThat(first(KindWords.CARRIED_OUT, "Quy định số 08-QĐi/TU")).isEqualTo("Quy định");
        assertThat(first(KindWords.CARRIED_OUT, "Báo cáo số 12/BC-UBND")).isNull();
        assertThat(first(KindWords.CARRIED_OUT, "Tờ trình số 3/TTr-UBND")).isNull();
    }

    @Test
    void aNewsSentenceNamesASchemeItsListUsedToLack() {
        WebHeadline.Headline h = NewsSentence.find("Mới đây, UBND huyện Tân Phú vừa ban hành Phương án số 14/PA-UBND ngày 3/4/2024 về phòng, chống lụt bão năm 2024.");
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(14);
        assertThat(h.symbol()).isEqualTo("PA-UBND");
        assertThat(h.title()).isEqualTo("về phòng, chống lụt bão năm 2024");
    }

    @Test
    void anEventHeldToCarryOutAPartyDirective() {
        WebHeadline.Headline h = CarriedOut.find(List.of("Đại hội Chi bộ trường Tiểu học Hòa Bình nhiệm kỳ 2025 - 2027.",
                "Thực hiện Thông tri số 07-TT/ĐU, ngày 02/3/2025 của Đảng ủy xã Hòa Bình về lãnh đạo đại hội các chi bộ trực thuộc nhiệm kỳ 2025-2027. "
                        + "Sau thời gian chuẩn bị, ngày 12 tháng 4 năm 2025, chi bộ trường Tiểu học Hòa Bình long trọng tổ chức Đại hội Chi bộ."));
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(7);
        assertThat(h.symbol()).isEqualTo("TT/ĐU");
        assertThat(h.issuers()).containsExactly("Đảng ủy xã Hòa Bình");
    }

    @Test
    void aSchemesHeadlineIsTheStorysNotADocumentsSubject() {
        assertThat(HeaderShapes.kindHeadline(List.of("Đề án xây dựng thị xã Hòa Bình thành thành phố"))).isNull();
        assertThat(HeaderShapes.kindHeadline(List.of("Thông tri lãnh đạo đại hội chi bộ trực thuộc nhiệm kỳ 2025-2027")))
                .isEqualTo("lãnh đạo đại hội chi bộ trực thuộc nhiệm kỳ 2025-2027");
    }
}
