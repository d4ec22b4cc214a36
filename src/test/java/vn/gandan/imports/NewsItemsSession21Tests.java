package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 21: documents without a header block — how news items and portal posts name the document, in the shapes held-out 11
 * (retired into tuning data) showed; each as a short text of our own, with the refusals that keep look-alikes out.
 */
class NewsItemsSession21Tests {

    private static Extraction read(String text) {
        return Extractor.extract("news.txt", text);
    }

    // ---- the naming ----

    @Test
    void aBracketedUrgencyMarkBetweenTheKindWordAndTheNumberIsNoPartOfTheNaming() {
        Extraction e = read("Ngày 12/4, UBND huyện ban hành Công văn (KHẨN) số 215/UBND-NN về việc phòng chống hạn hán vụ Đông Xuân.\n"
                + "Theo đó, các xã rà soát diện tích lúa.\n");
        assertThat(e.number()).isEqualTo(215);
        assertThat(e.symbol()).isEqualTo("UBND-NN");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 4, null));
        assertThat(e.title()).isEqualTo("về việc phòng chống hạn hán vụ Đông Xuân");
        assertThat(NewsNamed.withoutQualifier("Kế hoạch (Hỏa tốc) số 12/KH-UBND")).isEqualTo("Kế hoạch số 12/KH-UBND");
        assertThat(NewsNamed.withoutQualifier("Công văn hỏa tốc số 45/UBND-NN")).isEqualTo("Công văn số 45/UBND-NN");
        assertThat(NewsNamed.withoutQualifier("công văn khẩn gửi các trường")).isEqualTo("công văn khẩn gửi các trường"); // no number: the act reader's
        assertThat(NewsNamed.withoutQualifier("Kế hoạch (kèm theo) ngày 12")).isEqualTo("Kế hoạch (kèm theo) ngày 12"); // no number follows
        assertThat(NewsNamed.withoutQualifier("Quyết định (số 2) số 12/QĐ")).isEqualTo("Quyết định (số 2) số 12/QĐ"); // a bracket with a digit names something
    }

    @Test
    void theShortNameANewsItemGivesTheDocumentBeforeItsSubjectIsNoPartOfTheTitle() {
        Extraction e = read("Ngày 02/3/2021, Bộ Tài chính vừa ban hành Thông tư số 18/2021/TT-BTC (Thông tư 18) về việc hướng dẫn quản lý kinh phí "
                + "hoạt động của ban thanh tra nhân dân.\n\nThông tư 18 có hiệu lực từ tháng 5.\n");
        assertThat(e.number()).isEqualTo(18);
        assertThat(e.title()).isEqualTo("về việc hướng dẫn quản lý kinh phí hoạt động của ban thanh tra nhân dân");
        assertThat(NewsNamed.withoutShortName("(Kế hoạch 12) về triển khai")).isEqualTo("về triển khai");
        assertThat(NewsNamed.withoutShortName("(Kế hoạch 12) triển khai")).isEqualTo("(Kế hoạch 12) triển khai"); // no "về" follows: left as it is
    }

    @Test
    void aDecisionAnnouncedAtAMeetingIsNamedByItsNumberDateIssuerAndSubject() {
        Extraction e = read("Sáng nay, tại hội nghị cán bộ chủ chốt, lãnh đạo Sở Nội vụ công bố Quyết định số 402/QĐ-UBND ngày 05/6/2024 của UBND tỉnh "
                + "Hòa Bình về việc điều động bà Nguyễn Thị Lan giữ chức Phó Giám đốc Sở Y tế.\n\nPhát biểu tại buổi lễ, bà Lan cảm ơn.\n");
        assertThat(e.number()).isEqualTo(402);
        assertThat(e.symbol()).isEqualTo("QĐ-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 6, 2024));
        assertThat(e.issuers()).containsExactly("UBND tỉnh Hòa Bình");
        assertThat(e.title()).isEqualTo("về việc điều động bà Nguyễn Thị Lan giữ chức Phó Giám đốc Sở Y tế");
    }

    @Test
    void aDecisionAnnouncedWithoutItsIssuerIsNotRead() {
        assertThat(NewsNamed.announced("Lãnh đạo Sở công bố Quyết định số 402/QĐ-UBND ngày 05/6/2024 về việc điều động bà Lan.")).isNull();
        assertThat(NewsNamed.announced("Đại hội đã bầu Ban Chấp hành và trao giấy khen cho các tập thể.")).isNull();
    }

    // ---- who signed ----

    @Test
    void aPersonHoldingSeveralOfficesSignsForTheBodyTheSymbolNames() {
        assertThat(NewsNamed.officeBody("đồng chí Trần Văn Minh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tuyên giáo Huyện ủy, Giám đốc Trung tâm "
                + "Chính trị huyện", "KH/BTGHU")).isEqualTo("Ban Tuyên giáo Huyện ủy");
        assertThat(NewsNamed.officeBody("đồng chí Trần Văn Minh, Trưởng ban Tuyên giáo Huyện ủy", "KH-UBND")).isNull(); // the symbol names another body
        assertThat(NewsNamed.officeBody("Ban Tuyên giáo Huyện ủy", "KH/BTGHU")).isNull(); // no person: the subject is the body
    }

    @Test
    void twoPersonsSigningAJointPlanGiveTheBodiesOfTheirOfficesAndTheClausesDate() {
        Extraction e = read("Để nâng cao hiệu quả tuyên truyền pháp luật cho hội viên, sáng 14.3, bà Lê Thị Hoa – Chủ tịch Hội LHPN huyện Cần Giuộc và "
                + "ông Võ Văn Tâm – Trưởng phòng Tư pháp huyện Cần Giuộc đã ký kết kế hoạch phối hợp giai đoạn 2024-2026.\n\nBuổi lễ diễn ra trang trọng.\n");
        assertThat(e.issuers()).containsExactly("Hội LHPN huyện Cần Giuộc", "Phòng Tư pháp huyện Cần Giuộc");
        assertThat(e.issueDate()).isEqualTo(new DateParts(14, 3, null));
        assertThat(NewsNamed.signers(List.of("Ông Nguyễn Văn An và bà Trần Thị Bình đã ký kết kế hoạch phối hợp."))).isEmpty(); // no office: no body
    }

    @Test
    void aSigningConferenceOfACentralAssociationAndAMinistryGivesBothAndTheSubject() {
        Extraction e = read("Ký kết Chương trình phối hợp giữa Hội Cựu chiến binh Việt Nam và Bộ Giáo dục\n\n"
                + "Ngày 10-9, Trung ương Hội Cựu chiến binh Việt Nam và Bộ Giáo dục và Đào tạo tổ chức Hội nghị ký kết Chương trình phối hợp "
                + "về giáo dục truyền thống cho học sinh giai đoạn 2024-2029.\n");
        assertThat(e.issuers()).containsExactly("Trung ương Hội Cựu chiến binh Việt Nam", "Bộ Giáo dục và Đào tạo");
        assertThat(e.title()).isEqualTo("về giáo dục truyền thống cho học sinh giai đoạn 2024-2029");
        assertThat(e.issueDate()).isEqualTo(new DateParts(10, 9, null));
    }

    @Test
    void aBracketedSourceTagWithoutADashStillLeadsTheDatedSentence() {
        Extraction e = read("(BHG) Ngày 15-8, Sở Tư pháp và Hội Nông dân tỉnh đã ký kết Chương trình phối hợp về việc tuyên truyền pháp luật "
                + "cho nông dân giai đoạn 2023-2025.\n");
        assertThat(e.issueDate()).isEqualTo(new DateParts(15, 8, null));
    }

    @Test
    void theChairmansOfficeOpeningTheSubjectIsTheIssuerAsWrittenButNotWhenHeSignsForAnotherOrIsNamed() {
        Extraction e = read("Bảo đảm an toàn giao thông dịp Tết\n\nBTN - Chủ tịch UBND huyện vừa có Công văn số 512/UBND-VP gửi các xã về việc bảo đảm "
                + "an toàn giao thông dịp Tết Nguyên đán.\n");
        assertThat(e.issuers()).containsExactly("Chủ tịch UBND huyện");
        assertThat(NewsNamed.officeAsWritten("Chủ tịch ", "UBND huyện Nguyễn Văn A", "UBND huyện")).isEqualTo("UBND huyện"); // a holder named: the body
        assertThat(NewsNamed.officeAsWritten("Phó Chủ tịch ", "UBND huyện", "UBND huyện")).isEqualTo("UBND huyện"); // a vice chairman
        assertThat(NewsNamed.officeAsWritten("Thực hiện Luật …, Chủ tịch ", "UBND xã", "UBND xã")).isEqualTo("UBND xã"); // not the subject's start
        Extraction behalf = read("Ngày 02/3/2019, thừa lệnh Chủ tịch UBND tỉnh Yên Bái, Phó Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số 88/UBND-VX "
                + "về việc tổ chức ngày sách.\n");
        assertThat(behalf.issuers()).containsExactly("UBND tỉnh Yên Bái");
    }

    @Test
    void aLeadTellingTheNoticeAboutSomethingOutranksTheHeadlineAboveItButNotADocumentsOwnKindLine() {
        Extraction e = read("Thông báo lịch tiếp công dân tháng 5 của Chủ tịch UBND huyện Kỳ Anh\n\n"
                + "UBND huyện Kỳ Anh vừa có thông báo về việc Chủ tịch UBND huyện tiếp công dân định kỳ tháng 5 năm 2025.\n\nTheo đó, buổi tiếp bắt đầu lúc 8 giờ.\n");
        assertThat(e.title()).isEqualTo("về việc Chủ tịch UBND huyện tiếp công dân định kỳ tháng 5 năm 2025");
        assertThat(e.issuers()).containsExactly("UBND huyện Kỳ Anh");
        Extraction own = read("THÔNG BÁO\nLịch tiếp công dân tháng 5 năm 2025 của Chủ tịch UBND huyện\n\n"
                + "UBND huyện Kỳ Anh vừa có thông báo về việc tổ chức tiếp công dân định kỳ tháng 5 năm 2025.\n");
        assertThat(own.title()).isNotEqualTo("về việc tổ chức tiếp công dân định kỳ tháng 5 năm 2025"); // the page's own kind line and title
    }

    // ---- after merging the s21 dev documents ----

    @Test
    void whatAPageNamesInTheBasesListItOpensWithIsCitedAndTheEnactingSentenceGivesUnitAndSubject() {
        String text = "Căn cứ\n\n- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh;\n\n"
                + "Công văn số 1234-CV/VPTW ngày 02/01/2021 của Văn phòng Trung ương Đảng về việc tổ chức các ngày lễ lớn năm 2021,\n\n"
                + "Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền các ngày lễ lớn trong năm 2021 như sau\n\nI. MỤC ĐÍCH, YÊU CẦU\n";
        assertThat(WebHeadline.find(new TextLines(text))).isNull(); // the undashed last base names no document of the page's
        Extraction e = read(text);
        assertThat(e.issueDate()).isEqualTo(new DateParts(null, null, null));
        assertThat(e.issuers()).containsExactly("Ban Tuyên giáo Tỉnh ủy");
        assertThat(e.title()).isEqualTo("tuyên truyền các ngày lễ lớn trong năm 2021");
        List<String> news = List.of("Căn cứ kết quả kiểm tra, UBND xã thông báo.", "Ngày 3/4, …");
        assertThat(NewsNamed.afterOpeningBases(news)).isSameAs(news); // a "Căn cứ …" sentence, not a heading over a list
    }

    @Test
    void aDateOrAReportingVerbAfterTheUnitsNameIsNoPartOfIt() {
        assertThat(NewsNamed.withoutDatedTail("Sở Y tế (SYT) ngày 5-3 cho biết")).isEqualTo("Sở Y tế");
        assertThat(NewsNamed.withoutDatedTail("Bộ Tư pháp cho biết")).isEqualTo("Bộ Tư pháp");
        assertThat(NewsNamed.withoutDatedTail("Ban Bí thư và Bộ Tư pháp về phối hợp, căn cứ Hướng dẫn ngày 06/4/2020")) // a clause, not a name
                .isEqualTo("Ban Bí thư và Bộ Tư pháp về phối hợp, căn cứ Hướng dẫn ngày 06/4/2020");
    }

    @Test
    void anAbbreviationsDotEndsNoSubjectAndAClauseTellingWhatTheDocumentHoldsDoes() {
        Extraction e = read("(BQN) Ngày 02/4/2024, Thành đoàn đã ban hành Kế hoạch số 77-KH/TĐTN về tổ chức Ngày hội thanh niên TP. Quy Nhơn năm 2024 "
                + "theo đó: Ngày hội diễn ra trong hai ngày tại quảng trường.\n");
        assertThat(e.title()).isEqualTo("về tổ chức Ngày hội thanh niên TP. Quy Nhơn năm 2024");
        assertThat(NewsNamed.withoutFollowingClause("về tổ chức hội thi theo đó: hội thi gồm")).isEqualTo("về tổ chức hội thi");
    }

    @Test
    void aDatedLeadTellingAUnitIssuingADocumentByItsKindWordAloneGivesTheDate() {
        assertThat(NewsNamed.issuedOn("(TGCT) Ngày 12/10/2019, Ban Tuyên giáo Quận ủy ban hành kế hoạch tổ chức hội thi tìm hiểu lịch sử Đảng."))
                .isEqualTo(new DateParts(12, 10, 2019));
        assertThat(NewsNamed.issuedOn("Ngày 12/10/2019, Ban Tuyên giáo Quận ủy tổ chức hội nghị triển khai kế hoạch.")).isNull(); // a meeting, no issuing
        assertThat(NewsNamed.issuedOn("Ngày 12/10/2019, Ban Tuyên giáo Quận ủy ban hành kế hoạch số 12-KH/BTGQU.")).isNull(); // numbered: the sentence readers' own
    }

    // ---- shapes of the next batch: common news idioms no tuning document shows wrongly read ----

    @Test
    void theBodyAdvisedToIssueIsTheIssuerNotTheDepartmentThatAdvised() {
        Extraction e = read("Tin hoạt động\n\nSở Tư pháp đã tham mưu UBND tỉnh ban hành Kế hoạch số 71/KH-UBND ngày 09/5/2024 về tổ chức Ngày Pháp luật năm 2024.\n");
        assertThat(e.issuers()).containsExactly("UBND tỉnh");
        assertThat(e.number()).isEqualTo(71);
        assertThat(NewsNamed.advisedBody("Sở Tư pháp đã tổ chức")).isNull();
    }

    @Test
    void aLeadOfRecentTimeMakesABareHasAnIssuingActAndRecipientsBeforeAGuidanceAreSkipped() {
        Extraction e = read("Tin giáo dục\n\nMới đây, Bộ GD&ĐT có Công văn số 4567/BGDĐT-GDTrH gửi các Sở GD&ĐT hướng dẫn thực hiện nhiệm vụ giáo dục "
                + "trung học năm học 2024-2025.\n");
        assertThat(e.number()).isEqualTo(4567);
        assertThat(e.symbol()).isEqualTo("BGDĐT-GDTrH");
        assertThat(e.title()).isEqualTo("thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025");
        assertThat(NewsNamed.recentLead("Trường có Công văn số 12 gửi phụ huynh")).isFalse();
    }

    @Test
    void aLetterPrintedWithoutHeaderIsIssuedByTheBodyGivingItsOpinionInTheEnactingSentence() {
        Extraction e = read("V/v triển khai kế hoạch chuyển đổi số\n\nXét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 12/TTr-STTTT; Ủy ban nhân dân\n"
                + "huyện có ý kiến như sau:\n\n1. Thống nhất kế hoạch.\n");
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân huyện");
    }

    @Test
    void aStandingBodyOfAPartyCommitteeIssuesUnderItsOwnName() {
        Extraction e = read("Tin tức\n\nThường trực Huyện ủy vừa ban hành Thông báo số 210-TB/HU về kết quả kiểm tra công tác cán bộ năm 2024.\n");
        assertThat(e.issuers()).containsExactly("Thường trực Huyện ủy");
        assertThat(e.number()).isEqualTo(210);
    }

    @Test
    void anAbstractNamingTheDocumentByKindAndIssuerGivesBothWhenTheSubjectIsLedByItsVerb() {
        Extraction e = read("Trích yếu\nChương trình của Ban Thường vụ Huyện ủy Krông Búk thực hiện Nghị quyết số 12-NQ/TU, ngày 2-3-2023 của Tỉnh ủy "
                + "\"về phát triển du lịch\".\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Huyện ủy Krông Búk");
        assertThat(e.title()).isEqualTo("thực hiện Nghị quyết số 12-NQ/TU, ngày 2-3-2023 của Tỉnh ủy \"về phát triển du lịch\"");
        assertThat(read("Trích yếu\nKế hoạch của Ban Thường vụ Huyện ủy Krông Búk triển khai Nghị quyết số 12-NQ/TU của Tỉnh ủy về phát triển du lịch.\n")
                .title()).startsWith("triển khai Nghị quyết số 12-NQ/TU"); // the cited resolution's "về" is not the plan's subject
        assertThat(NewsNamed.headlineSubject(List.of("Kế hoạch của các trường học trên địa bàn trong năm 2024 được triển khai"))).isNull(); // no unit word
    }
}
