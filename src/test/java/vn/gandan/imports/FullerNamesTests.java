package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 22: the issuer in the fullest form the same text gives it — an abbreviation spelled by the one run of the text's
 * words whose initials spell it, an organ's level completed with the one place the text names at that level, two header lines
 * run together split into issuer and parent. Each shape written as a short text of our own; where the text is ambiguous (two
 * spellings, two places) or only cites the body, the name stays as it was.
 */
class FullerNamesTests {

    private static IssuerSignals.Decision completed(String issuer, String parent, String text) {
        return FullerNames.complete(new IssuerSignals.Decision(List.of(issuer), parent, 0.8), new TextLines(text));
    }

    @Test
    void anAbbreviationInTheNameIsSpelledByTheRunOfWordsOfTheBodyDrawingUpThePlan() {
        IssuerSignals.Decision d = completed("LIÊN ĐỘI TRƯỜNG THAB", "TRƯỜNG TIỂU HỌC AN BÌNH", "TRƯỜNG TIỂU HỌC AN BÌNH\nLIÊN ĐỘI TRƯỜNG THAB\n"
                + "KẾ HOẠCH\nTổ chức tiết chào cờ\nCăn cứ tình hình thực tế, Liên đội trường tiểu học\nAn Bình lập kế hoạch như sau:\n");
        assertThat(d.issuers()).containsExactly("Liên đội trường tiểu học An Bình");
        assertThat(d.parent()).isEqualTo("TRƯỜNG TIỂU HỌC AN BÌNH");
    }

    @Test
    void anAcronymInsideTheSpelledRunIsKeptAsTheTextWritesIt() {
        assertThat(completed("BCH ĐOÀN TTGDNN-GDTX AN LẠC", "HUYỆN ĐOÀN AN LẠC", "HUYỆN ĐOÀN AN LẠC\nBCH ĐOÀN TTGDNN-GDTX AN LẠC\nKẾ HOẠCH\n"
                + "Thực hiện chương trình năm học, BCH Đoàn Trung tâm GDNN-GDTX An Lạc xây dựng Kế hoạch như sau:\n").issuers())
                .containsExactly("BCH Đoàn Trung tâm GDNN-GDTX An Lạc");
    }

    @Test
    void aNameTheTextOnlyCitesKeepsTheHeadersAbbreviation() {
        assertThat(completed("LIÊN ĐỘI TRƯỜNG THAB", null, "LIÊN ĐỘI TRƯỜNG THAB\nKẾ HOẠCH\nCăn cứ kế hoạch của Liên đội trường tiểu học An Bình;\n"
                + "Liên đội xây dựng kế hoạch như sau:\n").issuers()).containsExactly("LIÊN ĐỘI TRƯỜNG THAB");
    }

    @Test
    void twoRunsSpellingTheSameAbbreviationLeaveItAsWritten() {
        assertThat(completed("LIÊN ĐỘI TRƯỜNG THAB", null, "LIÊN ĐỘI TRƯỜNG THAB\nLiên đội trường tiểu học An Bình lập kế hoạch.\n"
                + "Liên đội trường tiểu học Anh Bảo lập kế hoạch.\n").issuers()).containsExactly("LIÊN ĐỘI TRƯỜNG THAB");
    }

    @Test
    void theAbbreviationItselfFollowedByAWordIsNoSpellingOfIt() {
        assertThat(completed("LIÊN ĐỘI TRƯỜNG THAB", null, "LIÊN ĐỘI TRƯỜNG THAB Số 5\nLiên đội trường THAB Sơn lập kế hoạch.\n").issuers())
                .containsExactly("LIÊN ĐỘI TRƯỜNG THAB");
    }

    @Test
    void anOrganAndItsLevelTakeTheOnePlaceTheTextNamesAtThatLevel() {
        assertThat(completed("UBND tỉnh", null, "UBND tỉnh Hòa Bình ban hành kế hoạch\nNgày 5/3/2025, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND "
                + "về phát triển du lịch tỉnh Hòa Bình.\n").issuers()).containsExactly("UBND tỉnh Hòa Bình");
    }

    @Test
    void anOrganWhoseCompletedNameTheTextNeverWritesStaysBare() {
        assertThat(completed("UBND tỉnh", null, "Ngày 5/3/2025, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND về phát triển du lịch tỉnh Hòa Bình."
                + "\nDu khách đến tỉnh Hòa Bình tăng.\n").issuers()).containsExactly("UBND tỉnh");
    }

    @Test
    void aCompletedNameWrittenOnlyAsACitedAuthorLeavesTheLevelBare() {
        assertThat(completed("Đảng ủy phường", null, "Căn cứ Kế hoạch số 4-KH/ĐU của Đảng ủy phường Hương Sơn về đại hội;\n"
                + "Ngày 4/3/2020, Đảng ủy phường ban hành kế hoạch số 50-KH/ĐU tại phường Hương Sơn.\n").issuers()).containsExactly("Đảng ủy phường");
    }

    @Test
    void twoPlacesAtTheLevelLeaveTheLevelBare() {
        assertThat(completed("UBND tỉnh", null, "UBND tỉnh Hòa Bình ban hành kế hoạch cùng tỉnh Sơn La.\nUBND tỉnh đã ban hành Kế hoạch "
                + "về du lịch tỉnh Hòa Bình và tỉnh Sơn La.\n").issuers()).containsExactly("UBND tỉnh");
    }

    @Test
    void aPlaceNamedOnceAfterAnOfficeMayBeAPersonAndIsNotTaken() {
        assertThat(completed("UBND tỉnh", null, "Ngày 11/8/2020, Phó Chủ tịch UBND tỉnh Nguyễn Văn An đã ký văn bản số 25/UBND-KGVX.\n").issuers())
                .containsExactly("UBND tỉnh");
    }

    @Test
    void aMinistryLineAndItsUnitsLineRunTogetherAreTheUnitUnderItsSuperior() {
        IssuerSignals.Decision d = completed("BỘ TÀI CHÍNH CỤC THUẾ", null, "|\nBỘ TÀI CHÍNH\nCỤC THUẾ\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                + "Số: 12/CT-CS\n");
        assertThat(d.issuers()).containsExactly("CỤC THUẾ");
        assertThat(d.parent()).isEqualTo("BỘ TÀI CHÍNH");
    }

    @Test
    void aBoardLineAboveItsBodyIsNoSuperior() {
        IssuerSignals.Decision d = completed("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH AN GIANG", null, "BAN CHẤP HÀNH\nĐẢNG BỘ TỈNH AN GIANG\nSố: 3-NQ/TU\n");
        assertThat(d.issuers()).containsExactly("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH AN GIANG");
        assertThat(d.parent()).isNull();
    }

    @Test
    void theSymbolsInitialsMatcherSpellsAWholeRunOnly() {
        assertThat(SymbolNames.spells("thvs", "tiểu học Vân Sơn")).isTrue();
        assertThat(SymbolNames.spells("ttgdnn", "Trung tâm GDNN")).isTrue();
        assertThat(SymbolNames.spells("ubnd", "Ủy ban nhân dân")).isTrue();
        assertThat(SymbolNames.spells("thv", "tiểu học Vân Sơn")).isFalse();
    }
}
