package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 25: a legacy-font header converted badly — its digits survive while its words lose or change letters
 * ("Vĩnh Lộc, ngy 10 thỏng 9 nm 2010"), often run on one line with the rest of the header — still gives the document's date.
 */
class GarbledHeaderDateTests {

    @Test
    void aDateWordWithOneVowelMisreadIsStillTheDateWord() {
        assertThat(CopyNoise.date("Vĩnh Lộc, ngy 10 thỏng 9 nm 2010")).isEqualTo("Vĩnh Lộc, ngày 10 tháng 9 năm 2010");
        assertThat(CopyNoise.dateWord("thỏng", "thang")).isTrue();
        assertThat(CopyNoise.dateWord("thing", "thang")).isTrue();
        assertThat(CopyNoise.dateWord("nhang", "thang")).isFalse(); // a consonant changed: another word
        assertThat(CopyNoise.dateWord("thong", "ngay")).isFalse();
    }

    @Test
    void theDateIsFoundAfterOtherWordDigitRunsOnTheSameLine() {
        String line = "PGD &T HUYN A CNG HềA X HI CH NGHA VIT NAM TRNG TH SỐ 2 c lp - T do - Hnh phỳc Vĩnh Lộc, ngy 10 thỏng 9 nm 2010 K HOCH";
        assertThat(CopyNoise.date(line)).contains("Vĩnh Lộc, ngày 10 tháng 9 năm 2010");
    }

    @Test
    void wordsThatAreNotADateStayAsTheyAre() {
        assertThat(CopyNoise.date("lớp 5 khối 10 năm 2022")).isEqualTo("lớp 5 khối 10 năm 2022");
        assertThat(CopyNoise.date("tổ 3 thông 9 năm 2010")).isEqualTo("tổ 3 thông 9 năm 2010");
    }

    @Test
    void aRunOnHeadersPlaceDateCellGivesTheDocumentsDate() {
        String text = "Tài liệu xem trước\nNội dung\nPHÒNG GD A CNG HềA X HI CH NGHA VIT NAM TRNG TH B c lp - T do - Hnh phỳc "
                + "Vừ Miu, ngy 10 thỏng 9 nm 2010 K HOCH HI NG TRNG Nm hc: 2010 - 2011 I. Cn c Q s 51/2007/Q-BGD ngy 31/8/2007\n";
        Extraction e = Extractor.extract("runon.txt", text);
        assertThat(e.issueDate()).isEqualTo(new Extraction.DateParts(10, 9, 2010));
        assertThat(e.issuePlace()).isEqualTo("Vừ Miu");
    }

    @Test
    void aDateInsideASentenceOrAfterTheBasesIsNoCell() {
        assertThat(RunOnDateCell.of(java.util.List.of("Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào ngày nghỉ"))).isNull();
        assertThat(RunOnDateCell.of(java.util.List.of("Căn cứ Kế hoạch của Huyện ủy, Hà Nội, ngày 5 tháng 3 năm 2020 KẾ HOẠCH"))).isNull();
        assertThat(RunOnDateCell.of(java.util.List.of("Thực hiện công văn ngày 2/3/2020 của Sở, Hà Nội, ngày 5 tháng 3 năm 2020 KẾ HOẠCH"))).isNull();
        assertThat(RunOnDateCell.of(java.util.List.of("Hạnh phúc Hà Nội, ngày 5 tháng 3 năm 2020 KẾ HOẠCH")).date())
                .isEqualTo(new Extraction.DateParts(5, 3, 2020));
    }
}
