package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27: a signed scan's header whose number and day were left blank for the hand and read back with a scanner's
 * debris ({@link BlankCells}); the cells holding a letter or a digit left alone.
 */
class BlankCellsSession27Tests {

    @Test
    void marksInABlankNumberCellReadAsTheBlank() {
        assertThat(BlankCells.cleared("Số: — /SGDĐT-GDTrH Hà Nam, ngày 3 tháng 4 năm 2021"))
                .isEqualTo("Số: /SGDĐT-GDTrH Hà Nam, ngày 3 tháng 4 năm 2021");
        assertThat(BlankCells.cleared("Số: ˆ /UBND-VP")).isEqualTo("Số: /UBND-VP");
    }

    @Test
    void marksInABlankDayCellReadAsTheBlank() {
        assertThat(BlankCells.cleared("Số: /PGDĐT Tam Kỳ, ngày - ` tháng 02 năm 2020"))
                .isEqualTo("Số: /PGDĐT Tam Kỳ, ngày   tháng 02 năm 2020");
    }

    @Test
    void aCellWithALetterOrADigitIsLeftAsItIs() {
        String s = "Số: 2l/SYT-NVY Phú Yên, ngày 1] tháng 02 năm 2020";
        assertThat(BlankCells.cleared(s)).isSameAs(s);
        String t = "Số: Ä /SYT-NVY";
        assertThat(BlankCells.cleared(t)).isEqualTo(t);
    }

    @Test
    void aHeaderWithBlanksReadThroughDebrisGivesSymbolPlaceAndMonth() {
        Extraction e = Extractor.extract("shape.txt", """
                UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
                Số: — /SGDĐT-GDTrH Hà Nam, ngày — tháng 3 năm 2021
                V/v tổ chức kiểm tra học kỳ
                Kính gửi: Các trường trung học.

                Sở thông báo lịch kiểm tra.
                """);
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isEqualTo("SGDĐT-GDTrH");
        assertThat(e.issuePlace()).isEqualTo("Hà Nam");
        assertThat(e.issueDate().month()).isEqualTo(3);
        assertThat(e.issueDate().year()).isEqualTo(2021);
        assertThat(e.issueDate().day()).isNull();
    }
}
