package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.RecordLabels.Field;

/** A document record flattened to "|" rows: labels read by their words, values cut where the next label starts. */
class RecordLabelsTests {

    @Test
    void aLabelNamesItsFieldByItsWordsWhateverThePortalsWording() {
        assertThat(RecordLabels.fieldOf("Số hiệu")).isEqualTo(Field.NUMBER);
        assertThat(RecordLabels.fieldOf("Số ký hiệu văn bản")).isEqualTo(Field.NUMBER);
        assertThat(RecordLabels.fieldOf("Ký hiệu:")).isEqualTo(Field.NUMBER);
        assertThat(RecordLabels.fieldOf("Ngày ký văn bản")).isEqualTo(Field.DATE);
        assertThat(RecordLabels.fieldOf("Ngày ban hành")).isEqualTo(Field.DATE);
        assertThat(RecordLabels.fieldOf("Đơn vị phát hành")).isEqualTo(Field.ISSUER);
        assertThat(RecordLabels.fieldOf("Tiêu đề văn bản")).isEqualTo(Field.TITLE);
        assertThat(RecordLabels.fieldOf("Trích yếu nội dung")).isEqualTo(Field.TITLE);
        assertThat(RecordLabels.fieldOf("Hình thức")).isEqualTo(Field.KIND);
    }

    @Test
    void aLabelOfWhatTheDocumentDoesNotCarryNamesNoField() {
        assertThat(RecordLabels.fieldOf("Số lượt xem")).isEqualTo(Field.OTHER);
        assertThat(RecordLabels.fieldOf("Ngày hiệu lực")).isEqualTo(Field.OTHER);
        assertThat(RecordLabels.fieldOf("Ngày cập nhật")).isEqualTo(Field.OTHER);
        assertThat(RecordLabels.fieldOf("Số công báo")).isEqualTo(Field.OTHER);
        assertThat(RecordLabels.fieldOf("Phạm vi")).isEqualTo(Field.OTHER);
    }

    @Test
    void aPhraseWithoutALabelsShapeIsNoLabel() {
        assertThat(RecordLabels.fieldOf("năm 2019")).isNull();
        assertThat(RecordLabels.fieldOf("Kế hoạch tổ chức hội thi cấp trường năm học mới")).isNull();
        assertThat(RecordLabels.fieldOf("1749")).isNull();
    }

    @Test
    void aValueRunOnIntoTheNextLabelRowIsCutWhereTheLabelStarts() {
        assertThat(RecordLabels.cutAtLabel("về việc tổ chức hội thi năm 2020 Tiêu đề văn bản | Kế hoạch về việc tổ chức hội thi năm 2020 Số hiệu | 12"))
                .isEqualTo("về việc tổ chức hội thi năm 2020");
        assertThat(RecordLabels.cutAtLabel("Về việc giao chỉ tiêu Ngày ký văn bản | 02/03/2021")).isEqualTo("Về việc giao chỉ tiêu");
    }

    @Test
    void aValueWhoseCellsEndInNoFieldLabelIsLeftAsItIs() {
        assertThat(RecordLabels.cutAtLabel("Kế hoạch phối hợp | Ban Thường vụ")).isEqualTo("Kế hoạch phối hợp | Ban Thường vụ");
        assertThat(RecordLabels.cutAtLabel("về việc tổ chức hội thi")).isEqualTo("về việc tổ chức hội thi");
        assertThat(RecordLabels.cutAtLabel(null)).isNull();
    }

    @Test
    void aNumberLabelsCellHoldingABareNumberGivesTheNumber() {
        assertThat(RecordLabels.bareNumber(List.of("Tiêu đề | Thông báo lịch trực", "Số hiệu | 215 | Cơ quan ban hành", "Ngày ban hành"))).isEqualTo(215);
    }

    @Test
    void aListTableOrALabelAfterTheNumberLabelGivesNone() {
        assertThat(RecordLabels.bareNumber(List.of("STT | Tên văn bản | Số hiệu | Ngày ban hành", "1 | Kế hoạch A | 12 | 04/04/2019"))).isNull();
        assertThat(RecordLabels.bareNumber(List.of("Số hiệu | 12", "Số hiệu | 13"))).isNull();
        assertThat(RecordLabels.bareNumber(List.of("Số hiệu | Cơ quan ban hành | 12"))).isNull();
    }

    @Test
    void aRecordsRowsGiveNumberSymbolDateAndSubjectByTheirLabels() {
        RecordLabels.Record r = RecordLabels.read(List.of("Trang chủ", "Trích yếu | Kế hoạch số 45/KH-PGD về việc tổ chức ngày hội đọc sách",
                "Ký hiệu | 45/KH-PGD | Đơn vị ban hành | 64ab00ff", "Ngày ký | 02/03/2021 | Ngày hiệu lực | 05/03/2021", "Xem chi tiết"));
        assertThat(r.number()).isEqualTo(45);
        assertThat(r.symbol()).isEqualTo("KH-PGD");
        assertThat(r.date()).isEqualTo(new Extraction.DateParts(2, 3, 2021));
        assertThat(r.title()).isEqualTo("về việc tổ chức ngày hội đọc sách");
    }

    @Test
    void aSingleLabelledRowOrAListTableIsNoRecord() {
        assertThat(RecordLabels.read(List.of("Số hiệu | 45/KH-PGD", "Xem chi tiết"))).isEqualTo(RecordLabels.Record.NONE);
        assertThat(RecordLabels.read(List.of("STT | Tên văn bản | Số hiệu | Ngày ban hành", "1 | Kế hoạch tổ chức hội thi | 12/KH-PGD | 04/04/2019",
                "2 | Kế hoạch tổ chức ngày hội | 13/KH-PGD | 05/04/2019"))).isEqualTo(RecordLabels.Record.NONE);
    }

    @Test
    void twoRecordsNamingDifferentDocumentsGiveNone() {
        assertThat(RecordLabels.read(List.of("Số hiệu | 45/KH-PGD", "Ngày ban hành | 02/03/2021", "", "Số hiệu | 46/KH-PGD",
                "Ngày ban hành | 03/03/2021"))).isEqualTo(RecordLabels.Record.NONE);
    }
}
