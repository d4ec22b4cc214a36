package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 20: the issuing unit(s) of documents with a header block, shapes found in held-out 10's failures (retired into
 * tuning data) and in the copy variants of every tuning document, each written here as a short text of our own — refusals
 * included: a rule that does not see its whole shape leaves the reading as it was.
 */
class IssuerHeaderSession20Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aPortalsMetadataRowsAboveTheHeaderDoNotCutOffItsNumberAndIssuerColumn() {
        Extraction e = read("Báo cáo Kết quả công tác tiếp công dân quý I năm 2023\n\nSố kí hiệu Số: 45 /BC-UBND\nNgày ban hành 20/03/2023\n"
                + "Thể loại Văn bản\nLĩnh vực Văn bản chỉ đạo điều hành\nCơ quan ban hành Khác\nNgười ký Trần Văn Bình\n\nNội dung\n\n"
                + "ỦY BAN NHÂN DÂN\n     XÃ TÂN LỘC\n\n\nSố: 45 /BC-UBND\n \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\n"
                + "Tân Lộc, ngày  20 tháng 3  năm 2023\nBÁO CÁO\nKết quả công tác tiếp công dân quý I năm 2023\n\nI. TÌNH HÌNH CHUNG\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN XÃ TÂN LỘC");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("BC-UBND");
    }

    @Test
    void theMottosClusterStartsAtANumberCellAFewLinesAboveItButNeverAtThePagesFirstAnchor() {
        List<HeaderSegments.Seg> segs = List.of(new HeaderSegments.Seg(4, HeaderSegments.Kind.NUMBER, "Số: 45 /BC-UBND"),
                new HeaderSegments.Seg(18, HeaderSegments.Kind.NUMBER, "Số: 45 /BC-UBND"),
                new HeaderSegments.Seg(20, HeaderSegments.Kind.MOTTO, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(IssuerHeads.clusterTop(segs, 2, 4)).isEqualTo(18);
        assertThat(IssuerHeads.clusterTop(segs, 2, 18)).isEqualTo(20);
        List<HeaderSegments.Seg> far = List.of(new HeaderSegments.Seg(4, HeaderSegments.Kind.NUMBER, "Số: 45 /BC-UBND"),
                new HeaderSegments.Seg(12, HeaderSegments.Kind.NUMBER, "Số: 45 /BC-UBND"),
                new HeaderSegments.Seg(20, HeaderSegments.Kind.MOTTO, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(IssuerHeads.clusterTop(far, 2, 4)).isEqualTo(20);
    }

    @Test
    void aBoardingSchoolsAbbreviatedHeaderTakesTheEnactingLinesSpelledOutNameBrokenOverLines() {
        Extraction e = read("PHÒNG GD & ĐT\nCÀNG LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG PTDTNT Độc lập - Tự do - Hạnh phúc\n"
                + "THCS HUYỆN CÀNG LONG\nSố: 21 /QĐ-DTNT Càng Long, ngày 05 tháng 9 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế dân chủ\n"
                + "HIỆU TRƯỞNG TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI\nTRÚ\nTRUNG HỌC CƠ SỞ HUYỆN CÀNG LONG\n"
                + "Căn cứ Nghị định 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ;\nQUYẾT ĐỊNH:\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TRUNG HỌC CƠ SỞ HUYỆN CÀNG LONG");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD & ĐT CÀNG LONG");
    }

    @Test
    void theSubjectOfTheSentenceTheBasesLeadIntoSpellsOutTheHeadersAbbreviationWhateverItsVerb() {
        Extraction e = read("PHÒNG GD&ĐT ĐỨC LINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG TH ĐA KAI 2 Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 09/TTr-ĐK2 Đa Kai, ngày 12 tháng 10 năm 2012\nTỜ TRÌNH\nVề việc đề nghị công nhận danh hiệu trường học thân thiện\n"
                + "Kính gởi: Lãnh đạo phòng Giáo dục và Đào tạo huyện Đức Linh\n"
                + "Căn cứ công văn số 301/PGD&ĐT ngày 06/10/2012 của Phòng GD&ĐT\nvề việc hướng dẫn đánh giá phong trào thi đua,\n"
                + "Trường Tiểu học Đa Kai 2 đã tiến hành tự đánh giá và kết quả đạt được như sau:\n");
        assertThat(e.issuers()).containsExactly("Trường Tiểu học Đa Kai 2");
    }

    @Test
    void aSpelledOutNameOnlyMentionedInTheBodyIsNoFullerFormOfTheHeader() {
        Extraction e = read("PHÒNG GD&ĐT ĐỨC LINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG TH ĐA KAI 2 Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 09/BC-ĐK2 Đa Kai, ngày 12 tháng 10 năm 2012\nBÁO CÁO\nKết quả phong trào thi đua\n"
                + "I. ĐẶC ĐIỂM\nNăm học này, học sinh Trường Tiểu học Đa Kai 2 đạt nhiều giải cao.\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TH ĐA KAI 2");
    }

    @Test
    void theCommaClosingABaseClauseIsWhatMakesTheNextNameTheSubject() {
        String after = "can cu cong van so 301 cua phong gd&dt ve viec huong dan,\ntruong tieu hoc da kai 2 da tien hanh";
        assertThat(IssuerHeads.closesBases(after, after.indexOf("truong"))).isTrue();
        String sentence = "nam hoc nay, hoc sinh dat giai,\ntruong tieu hoc da kai 2 da tien hanh";
        assertThat(IssuerHeads.closesBases(sentence, sentence.indexOf("truong"))).isFalse();
        String noComma = "can cu cong van so 301 cua phong gd&dt\ntruong tieu hoc da kai 2 da tien hanh";
        assertThat(IssuerHeads.closesBases(noComma, noComma.indexOf("truong"))).isFalse();
    }

    @Test
    void aJointHeadersDashStillJoinsTheBodiesWhenTheMottoColumnWasFlattenedAfterIt() {
        Extraction e = read("UỶ BAN NHÂN DÂN -\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI NÔNG DÂN\tĐộc lập - Tự do - Hạnh phúc\nTỈNH VĨNH LONG\n"
                + "Số: 15/CTPH-UBND-HND\tVĩnh Long, ngày 10 tháng 3 năm 2020\n\nCHƯƠNG TRÌNH PHỐI HỢP\n\n"
                + "GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ HỘI NÔNG DÂN TỈNH VĨNH LONG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        assertThat(e.issuers()).containsExactly("UỶ BAN NHÂN DÂN TỈNH VĨNH LONG", "HỘI NÔNG DÂN TỈNH VĨNH LONG");
        assertThat(e.parentIssuer()).isNull();
        assertThat(IssuerHeads.dashCell("uy ban nhan dan", "UỶ BAN NHÂN DÂN - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isTrue();
        assertThat(IssuerHeads.dashCell("uy ban nhan dan", "UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isFalse();
    }

    @Test
    void anOutlineHeadingRunIntoAOneLineHeaderIsNoPartOfTheIssuer() {
        Extraction e = read("UBND THÀNH PHỐ VĨNH YÊN | PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập – Tự do – Hạnh phúc"
                + " | Số: 310 /KH-GDĐT | Vĩnh Yên, ngày 13 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nTuyển sinh năm học 2023 - 2024\n\nI. MỤC ĐÍCH YÊU CẦU\n\n"
                + "1. Tuyển sinh đúng quy định.\n");
        assertThat(e.issuers()).containsExactly("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(e.parentIssuer()).isEqualTo("UBND THÀNH PHỐ VĨNH YÊN");
        assertThat(IssuerHeads.heading("A. NHIỆM VỤ CHUNG")).isTrue();
        assertThat(IssuerHeads.heading("TRƯỜNG THCS A. LƯU")).isFalse();
    }

    @Test
    void aCouncilsOwnNameOverTheBasesCompletesAHeaderCellWrittenInRunningCase() {
        Extraction e = read("Ủy ban nhân dân | cộng hòa xã hội chủ nghĩa Việt Nam |\nSố: 12/2006/QĐ-UBND | Đồng Hới, ngày 08 tháng 9 năm 2006 |\n"
                + "VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN\nỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n"
                + "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH");
    }

    @Test
    void anOrgansNameInCapitalsInsideARunningSentenceIsNoEnactingLine() {
        assertThat(IssuerHeads.organAlone("", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nCăn cứ Luật …\n", 0, " tinh quang binh\ncan cu luat …\n")).isTrue();
        assertThat(IssuerHeads.organAlone("cua ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nCăn cứ Luật …\n", 0, " tinh quang binh\ncan cu luat …\n")).isFalse();
        assertThat(IssuerHeads.organAlone("", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nĐiều 1. …\n", 0, " tinh quang binh\ndieu 1. …\n")).isFalse();
    }

    @Test
    void aSchoolAndItsSubUnitJoinedOnOneLineAreTheSuperiorAndTheIssuer() {
        Extraction e = read("TRƯỜNG THCS LÊ LỢI TỔ: NGỮ VĂN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 03/KH-TNV\nLê Lợi, ngày 15 tháng 9 năm 2021\nKẾ HOẠCH\nHOẠT ĐỘNG TỔ CHUYÊN MÔN\nNăm học 2021 – 2022\n"
                + "Căn cứ kế hoạch năm học của nhà trường;\n");
        assertThat(e.issuers()).containsExactly("TỔ NGỮ VĂN");
        assertThat(e.parentIssuer()).isEqualTo("TRƯỜNG THCS LÊ LỢI");
        assertThat(IssuerHeads.schoolThenSubUnit("TRƯỜNG MẦM NON HOA MAI BAN ĐẠI DIỆN CMHS"))
                .isEqualTo(new UnitNames.Split("TRƯỜNG MẦM NON HOA MAI", "BAN ĐẠI DIỆN CMHS"));
        assertThat(IssuerHeads.schoolThenSubUnit("TRƯỜNG TH LƯƠNG YÊN PHÒNG THƯ VIỆN"))
                .isEqualTo(new UnitNames.Split("TRƯỜNG TH LƯƠNG YÊN", "PHÒNG THƯ VIỆN"));
    }

    @Test
    void aSchoolWhoseNameHoldsNoSubUnitIsNotSplit() {
        assertThat(IssuerHeads.schoolThenSubUnit("TRƯỜNG THPT BAN MÊ")).isNull();
        assertThat(IssuerHeads.schoolThenSubUnit("TRƯỜNG THCS LÊ LỢI TỔ:")).isNull();
        assertThat(IssuerHeads.schoolThenSubUnit("TRƯỜNG TH AN BÌNH")).isNull();
    }

    @Test
    void aJointLineOfBodiesSharingOneLocalityNamesTheIssuersOverTheOpeningSentencesShortNames() {
        Extraction e = read("UỶ BAN NHÂN DÂN - HỘI NÔNG DÂN TỈNH VĨNH LONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 15/CTPH-UBND-HND\nVĩnh Long, ngày 10 tháng 3 năm 2020\n\nCHƯƠNG TRÌNH PHỐI HỢP\n\n"
                + "GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ HỘI NÔNG DÂN TỈNH VĨNH LONG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
                + "Uỷ ban nhân dân tỉnh và Ban Thường vụ Hội Nông dân tỉnh thống nhất ban hành Chương trình phối hợp như sau:\n");
        assertThat(e.issuers()).containsExactly("UỶ BAN NHÂN DÂN TỈNH VĨNH LONG", "HỘI NÔNG DÂN TỈNH VĨNH LONG");
    }

    @Test
    void aDashInsideAnOfficesNameDoesNotPartAJointLine() {
        assertThat(IssuerHeads.jointParts("SỞ GIÁO DỤC VÀ ĐÀO TẠO - SỞ TÀI CHÍNH - SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"))
                .containsExactly("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ TÀI CHÍNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        assertThat(HeaderUnits.jointLine("UBND TỈNH QUẢNG NINH SỞ GIÁO DỤC VÀ ĐÀO TẠO - SỞ TÀI CHÍNH - SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")).isTrue();
        assertThat(IssuerHeads.bodyReadOverJointLine(List.of("Uỷ ban nhân dân tỉnh", "Hội Nông dân tỉnh"),
                List.of("UBND TỈNH X", "HỘI NÔNG DÂN TỈNH X"), 2)).isFalse();
    }
}
