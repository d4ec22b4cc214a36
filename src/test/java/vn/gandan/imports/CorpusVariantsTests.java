package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copy shapes of {@link CorpusVariants} keep every header field's text (they move it, never lose it), are
 * deterministic, and the harness transforms tuning parts only.
 */
class CorpusVariantsTests {

    private static final String TWO_COLUMNS = "UBND HUYỆN HÒA AN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "TRƯỜNG THCS HÒA AN\t\tĐộc lập - Tự do - Hạnh phúc\n\nSố:    12/KH-THCS\t\tHòa An, ngày 08 tháng 9 năm 2022\n\n"
            + "KẾ HOẠCH\nTổ chức ngày hội đọc sách cho học sinh toàn trường năm học 2022 - 2023\n\nI. MỤC ĐÍCH\n";

    private static String words(String s) {
        return String.join(" ", List.of(CorpusVariants.fold(s).replaceAll("[^a-z0-9/&-]+", " ").strip().split(" ")).stream()
                .filter(w -> !w.matches("-*")).sorted().toList()); // a dash between the slogan's words is the motto's, written as it may be
    }

    /** Session 20: the variants that change letters (noise), not where the words stand. */
    private static final java.util.Set<String> NOISE = java.util.Set.of("ocr-motto", "pdf-font", "lost-horn", "ocr-digits",
            "lost-letter", "y-ban", "tcvn3", "tcvn3-header");
    private static final java.util.Set<String> CHROME = java.util.Set.of("page-chrome", "chrome-ascii", "library-banner", "chrome+rewrap");

    @Test
    void everyVariantKeepsTheWordsOfTheHeaderAndIsDeterministic() {
        for (CorpusVariants.Variant v : CorpusVariants.variants()) {
            String once = v.shape().apply(TWO_COLUMNS);
            assertThat(v.shape().apply(TWO_COLUMNS)).as(v.name()).isEqualTo(once);
            if (NOISE.contains(v.name()) && !v.name().equals("y-ban")) { // no "ỦY BAN" here: see below
                assertThat(once).as(v.name()).isNotEqualTo(TWO_COLUMNS); // each makes its noise in this header
            } else if (!CHROME.contains(v.name())) {
                assertThat(words(once.replace("Số:12", "Số: 12"))).as(v.name()).isEqualTo(words(TWO_COLUMNS));
            }
        }
    }

    @Test
    void interleavedColumnsGiveTheLeftCellThenTheRightOnTheirOwnLines() {
        String t = CorpusVariants.columns(TWO_COLUMNS, null, false);
        assertThat(t).startsWith("UBND HUYỆN HÒA AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS HÒA AN\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 12/KH-THCS\nHòa An, ngày 08 tháng 9 năm 2022\n");
    }

    @Test
    void aMottoBrokenOverLinesIsLeftAsItIs() {
        String broken = "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 68/KH-UBND\nSơn La, ngày 11 tháng 3 năm 2020\n";
        assertThat(CorpusVariants.columns(broken, "\t", false)).isEqualTo(broken);
    }

    @Test
    void aHeldOutPartIsNeverTransformed() {
        assertThatThrownBy(() -> CorpusVariants.scoreVariant(List.of("heldout20"), CorpusVariants.variants().get(0),
                Files.createTempDirectory("variants"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held out");
    }

    @Test
    void theMottoColumnFirstKeepsEveryCellOfTheHeader() {
        String t = CorpusVariants.columns(TWO_COLUMNS, "\t", true);
        assertThat(t).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\tUBND HUYỆN HÒA AN\nĐộc lập - Tự do - Hạnh phúc\tTRƯỜNG THCS HÒA AN\n"
                + "Hòa An, ngày 08 tháng 9 năm 2022\tSố: 12/KH-THCS\n");
    }

    @Test
    void theNoiseVariantsMakeTheNoiseHeldOutSourcesShow() {
        String ocr = CorpusVariants.ocrDigits(TWO_COLUMNS);
        assertThat(ocr).contains("l2/KH-THCS", "ngày 08 tháng 9"); // "08" and "9" have no 1
        assertThat(CorpusVariants.ocrMotto(TWO_COLUMNS)).contains("XĂ HỘI", "CỘNG HOA", "Hanh phúc");
        assertThat(CorpusVariants.lostHorn(TWO_COLUMNS)).contains("TRUONG THCS HÒA AN");
        assertThat(CorpusVariants.yBan("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN HÒA AN\t\tĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 12/KH-UBND\t\tHòa An, ngày 08 tháng 9 năm 2022\n")).startsWith("Y BAN NHÂN DÂN\t");
        assertThat(CorpusVariants.tcvn3Lines(TWO_COLUMNS, 2)).contains("§éc lËp").contains("Hòa An, ngày 08");
        assertThat(LegacyFonts.toUnicode(CorpusVariants.tcvn3(TWO_COLUMNS))).contains("Độc lập - Tự do - Hạnh phúc", "TRƯỜNG THCS HÒA AN");
    }

    /** The retired first held-out part (20 documents) under the page chrome of a web copy: no document loses a header field. */
    @Test
    void aPagesChromeCostsNoHeaderFieldOnTheFirstRetiredPart() throws Exception {
        var work = Files.createTempDirectory("variants");
        var base = CorpusVariants.scoreVariant(List.of("heldout"), null, work);
        CorpusVariants.Variant chrome = CorpusVariants.variants().stream().filter(v -> v.name().equals("page-chrome")).findFirst().orElseThrow();
        CorpusVariants.Row r = CorpusVariants.compare("page-chrome", base, CorpusVariants.scoreVariant(List.of("heldout"), chrome, work), 20);
        assertThat(base).hasSize(20);
        assertThat(r.losers()).isEmpty();
    }
}
