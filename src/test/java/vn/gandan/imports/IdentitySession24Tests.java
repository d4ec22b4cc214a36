package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: a document's identity written outside a header's "Số: …" and "…, ngày …" lines — in a record page's title
 * cell, a news item's lead — and the choice between the document's own identity and the ones it cites; each shape as a
 * short text of our own, with the look-alikes that must stay unread.
 */
class IdentitySession24Tests {

    private static Extraction read(String text) {
        return Extractor.extract("page.txt", text);
    }

    // ---- the date written right after the document's own number ----

    @Test
    void aRecordPagesTitleCellDatesTheNumberItsSymbolRowGives() {
        Extraction e = read("Văn bản cấp quản lý\n"
                + "Kế hoạch 1234/KH-SGD&ĐT ngày 12/10/2019 về việc triển khai công tác thư viện trường học\n"
                + "Số hiệu | 1234/KH-SGD&ĐT | Cơ quan ban hành | \n"
                + "Ngày ban hành |  | Người ký | \n"
                + "Trích yếu | Kế hoạch 1234/KH-SGD&ĐT ngày 12/10/2019 về việc triển khai công tác thư viện trường học\n");
        assertThat(e.number()).isEqualTo(1234);
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 10, 2019));
    }

    @Test
    void onlyTheSameNumberAndSymbolLendTheirDate() {
        List<String> paras = List.of("Căn cứ Kế hoạch số 45/KH-UBND ngày 3/2/2020 của UBND tỉnh.",
                "Kế hoạch 45 - KH/PGD ngày 5-3-2020 về việc tổ chức hội thi.", "Kế hoạch số 45/KH-PGD về việc tổ chức hội thi.");
        assertThat(SameIdentityDate.of(paras, 45, "KH-PGD")).isEqualTo(new DateParts(5, 3, 2020)); // "-" or "/" between parts, spaces aside
        assertThat(SameIdentityDate.of(paras, 46, "KH-PGD")).isNull();
        assertThat(SameIdentityDate.of(List.of("Kế hoạch số 45/KH-PGD về việc tổ chức hội thi."), 45, "KH-PGD")).isNull(); // named without a date
        assertThat(SameIdentityDate.of(paras, 45, null)).isNull();
        assertThat(SameIdentityDate.of(List.of("Thực hiện Kế hoạch số 45/KH-PGD ngày 5/3/2020 của Phòng về hội thi."), 45, "KH-PGD")).isNull(); // a base cites
        assertThat(SameIdentityDate.of(List.of("Thực hiện Công văn số 9/CV-H ngày 1/3/2020 của Huyện, Phòng ban hành Kế hoạch số 45/KH-PGD "
                + "ngày 5/3/2020 về hội thi."), 45, "KH-PGD")).isEqualTo(new DateParts(5, 3, 2020)); // the own act after the base
    }

    // ---- a post stamp is no number ----

    @Test
    void aPostStampUnderAHeadlineEndingOnTheKindWordIsNoNumberAndSymbol() {
        Extraction e = read("Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp\n\n12/04/2019 09:15\n\n"
                + "Sáng 12/4, Hội Nông dân tỉnh và Công an tỉnh tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2019-2024.\n");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isNull();
    }

    // ---- an event held to carry out a document (gold convention 10) ----

    @Test
    void anEventHeldToCarryOutAPlanNamesThatPlan() {
        Extraction e = read("Chi bộ thôn 5 tổ chức đại hội điểm nhiệm kỳ 2025-2027\n"
                + "Thực hiện Kế hoạch số 21-KH/ĐU, ngày 10/3/2025 của Đảng ủy xã An Hòa về việc tổ chức đại hội chi bộ trực thuộc nhiệm kỳ "
                + "2025-2027; sau thời gian chuẩn bị chu đáo.\n"
                + "Sáng ngày 2/4/2025, chi bộ thôn 5 long trọng tổ chức Đại hội chi bộ nhiệm kỳ 2025-2027.\n"
                + "Về dự đại hội có đồng chí Bí thư Đảng ủy xã.\n");
        assertThat(e.number()).isEqualTo(21);
        assertThat(e.symbol()).isEqualTo("KH/ĐU");
        assertThat(e.issueDate()).isEqualTo(new DateParts(10, 3, 2025)); // the plan's date, not the congress's
        assertThat(e.issuers()).containsExactly("Đảng ủy xã An Hòa");
        assertThat(e.title()).isEqualTo("về việc tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025-2027");
    }

    @Test
    void theBodyNamedAfterTheSubjectOwnsAnUndatedJointPlan() {
        Extraction e = read("Thực hiện Kế hoạch liên tịch số 45-KHLT/NT-CĐCS về tổ chức Hội nghị cán bộ, công chức năm 2024 của Trường Mầm non Hoa Sen\n"
                + "Vào lúc 8g00 ngày 12 tháng 1 năm 2024, trường Mầm non Hoa Sen đã tổ chức Hội nghị cán bộ, công chức năm 2024.\n");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KHLT/NT-CĐCS");
        assertThat(e.docKind()).isEqualTo("KE_HOACH_PHOI_HOP");
        assertThat(e.issueDate()).isEqualTo(DateParts.BLANK); // the conference's date is not the plan's
        assertThat(e.issuers()).containsExactly("Trường Mầm non Hoa Sen");
        assertThat(e.title()).isEqualTo("về tổ chức Hội nghị cán bộ, công chức năm 2024");
    }

    @Test
    void aDocumentsOwnOpeningBaseIsNoEventCarriedOut() {
        // the unit drafts its own plan: the plan cited is its base, not the page's document
        assertThat(CarriedOut.find(List.of("Thực hiện Kế hoạch số 14-KH/BCĐ ngày 19/11/2024 của Ban chỉ đạo huyện về phối hợp làm công tác dân vận. "
                + "Ban chỉ đạo xã xây dựng kế hoạch làm công tác dân vận cụ thể như sau:", "I. MỤC ĐÍCH, YÊU CẦU"))).isNull();
        // the unit deploys its own numbered plan in the same lead
        assertThat(CarriedOut.find(List.of("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp; Đảng ủy phường "
                + "triển khai kế hoạch số 89-KH/ĐU ngày 9/8/2019 về tổ chức đại hội.", "Ngày 15/8, Đảng ủy phường tổ chức Hội nghị triển khai."))).isNull();
        // a record of a check: no event held
        assertThat(CarriedOut.find(List.of("Thực hiện Kế hoạch số 02/KH-TH ngày 06/10/2020 của Trường.",
                "Hôm nay, hồi 8 giờ 00 ngày 06/10/2020 Tổ kiểm tra nội bộ đã tiến hành kiểm tra cơ sở vật chất."))).isNull();
        // a lead of another sentence comes first: the base further down is the page's body
        assertThat(CarriedOut.find(List.of("Ngày 3/5, Ban Thường vụ Huyện đoàn đã ban hành Kế hoạch số 12-KH/HĐ về tổ chức hội trại năm 2024.",
                "Thực hiện Kế hoạch số 5-KH/TĐ ngày 1/4/2024 của Tỉnh đoàn về hội trại; ngày 20/5, Huyện đoàn tổ chức Hội trại."))).isNull();
    }

    @Test
    void aPortalsMenuAboveTheLeadIsNoSentenceOfIt() {
        WebHeadline.Headline h = CarriedOut.find(List.of("Trang chủ", "BIỂU MẪU, CHUYỂN TRƯỜNG, THẺ HỌC SINH, KHEN THƯỞNG, BẢO HIỂM Y TẾ v.v....",
                "Ngày đăng: 24/03/2021 - 14:40",
                "Thực hiện Kế hoạch số 20-KH/TĐTN-TNTH ngày 19/02/2021 của Ban Thường vụ Tỉnh đoàn về tổ chức Ngày hội thiếu nhi;",
                "Căn cứ vào Kế hoạch số 7/KHPH ngày 01/3/2021 của Thành đoàn về hoạt động tháng 3;",
                "Được sự thống nhất của Ban giám hiệu, ngày 22/3/2021 Liên đội trường tổ chức Ngày hội thiếu nhi vui khỏe."));
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(20);
        assertThat(h.symbol()).isEqualTo("KH/TĐTN-TNTH");
        assertThat(h.date()).isEqualTo(new DateParts(19, 2, 2021));
        assertThat(h.issuers()).containsExactly("Ban Thường vụ Tỉnh đoàn");
    }

    // ---- a lead opening with the document's own naming ----

    @Test
    void aLeadOpeningWithThePlansNumberUnderItsHeadlineNamesThePage() {
        Extraction e = read("Thứ Hai, 5/6/2023\nUBND tỉnh Bình An triển khai Luật Thi đua, khen thưởng\n\n"
                + "Kế hoạch số 87/KH-UBND nhằm nâng cao nhận thức và trách nhiệm của các sở, ngành, địa phương trong việc triển khai thi hành Luật, \n\n"
                + "Theo đó, kế hoạch tập trung vào các nhiệm vụ trọng tâm.\n");
        assertThat(e.number()).isEqualTo(87);
        assertThat(e.symbol()).isEqualTo("KH-UBND");
        assertThat(e.issueDate()).isEqualTo(DateParts.BLANK); // the page's stamp is not the plan's date
    }

    @Test
    void aNamingOfAnotherKindOrBelowTheLeadIsNoOpening() {
        String lead = "Quyết định số 12/QĐ-UBND ngày 3/2/2020 phê duyệt danh sách các đơn vị tham gia phong trào thi đua năm 2020 trên địa bàn.";
        assertThat(OpeningNamed.find(List.of(lead), "KE_HOACH")).isNull();
        assertThat(OpeningNamed.find(List.of(lead), "QUYET_DINH").date()).isEqualTo(new DateParts(3, 2, 2020));
        assertThat(OpeningNamed.find(List.of("Ngày 5/3, UBND huyện tổ chức hội nghị triển khai công tác thi đua khen thưởng năm 2020 cho các xã.", lead),
                "QUYET_DINH")).isNull();
        assertThat(OpeningNamed.find(List.of("Kế hoạch số 12/KH-UBND về thi đua"), "KE_HOACH")).isNull(); // a headline, not a lead
    }

    // ---- a static site's front-matter record ----

    @Test
    void aFrontMatterRecordAboveThePostIsTheSitesNotTheLead() {
        StringBuilder record = new StringBuilder("---json\n{\n");
        for (String key : List.of("slug", "category", "layout", "description", "so", "trich_yeu", "co_quan_ban_hanh", "linh_vuc", "loai_van_ban",
                "nguoi_ky", "ngay_co_hieu_luc", "banner", "url", "ngay_ban_hanh", "so_hieu")) {
            record.append("    \"").append(key).append("\": \"\",\n");
        }
        record.append("    \"date\": \"2020-03-16T00:05:00.000Z\"\n}\n---\n");
        Extraction e = read(record + "<p>Ngày 10/3/2020, Trung tâm Y tế huyện Đắk Mil đã ban hành Kế hoạch số 07/KH-TTYT, về việc phòng, chống dịch "
                + "bệnh sốt xuất huyết.</p>\n<p>Theo đó, các xã rà soát.</p>\n");
        assertThat(e.number()).isEqualTo(7);
        assertThat(e.symbol()).isEqualTo("KH-TTYT");
        assertThat(e.issueDate()).isEqualTo(new DateParts(10, 3, 2020));
        assertThat(FrontMatter.without("---\ntitle: x\n---\nKế hoạch")).hasToString("Kế hoạch");
        assertThat(FrontMatter.without("--- a rule, no record\nKế hoạch")).hasToString("--- a rule, no record\nKế hoạch");
        assertThat(FrontMatter.without("---\ntitle: x\nnever closed")).hasToString("---\ntitle: x\nnever closed");
    }

    // ---- a dated lead telling of an unnumbered letter, before a notice it cites ----

    @Test
    void aDatedLeadTellingABodyHasALetterNamesThatLetterNotTheNoticeItCites() {
        Extraction e = read("Thường trực Huyện ủy hoãn tiếp công dân tháng 9\n\n"
                + "(BQN) - Ngày 12.9, Văn phòng Huyện ủy có công văn về việc hoãn tiếp công dân định kỳ tháng 9.2021.\n\n"
                + "Theo Thông báo số 120-TB/HU ngày 20.12.2020 của Ban Thường vụ Huyện ủy về lịch tiếp công dân năm 2021, Thường trực Huyện ủy "
                + "tiếp công dân theo lịch.\n");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isNull();
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 9, null));
        assertThat(e.issuers()).containsExactly("Văn phòng Huyện ủy");
        assertThat(e.title()).isEqualTo("về việc hoãn tiếp công dân định kỳ tháng 9.2021");
    }

    @Test
    void aLetterTheHeadNamesByNumberIsLeftToTheNumberedReaders() {
        assertThat(DatedLetter.find("Ngày 12/9, Sở Y tế có công văn về việc phòng dịch.\nCông văn số 45/SYT-NV nêu rõ các bước.")).isNull();
        assertThat(DatedLetter.find("Sở Y tế có công văn về việc phòng dịch.")).isNull(); // no date of its own: a bare "có" is no act
    }
}
