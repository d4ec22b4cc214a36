package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24: the issuer's name as headers and records write it, each shape a short text of our own — a standing board heading
 * its organisation's three-line header ({@link BoardNames}), a collective body's enacting line over its bases when the header
 * column was lost ({@link EnactingOrgan}), a site's data file with snake-case keys ({@link DataKeys}); refusals included.
 */
class IssuerNamesSession24Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
    private static final String FRONT = "ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN AN\nBAN THƯỜNG TRỰC\nSố: 12/HD-MTTQ-BTT\n" + MOTTO
            + "Tân An, ngày 3 tháng 11 năm 2025\nHƯỚNG DẪN\nVề việc tổ chức hội nghị cử tri năm 2025\n";

    // ---- a standing board heading its organisation's header ----

    @Test
    void aBoardOverItsFrontCommitteeTakesTheNameTheEnactingSentenceGivesItWithTheLevelWordAlone() {
        Extraction e = read(FRONT + "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;\n"
                + "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn các xã như sau;\n"
                + "Ban Thường trực Ủy ban MTTQ Việt Nam xã hướng dẫn tổ chức hội nghị cử tri như sau:\n"
                + "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn các khu dân cư thực hiện.\n");
        assertThat(e.issuers()).containsExactly("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã");
        assertThat(e.parentIssuer()).isEqualTo("ỦY BAN MTTQ VIỆT NAM XÃ TÂN AN");
    }

    @Test
    void aBoardOverItsCommitteeTakesItsEnactingLineWhole() {
        Extraction e = read("ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN AN\nBAN THƯỜNG TRỰC\nSố: 4/QĐ-MTTQ-BTT\n" + MOTTO
                + "Tân An, ngày 3 tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n"
                + "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN AN\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;\nQUYẾT ĐỊNH:\n");
        assertThat(e.issuers()).containsExactly("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN AN");
        assertThat(e.parentIssuer()).isEqualTo("ỦY BAN MTTQ VIỆT NAM XÃ TÂN AN");
    }

    @Test
    void theSuperiorsBoardNamedAtAnotherLevelIsNotTheIssuer() {
        Extraction e = read(FRONT + "Căn cứ Kế hoạch số 3/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;\n"
                + "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn các xã như sau:\n");
        assertThat(e.issuers()).allSatisfy(i -> assertThat(i).doesNotContainIgnoringCase("tỉnh"));
    }

    @Test
    void aBoardTheTextNeverNamesWholeStaysAsTheHeaderWritesIt() {
        Extraction e = read("HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ AN\nBAN THƯỜNG VỤ\nSố: 9/HD-HPN\n" + MOTTO + "Phú An, ngày 3 tháng 3 năm 2021\n"
                + "HƯỚNG DẪN\nTuyên truyền kết quả Đại hội\nI. MỤC ĐÍCH\nTuyên truyền sâu rộng trong hội viên.\n");
        assertThat(e.issuers()).containsExactly("BAN THƯỜNG VỤ");
    }

    @Test
    void onlyABoardAloneOnItsLineIsBare() {
        assertThat(BoardNames.bare("BAN THƯỜNG TRỰC")).isTrue();
        assertThat(BoardNames.bare("Ban Thường vụ")).isTrue();
        assertThat(BoardNames.bare("BAN TUYÊN GIÁO")).isFalse();
        assertThat(BoardNames.bare("BAN THƯỜNG VỤ TỈNH ĐOÀN")).isFalse();
    }

    // ---- a collective body's enacting line above its bases ----

    @Test
    void aDecisionWhoseHeaderLostItsOrganLineIsIssuedByTheBodyOfItsEnactingLine() {
        Extraction e = read("Quyết định 15/QĐ-UBND 2022 | ỦY BAN NHÂN DÂN\nTHÀNH PHỐ AN HẢI\n-------\n" + MOTTO + "Số: 15/QĐ-UBND\n"
                + "An Hải, ngày 15 tháng 9 năm 2022\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI\n"
                + "ỦY BAN NHÂN DÂN THÀNH PHỐ AN HẢI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN THÀNH PHỐ AN HẢI");
    }

    @Test
    void aHeadingInCapitalsOverTheBasesIsNoEnactingBody() {
        TextLines d = new TextLines("KẾ HOẠCH\nTHỰC HIỆN NHIỆM VỤ NĂM HỌC 2022\nCăn cứ Luật Giáo dục năm 2019;\n");
        assertThat(EnactingOrgan.of(d)).isNull();
    }

    // ---- a site's data file with snake-case keys ----

    @Test
    void aDataFilesSnakeCaseKeysAreReadAsTheLabelsTheySpell() {
        PageMetadata.Meta m = PageMetadata.read(("---json\n{\n    \"slug\": \"02-pa-ubnd\",\n    \"so_hieu\": \"02/PA-UBND\",\n"
                + "    \"co_quan_ban_hanh\": \"UBND huyện Đắk An\",\n    \"ngay_ban_hanh\": \"27/05/2020\",\n    \"linh_vuc\": \"\",\n}\n---\n")
                .lines().toList());
        assertThat(m.issuer()).isEqualTo("UBND huyện Đắk An");
        assertThat(m.number()).isEqualTo(2);
        assertThat(m.symbol()).isEqualTo("PA-UBND");
    }

    @Test
    void aKeyThatSpellsNoLabelLeavesTheLineAsItIs() {
        assertThat(DataKeys.labelled("    \"upload_image\": \"a.png\",")).isEqualTo("    \"upload_image\": \"a.png\",");
        assertThat(DataKeys.labelled("so_hieu: 12/KH-UBND")).isEqualTo("Số hiệu: 12/KH-UBND");
        assertThat(DataKeys.labelled("Thời gian: 8-10 giờ")).isEqualTo("Thời gian: 8-10 giờ");
    }

    // ---- a superior without its level word run into its unit on one line ----

    @Test
    void aSchoolRunIntoItsOfficesLineIsTheIssuerUnderIt() {
        Extraction e = read("PGD & ĐT AN PHÚ TRƯỜNG TH HOA SEN Số: 02/QC-CM. " + MOTTO.replace("\n", " ") + "An Phú, ngày 9 tháng 10 năm 2012\n"
                + "QUYẾT ĐỊNH\nBan hành Quy định về kiểm tra định kì\nCăn cứ kế hoạch chuyên môn của trường TH Hoa Sen năm học 2012-2013;\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TH HOA SEN");
        assertThat(e.parentIssuer()).isEqualTo("PGD & ĐT AN PHÚ");
    }

    @Test
    void aSchoolsUnionRunIntoItsSectorsUnionIsCutBeforeTheUnionNotTheSchool() {
        UnitNames.Split s = RunTogetherUnits.split("CĐ NGÀNH GD&ĐT AN PHÚ CĐCS TRƯỜNG THCS HOA SEN",
                new TextLines("CĐ NGÀNH GD&ĐT AN PHÚ CĐCS TRƯỜNG THCS HOA SEN\nNay CĐCS trường THCS Hoa Sen báo cáo kết quả hoạt động như sau:\n"));
        assertThat(s).isEqualTo(new UnitNames.Split("CĐ NGÀNH GD&ĐT AN PHÚ", "CĐCS TRƯỜNG THCS HOA SEN"));
    }

    @Test
    void aBodyNamedWithItsOwnerWholeInItsTextIsOneName() {
        TextLines d = new TextLines("HỘI ĐỒNG TRƯỜNG THPT HOA SEN\nHội đồng trường THPT Hoa Sen họp thống nhất. Trường THPT Hoa Sen triển khai kế hoạch.\n");
        assertThat(RunTogetherUnits.split("HỘI ĐỒNG TRƯỜNG THPT HOA SEN", d)).isNull();
        assertThat(RunTogetherUnits.split("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HOA SEN",
                new TextLines("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HOA SEN\nCông đoàn cơ sở trường THPT Hoa Sen báo cáo. Trường THPT Hoa Sen có 40 giáo viên.\n"))).isNull();
    }

    @Test
    void aDepartmentUnderItsSchoolIsNotRunIntoThePageTitleAboveTheHeader() {
        Extraction e = read("KẾ HOẠCH NĂM HỌC 2014-2015 CỦA TỔ NGỮ VĂN\n\nTRƯỜNG THPT HOA SEN\n\nTỔ NGỮ VĂN\n\n" + MOTTO + "\n"
                + "An Phú, ngày 03 tháng 9 năm 2014\n\nKẾ HOẠCH HOẠT ĐỘNG TỔ NGỮ VĂN\n\nNăm học: 2014-2015\n\n"
                + "- Căn cứ phương hướng nhiệm vụ năm học của trường THPT Hoa Sen,\n");
        assertThat(e.issuers()).containsExactly("TỔ NGỮ VĂN");
        assertThat(e.parentIssuer()).isEqualTo("TRƯỜNG THPT HOA SEN");
    }

    // ---- a letter's subject cell between its unit column and the motto ----

    @Test
    void aLettersSubjectCellAboveTheMottoDoesNotCutTheUnitColumnOff() {
        Extraction e = read("Công văn Về việc đón đọc chuyên trang\n\n12\nỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ AN HẢI\nBAN TUYÊN GIÁO\n"
                + "Về việc đón đọc chuyên trang\n" + MOTTO + "An Hải, ngày 21 tháng 02 năm 2020\nKính gửi: Ban Thường trực các quận, huyện\n"
                + "Đề nghị các quận, huyện thông báo đến khu dân cư.\n");
        assertThat(e.issuers()).containsExactly("BAN TUYÊN GIÁO");
        assertThat(e.parentIssuer()).isEqualTo("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ AN HẢI");
    }
}
