package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectCellTests {

    private static final String HEAD = "SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN GIANG Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 15/SGDĐT-VP\n";

    @Test
    void aMisreadLetterMarkBesideThePlaceDateCellOpensTheCell() {
        String text = HEAD + "| Ví tổ chức ngày hội đọc sách, Long Xuyên, ngày 3 tháng 4 năm 2021\nở các trường tiểu học\nKính gửi: các trường\n";
        assertThat(SubjectCell.read(text).text()).isEqualTo("V/v tổ chức ngày hội đọc sách, ở các trường tiểu học");
    }

    @Test
    void theCellEndsAtTheSalutationOnItsOwnLine() {
        String text = HEAD + "V/v tổ chức ngày hội\nđọc sách năm 2021 Kính gửi: các trường\nThực hiện kế hoạch năm học, Sở đề nghị các trường tổ chức như sau:\n";
        assertThat(SubjectCell.read(text).text()).isEqualTo("V/v tổ chức ngày hội đọc sách năm 2021");
    }

    @Test
    void aWrappedLineAsLongAsABodyLineReadsNothing() {
        String text = HEAD + "V/v tổ chức ngày hội\nđọc sách năm 2021 ở các trường tiểu học và trung học cơ sở trên địa bàn tỉnh theo kế hoạch\n";
        assertThat(SubjectCell.read(text)).isNull();
    }

    @Test
    void aDecisionsMatterLineUnderTheKindLine() {
        String text = HEAD + "QUYẾT ĐỊNH\nVề việc ban hành quy chế làm việc\ncủa Hội đồng trường\nCăn cứ Luật Giáo dục;\n";
        assertThat(SubjectCell.read(text).text()).isEqualTo("Về việc ban hành quy chế làm việc của Hội đồng trường");
    }

    @Test
    void aListedMatterInTheBodyIsNoCell() {
        String text = HEAD + "BÁO CÁO\nTình hình công đoàn\nI. Tình hình chung\n- Về việc làm, tiền lương và thu nhập.\n";
        assertThat(SubjectCell.read(text)).isNull();
    }

    @Test
    void withoutAHeaderPieceAboveNothingIsRead() {
        assertThat(SubjectCell.read("V/v tổ chức ngày hội đọc sách\nKính gửi: các trường\n")).isNull();
    }

    @Test
    void theCellReplacesOnlyAnEmptyTitleItsTailOrAKindLineAlone() {
        String text = HEAD + "| Ví tổ chức ngày hội đọc sách, Long Xuyên, ngày 3 tháng 4 năm 2021\nở các trường tiểu học\nKính gửi: các trường\n";
        String cell = "V/v tổ chức ngày hội đọc sách, ở các trường tiểu học";
        assertThat(SubjectCell.mended(null, text)).isEqualTo(cell);
        assertThat(SubjectCell.mended("ở các trường tiểu học", text)).isEqualTo(cell);
        assertThat(SubjectCell.mended("ĐẾN : QUYẾT ĐỊNH", text)).isEqualTo(cell);
        assertThat(SubjectCell.mended("V/v tổ chức ngày hội đọc sách", text)).isEqualTo("V/v tổ chức ngày hội đọc sách");
    }

    @Test
    void aLayerWithoutMarksGivesNoTitle() {
        String text = "SO GIAO DUC VA DAO TAO\nSo: 15/SGDDT-VP\nV/v to chuc ngay hoi doc sach\nKinh gui: cac truong\n";
        assertThat(SubjectCell.mended(null, text)).isNull();
    }

    @Test
    void thePlacesFirstWordClosingTheCellsLastLineIsCutOff() {
        String text = HEAD + "V/v tổ chức ngày hội\nđọc sách năm 2021\n|\nHà\nNội, ngày 3 tháng 4 năm 2021\n";
        assertThat(SubjectCell.read(text).text()).isEqualTo("V/v tổ chức ngày hội đọc sách năm 2021");
    }
}
