package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.SymbolNames.Verdict;

/** Session 22: the symbol's issuer part read as an abbreviation of the body's name ({@link SymbolNames}). */
class SymbolNamesTests {

    @Test
    void initialsOfTheNamesWordsAgree() {
        assertThat(SymbolNames.judge("Ban Dân vận Tỉnh ủy", "05-HD/BDVTU")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Ban Tuyên giáo và Dân vận Tỉnh ủy", "45-KH/BTGDVTU")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Sở Giáo dục và Đào tạo", "12/KH-SGDĐT")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Ủy ban nhân dân tỉnh Bình Dương", "12/KH-UBND")).isEqualTo(Verdict.AGREES);
    }

    @Test
    void anAcronymInTheNameAndASchoolsOwnNameAgree() {
        assertThat(SymbolNames.judge("Trường THCS An Bình", "20/BC-THCSAB")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Phòng GD&ĐT huyện Yên Dũng", "15/KH-GDĐT")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Trường Mầm non Mai Vàng", "16/KH-MNMV")).isEqualTo(Verdict.AGREES);
    }

    @Test
    void theLexiconsFixedFormsAgree() {
        assertThat(SymbolNames.judge("Ban Chấp hành Trung ương", "05-CT/TW")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Bộ Chính trị", "120-QĐ/TW")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Thủ tướng Chính phủ", "16/CT-TTg")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Đoàn xã Hòa Hưng", "31-KH/ĐTN")).isEqualTo(Verdict.AGREES);
    }

    @Test
    void aJointSymbolAgreesWithEachOfItsBodies() {
        assertThat(SymbolNames.judge("Liên đoàn Lao động tỉnh Đắk Lắk", "02/QC-UBND-LĐLĐ")).isEqualTo(Verdict.AGREES);
        assertThat(SymbolNames.judge("Ban cán sự đảng Chính phủ", "1573-KH/BDVTW-BCSĐCP")).isEqualTo(Verdict.AGREES);
    }

    @Test
    void anotherBodysAbbreviationContradicts() {
        assertThat(SymbolNames.judge("Sở Giáo dục và Đào tạo", "12/KH-UBND")).isEqualTo(Verdict.CONTRADICTS);
        assertThat(SymbolNames.judge("Hội Nông dân tỉnh", "45-KH/BDVTU")).isEqualTo(Verdict.CONTRADICTS);
    }

    @Test
    void aSymbolWithoutAnIssuerPartSaysNothing() {
        assertThat(SymbolNames.judge("Trường TH Thị Trấn 1", "BC")).isEqualTo(Verdict.SILENT);
        assertThat(SymbolNames.judge("Sở Nội vụ", null)).isEqualTo(Verdict.SILENT);
    }
}
