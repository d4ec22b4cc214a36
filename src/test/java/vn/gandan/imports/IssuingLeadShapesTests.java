package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the body a header-less text's lead tells issued a document — the body acting ("X vừa ban hành Kế hoạch …"),
 * the document issued by it ("Nghị quyết … ban hành bởi X về …", "… do X ban hành"), the document signed as its ("ký ban
 * hành Chỉ thị của X về …") — and the stretches that are no body's name. Short texts of our own.
 */
class IssuingLeadShapesTests {

    private static String body(String... paras) {
        return IssuingLead.body(List.of(paras));
    }

    @Test
    void aBodyActingAfterTheLeadsOpeningClause() {
        assertThat(body("Nhằm chuẩn bị tốt cho kỳ bầu cử, Ban Chỉ đạo bầu cử huyện Tân Yên vừa ban hành Kế hoạch số 12/KH-BCĐ về tuyên truyền."))
                .isEqualTo("Ban Chỉ đạo bầu cử huyện Tân Yên");
    }

    @Test
    void aBodyWhoseNameHoldsACommaAndNamesItsSuperior() {
        assertThat(body("Để nhân dân nắm rõ, Tiểu ban Văn hóa, Xã hội thuộc Ủy ban Bầu cử xã Hòa Bình đã ban hành Kế hoạch tuyên truyền."))
                .isEqualTo("Tiểu ban Văn hóa, Xã hội");
    }

    @Test
    void aBodyDraftingAPlanAtTheParagraphsStart() {
        assertThat(body("Hội Nông dân tỉnh Yên Bái xây dựng Kế hoạch tổ chức hội thi nhà nông đua tài năm 2024."))
                .isEqualTo("Hội Nông dân tỉnh Yên Bái");
    }

    @Test
    void aDocumentIssuedByABody() {
        assertThat(body("Nghị quyết số 05/NQ-TU ngày 2/3/2023 ban hành bởi Tỉnh ủy Lạng Sơn về phát triển du lịch."))
                .isEqualTo("Tỉnh ủy Lạng Sơn");
    }

    @Test
    void aDocumentSignedAsABodys() {
        assertThat(body("Mới đây, đồng chí Phó Bí thư ký ban hành Chỉ thị của Tỉnh ủy Hà Tĩnh về tăng cường công tác dân vận."))
                .isEqualTo("Tỉnh ủy Hà Tĩnh");
    }

    @Test
    void anOfficeHolderIsNoBody() {
        assertThat(body("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn A đã ký ban hành Quy định số 9-QĐ/TW về công tác cán bộ.")).isNull();
        assertThat(body("Ngày 3/4, Chủ tịch UBND xã Minh Đức ký ban hành Quyết định số 45/QĐ-UBND về quy chế.")).isNull();
    }

    @Test
    void aSentenceOrPartnersBeforeTheVerbAreNoBody() {
        assertThat(body("Năm qua, nhà trường đã chủ động ban hành Kế hoạch số 3 về công tác dân vận.")).isNull();
        assertThat(body("BCH Đoàn trường phối hợp với Ban Giám hiệu xây dựng Kế hoạch ngoại khóa.")).isNull();
    }

    @Test
    void nothingIsReadBeyondTheLead() {
        assertThat(body("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Sau đó, Tỉnh ủy Lạng Sơn đã ban hành Chỉ thị số 5 về việc này.")).isNull();
    }
}
