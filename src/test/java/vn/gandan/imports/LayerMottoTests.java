package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The national motto's first line with its second word misread by a broken text layer; short lines of our own. */
class LayerMottoTests {

    @Test
    void aMisreadSecondWordBetweenCleanMottoWordsIsWrittenAsPrinted() {
        assertThat(LayerMotto.line("UBND HUYỆN AN LÃO CỘNG IÍOA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                .isEqualTo("UBND HUYỆN AN LÃO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(LayerMotto.line("CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void aCleanMottoAndOtherLinesAreLeftAlone() {
        String clean = "UBND TỈNH HÀ NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        assertThat(LayerMotto.line(clean)).isSameAs(clean);
        String other = "CỘNG ĐỒNG DÂN CƯ XÃ AN BÌNH";
        assertThat(LayerMotto.line(other)).isSameAs(other);
    }
}
