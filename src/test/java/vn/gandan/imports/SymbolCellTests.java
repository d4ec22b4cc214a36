package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The identity line's symbol read by its grammar behind a garbled number cell; short texts of our own. */
class SymbolCellTests {

    @Test
    void aPenFillInGluedBeforeTheSymbolIsCutAtItsLastDigit() {
        SymbolCell.Cell c = SymbolCell.read("SỞ GD&ĐT NAM ĐỊNH CỘNG HÒA XÃ HỘI\nSố: Y17SGDĐT-GDTrH Nam Định, ngày 3 tháng 4 năm 2019\n");
        assertThat(c).isEqualTo(new SymbolCell.Cell(null, "SGDĐT-GDTrH"));
    }

    @Test
    void debrisInTheNumberCellIsSkippedAndTheNumberStaysEmpty() {
        assertThat(SymbolCell.read("Số: 3€8Ê 'BC-UBND Hà Nam, ngày 2 tháng 5 năm 2018\n"))
                .isEqualTo(new SymbolCell.Cell(null, "BC-UBND"));
    }

    @Test
    void aLetterReadForTheSlashBeforeAKindAbbreviationIsDropped() {
        assertThat(SymbolCell.read("s6: 7 IKH-UBND TP. Bac Lieu, ngay 3 thang 4\n")).isEqualTo(new SymbolCell.Cell(null, "KH-UBND"));
    }

    @Test
    void aSymbolSplitAfterItsDashIsJoinedAndACleanNumberKept() {
        assertThat(SymbolCell.read("-Số 045/QĐ- THCSAB\n")).isEqualTo(new SymbolCell.Cell(45, "QĐ-THCSAB"));
    }

    @Test
    void aCitationInRunningTextIsNoCell() {
        assertThat(SymbolCell.read("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\n")).isNull();
        assertThat(SymbolCell.read("Số lượng học sinh tham gia là 120 em, chia thành các đội\n")).isNull();
    }

    @Test
    void aReadingTheLettersCannotSettleIsLeftEmpty() {
        assertThat(SymbolCell.read("Số: Ả tới /QĐĐĐ-UBND Phú Thọ, ngày 3\n")).isNull();
        assertThat(SymbolCell.read("So: ,i4 /VP-DDBQH\nV/v tra loi kien nghi\n")).isNull();
    }

    @Test
    void aPlaceThatSwallowedTheSymbolIsCutAfterIt() {
        SymbolCell.Cell c = new SymbolCell.Cell(null, "KH-HĐGD");
        assertThat(SymbolCell.placeAfter("KH-HĐGD Thái Bình", c)).isEqualTo("Thái Bình");
        assertThat(SymbolCell.placeAfter("Thái Bình", c)).isEqualTo("Thái Bình");
        assertThat(SymbolCell.placeAfter("KH-HĐGD Thái Bình", null)).isEqualTo("KH-HĐGD Thái Bình");
    }
}
