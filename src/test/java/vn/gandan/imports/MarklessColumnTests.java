package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarklessColumnTests {

    @Test
    void aMarklessOrganNameIsWrittenBackWithItsMarks() {
        assertThat(MarklessName.spelled("PHONG GIAO DUC VA DAO TAO")).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void aDottedVowelReadAsQOrVInsideAWordIsReadAsTheVowel() {
        assertThat(MarklessName.spelled("BQ GIAO DVC VA DAO TAO")).isEqualTo("BỘ GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void aNameWithAMarkOrAWordTheInventoryCannotSpellGivesNothing() {
        assertThat(MarklessName.spelled("PHÒNG GIÁO DỤC")).isNull();
        assertThat(MarklessName.spelled("XQZW GIAO")).isNull();
        assertThat(MarklessName.spelled("GIAO")).isNull();
    }

    @Test
    void theColumnBesideAMarklessMottoIsTheIssuer() {
        String text = "BQ GIAO DVC VA DAO TAO \tCQNG HOA XA HQI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n"
                + "So: \t/BGDDT-GDTC \t Ha Noi, ngay thang 10 nam 2021\nV/v to chuc hoat dong\n";
        assertThat(MarklessColumn.read(text)).isEqualTo(new LeftColumn.Column(null, "BỘ GIÁO DỤC VÀ ĐÀO TẠO"));
    }

    @Test
    void aFirstLineMisreadPastReadingLeavesTheParentOutAndTheUnitBelowIssues() {
        String text = "UBND HUY$N niNn raN\nPHONG GIAO DUC VA DAO TAO\nSO : 12 /PGD\nVe viec thu bao hiem\n";
        assertThat(MarklessColumn.read(text)).isEqualTo(new LeftColumn.Column(null, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"));
    }

    @Test
    void aHeadWithAnyMarkIsNoMarklessLayer() {
        String text = "PHONG GIAO DUC VA DAO TAO\nSố: 12/PGD\n";
        assertThat(MarklessColumn.read(text)).isEqualTo(LeftColumn.NONE);
    }

    @Test
    void bodyTextOrAKindLineIsNeverAColumn() {
        assertThat(MarklessColumn.read("KE HOACH\nTo chuc hoi thi\n")).isEqualTo(LeftColumn.NONE);
        assertThat(MarklessColumn.read("Thuc hien cong van so 12\nPHONG GIAO DUC VA DAO TAO\n")).isEqualTo(LeftColumn.NONE);
    }
}
