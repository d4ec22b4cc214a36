package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20: the issuing unit(s) of documents with a header block, each shape written here as a short text of our own: three
 * bodies abbreviated on one joint line over their shared locality ("HĐND - UBND - UBMTTQVN" / "TỈNH …", a new dev document),
 * and a school's sub-unit labelled with a colon above the date line of a column without motto (a copy variant of a tuning
 * document).
 */
class IssuerHeaderSession20Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void threeBodiesAbbreviatedOnOneLineOverTheirSharedLocalityAreSpelledOutEachWithIt() {
        Extraction e = read("HĐND - UBND - UBMTTQVN\nTỈNH BÌNH PHƯỚC\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 02/QC-HĐND-UBND-UBMTTQVN\n\nĐồng Xoài, ngày 10 tháng 5 năm 2020\n\nQUY CHẾ\n\nPHỐI HỢP CÔNG TÁC NHIỆM KỲ 2016 - 2021\n\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương;\n");
        assertThat(e.issuers()).containsExactly("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC", "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
                "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aJointLineWhoseSymbolNamesFewerBodiesIsNotSpelledOut() {
        Extraction e = read("HĐND - UBND - UBMTTQVN\nTỈNH BÌNH PHƯỚC\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 02/QC-UBND\n\nĐồng Xoài, ngày 10 tháng 5 năm 2020\n\nQUY CHẾ\n\nPHỐI HỢP CÔNG TÁC NHIỆM KỲ 2016 - 2021\n\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương;\n");
        assertThat(e.issuers()).doesNotContain("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC");
    }

    @Test
    void aSubUnitLabelledWithAColonAboveTheDateIsPartOfAColumnWithoutMotto() {
        Extraction e = read("TRƯỜNG THCS AN PHÚ\nTỔ: KHOA HỌC XÃ HỘI\nAn Phú, ngày 9 tháng 10 năm 2021\nKẾ HOẠCH\nGIÁO DỤC TỔ CHUYÊN MÔN\n"
                + "Năm học 2021 – 2022\nThực hiện kế hoạch năm học của nhà trường;\n");
        assertThat(e.issuers()).containsExactly("TỔ KHOA HỌC XÃ HỘI");
        assertThat(e.parentIssuer()).isEqualTo("TRƯỜNG THCS AN PHÚ");
    }

    @Test
    void aPagesLabelAboveTheDateIsStillNoUnit() {
        Extraction e = read("Lượt xem: 27\nAn Phú, ngày 9 tháng 10 năm 2021\nKẾ HOẠCH\nGIÁO DỤC TỔ CHUYÊN MÔN\n"
                + "Năm học 2021 – 2022\nThực hiện kế hoạch năm học của nhà trường;\n");
        assertThat(e.parentIssuer()).isNull();
        assertThat(e.issuers()).noneMatch(i -> i.contains("Lượt xem"));
    }
}
