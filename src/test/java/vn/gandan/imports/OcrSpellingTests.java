package vn.gandan.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Session 27: an OCR reading's misread marks in a header value, corrected only on strong evidence and only in a scan's text. */
class OcrSpellingTests {

    @Test
    void aMisreadMarkNextToAWordItNeverFollowsIsReadAsTheCommonVariant() {
        assertThat(OcrSpelling.value("V/v hướng dân phòng, chông dịch bệnh viêm đường hô hâp cấp"))
                .isEqualTo("V/v hướng dẫn phòng, chống dịch bệnh viêm đường hô hấp cấp");
    }

    @Test
    void anUpperCaseNameKeepsItsCase() {
        assertThat(OcrSpelling.value("SƠ GIAO DỤC VÀ ĐÀO TẠO")).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(OcrSpelling.value("CÔNG TÁC ỦY BAN KIẾM TRA")).isEqualTo("CÔNG TÁC ỦY BAN KIỂM TRA");
    }

    @Test
    void aRightValueAndAToneMarkOnlyPlacedTheOldWayStayAsWritten() {
        assertThat(OcrSpelling.value("Kế hoạch tổ chức Ngày Sách Việt Nam")).isEqualTo("Kế hoạch tổ chức Ngày Sách Việt Nam");
        assertThat(OcrSpelling.value("Uỷ ban nhân dân tỉnh Hoà Bình")).isEqualTo("Uỷ ban nhân dân tỉnh Hoà Bình");
    }

    @Test
    void aTypedTextShowsNoOcrTraitsAndKeepsItsValues() {
        String typed = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nKẾ HOẠCH\nTổ chức hướng dẫn phòng, chống dịch bệnh trong trường học năm học 2020-2021\n";
        assertThat(OcrTraits.of(typed).scanned()).isFalse();
    }

    @Test
    void aTextTypedWithoutMarksIsNoOcrReading() {
        String plain = "Cong van cua Bo Giao duc ve viec huong dan thuc hien nhiem vu giao duc trung hoc nam hoc 2019 2020 ".repeat(20);
        assertThat(OcrTraits.of(plain).scanned()).isFalse();
    }

    @Test
    void aScanReadWithMisreadMarksShowsOcrTraits() {
        String scan = "V/v hướng dân tuyên sinh lớp 10, phòng chông dịch bệnh viêm đường hô hâp cấp, công tác kiếm tra, tô chức tập huân\n";
        assertThat(OcrTraits.of(scan.repeat(3)).scanned()).isTrue();
    }
}
