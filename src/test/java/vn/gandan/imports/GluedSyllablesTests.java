package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two upper-case header words glued where the space was lost; short lines of our own, not corpus files. */
class GluedSyllablesTests {

    @Test
    void anOrgansLastWordGluedToTheLevelWordGetsItsSpaceBack() {
        assertThat(GluedSyllables.spaced("LIÊN ĐOÀN LAO ĐỘNGHUYỆN ĐÔNG ANH")).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐÔNG ANH");
        assertThat(GluedSyllables.spaced("SỞ GIÁO DỤCVÀ ĐÀO TẠO")).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(GluedSyllables.spaced("ỦY BAN NHÂN DÂNTỈNH LÀO CAI")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
    }

    @Test
    void acronymsForeignWordsAndAPlacesOwnSyllablesStayWhole() {
        String line = "UBND QUẬN HAI BÀTRƯNG CĐGD COVID THCS";
        assertThat(GluedSyllables.spaced(line)).isSameAs(line);
    }

    @Test
    void aUnitGluedUnderTheOneAboveIsLeftToTheGluedCellReader() {
        String line = "LIÊN ĐOÀN LAO ĐỘNG NAM ĐỊNHCÔNG ĐOÀN NGÀNH Y TẾ";
        assertThat(GluedSyllables.spaced(line)).isSameAs(line);
    }

    @Test
    void aRunIsCutIntoWholeSyllablesWhereAKnownHeaderWordEnds() {
        assertThat(GluedSyllables.cuts("ĐỘNGHUYỆN")).containsExactly(4);
        assertThat(GluedSyllables.cuts("ĐỘNGTỈNH")).containsExactly(4);
        assertThat(GluedSyllables.cuts("BÀTRƯNG")).isEmpty();
        assertThat(GluedSyllables.cuts("NGHĨA")).isEmpty();
    }
}
