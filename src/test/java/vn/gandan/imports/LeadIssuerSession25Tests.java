package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 25: the issuing body a news item's headline or lead names ({@link LeadIssuer}), each shape a short text of our own —
 * the body acting on the document, a programme signed with a partner or between two bodies, an unnumbered document named with
 * its author; refusals (an event's sentence, an office holder, a name in capitals) included. And the symbol's organ part spelled
 * by a name the text writes in full ({@link SymbolOrgan}).
 */
class LeadIssuerSession25Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String BODY = "\n\nChiến dịch diễn ra trong hai tháng tại các xã khó khăn, vùng sâu, vùng xa của tỉnh.\n";

    // ---- the body acting on the document ----

    @Test
    void aCentralBodyIssuingAnUnnumberedPlanAfterTheAgencyStampIsTheIssuer() {
        Extraction e = read("Kế hoạch tổ chức chiến dịch mùa hè xanh\n\n(ABC) - Trung ương Đoàn vừa ban hành kế hoạch tổ chức chiến dịch mùa hè xanh 2021." + BODY);
        assertThat(e.issuers()).containsExactly("Trung ương Đoàn");
    }

    @Test
    void aBodyWithItsLocalityDrawingUpAPlanEndsWhereTheNameEnds() {
        assertThat(LeadIssuer.of(java.util.List.of("Vừa qua, Hội Khuyến học huyện Tân Phú đã xây dựng kế hoạch khuyến học năm 2022 cho các xã.")))
                .containsExactly("Hội Khuyến học huyện Tân Phú");
    }

    @Test
    void aProgrammeSignedWithAPartnerNamesBothBodies() {
        assertThat(LeadIssuer.of(java.util.List.of("Hội Nông dân tỉnh An Hòa ký kết Chương trình phối hợp với Hội Nông dân tỉnh Bình Lợi giai đoạn 2014 – 2019")))
                .containsExactly("Hội Nông dân tỉnh An Hòa", "Hội Nông dân tỉnh Bình Lợi");
    }

    @Test
    void anAbbreviatedFarmersUnionIsABodysHead() {
        assertThat(LeadIssuer.of(java.util.List.of("HND huyện Cát Lâm ký kết chương trình phối hợp với Đoàn Thanh niên huyện Cát Lâm năm 2015")))
                .containsExactly("HND huyện Cát Lâm", "Đoàn Thanh niên huyện Cát Lâm");
    }

    // ---- a programme between two bodies ----

    @Test
    void aProgrammeBetweenTwoBodiesNamesBothWhateverTheirNamesHoldAnAnd() {
        Extraction e = read("Dân vận khéo ở cơ sở\n\nChương trình phối hợp về công tác dân vận giữa Ban Tuyên giáo và Dân vận Huyện ủy và "
                + "Ban Cán sự Đảng UBND huyện những năm qua đã đạt nhiều kết quả." + BODY);
        assertThat(e.issuers()).containsExactly("Ban Tuyên giáo và Dân vận Huyện ủy", "Ban Cán sự Đảng UBND huyện");
    }

    // ---- an unnumbered document named with its author ----

    @Test
    void aPlanNamedWithItsAuthorGivesTheAuthorUpToTheComma() {
        Extraction e = read("Ngày hội Đại đoàn kết ở khu dân cư\n\nNăm nay, theo kế hoạch của Ủy ban MTTQ Việt Nam huyện, Ngày hội diễn ra "
                + "từ ngày 1-11 đến ngày 18-11." + BODY);
        assertThat(e.issuers()).containsExactly("Ủy ban MTTQ Việt Nam huyện");
    }

    // ---- refusals ----

    @Test
    void aMeetingThatAgreedAndIssuedIsNoBody() {
        assertThat(LeadIssuer.of(java.util.List.of("Hội nghị đã thống nhất và ban hành kế hoạch tổ chức Đại hội Chi bộ."))).isEmpty();
    }

    @Test
    void anOfficeHolderSigningIsNoIssuingBody() {
        assertThat(LeadIssuer.of(java.util.List.of("Đ/c Trần Văn An – Chủ tịch Hội Nông dân tỉnh Hòa Bình ký kết chương trình phối hợp"))).isEmpty();
    }

    @Test
    void aSentenceBeforeTheActIsNoName() {
        assertThat(LeadIssuer.of(java.util.List.of("Để thực hiện tốt nhiệm vụ năm học, nhà trường đã xây dựng kế hoạch cụ thể."))).isEmpty();
    }

    @Test
    void aNumberedDocumentIsLeftToTheNumberedReaders() {
        assertThat(LeadIssuer.of(java.util.List.of("UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về phòng chống thiên tai."))).isEmpty();
    }

    @Test
    void aHeaderColumnLeavesTheLeadUnread() {
        Extraction e = read("TRƯỜNG TIỂU HỌC AN BÌNH\nSố: 5/KH-TH\nAn Bình, ngày 2 tháng 9 năm 2022\nKẾ HOẠCH\nTổ chức ngày hội đọc sách\n"
                + "Hội Khuyến học huyện Tân Phú đã xây dựng kế hoạch khuyến học năm 2022.\n");
        assertThat(e.issuers()).doesNotContain("Hội Khuyến học huyện Tân Phú");
    }

    // ---- the symbol's organ part, spelled by a name the text writes in full ----

    @Test
    void aSymbolsOrganPartTakesTheNameTheTextSpellsWithThePlaceAfterIt() {
        assertThat(SymbolOrgan.of("KH-SGDĐT", java.util.List.of("Tin tức từ Sở", "Số hiệu | 12/KH-SGDĐT | Cơ quan ban hành | 5ba9",
                "Sở Giáo dục và Đào tạo Bình Thuận"))).isEqualTo("Sở Giáo dục và Đào tạo Bình Thuận");
    }

    @Test
    void aLettersSymbolOpensWithItsOrganAndTheNameEndsBeforeRunningWords() {
        assertThat(SymbolOrgan.of("SGDĐT-VP", java.util.List.of("Sở Giáo dục và Đào tạo tổng kết năm học 2016 – 2017")))
                .isEqualTo("Sở Giáo dục và Đào tạo");
    }

    @Test
    void aSymbolWhoseBodyTheTextNeverSpellsOutGivesNoIssuer() {
        assertThat(SymbolOrgan.of("KH-SGDĐT", java.util.List.of("Website Sở GD&ĐT", "Văn bản từ Sở"))).isNull();
    }

    @Test
    void aRunThatTheNameGoesOnAfterIsNoWholeName() {
        assertThat(SymbolOrgan.of("CV/BCĐ 35", java.util.List.of("Ban Chỉ đạo 35 cấp huyện triển khai cuộc thi"))).isNull();
    }

    @Test
    void aNameInAPortalsListOfIssuingBodiesIsNoIssuer() {
        assertThat(SymbolOrgan.of("BGDĐT-PC", java.util.List.of("Cơ quan ban hành", "Bộ Nông nghiệp và Phát triển Nông thôn",
                "Bộ Giáo dục và Đào tạo", "Loại văn bản"))).isNull();
    }

    @Test
    void twoBodiesSpelledAlikeLeaveTheIssuerEmpty() {
        assertThat(SymbolOrgan.of("KH-PGDĐT", java.util.List.of("Phòng Giáo dục và Đào tạo huyện An Phú", "Phòng Giáo dục và Đào tạo huyện Tân Châu")))
                .isNull();
    }
}
