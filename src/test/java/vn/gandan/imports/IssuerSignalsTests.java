package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The issuer decided from its signals (session 14), on short texts written for the purpose: the grammar of a body's
 * name cuts what can never be part of one, two units on one line give the lowest as issuer, the symbol's abbreviation
 * confirms a body named after the document's own number, and headings, base clauses and body sentences never come out
 * as an issuer.
 */
class IssuerSignalsTests {

    private static Extraction read(String text) {
        return Extractor.extract("issuer.txt", text);
    }

    @Test
    void aNameEndsBeforeAnIssuingVerb() {
        assertThat(UnitNames.clip("UBND tỉnh Đắk Nông vừa có Công văn số 16/UBND-VX về việc đẩy mạnh")).isEqualTo("UBND tỉnh Đắk Nông");
        assertThat(UnitNames.clip("Phòng Giáo dục và Đào tạo đã ban hành")).isEqualTo("Phòng Giáo dục và Đào tạo");
    }

    @Test
    void aNameEndsBeforeAKindWordThePartyNameOrTheMotto() {
        assertThat(UnitNames.clip("UỶ BAN THƯỜNG VỤ QUỐC HỘI PHÁP LỆNH THỰC HIỆN DÂN CHỦ Ở XÃ")).isEqualTo("UỶ BAN THƯỜNG VỤ QUỐC HỘI");
        assertThat(UnitNames.clip("CHI BỘ TRƯỜNG TIỂU HỌC AN BÌNH ĐẢNG CỘNG SẢN VIÊT NAM")).isEqualTo("CHI BỘ TRƯỜNG TIỂU HỌC AN BÌNH");
        assertThat(UnitNames.clip("TRƯỜNG THCS AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isEqualTo("TRƯỜNG THCS AN LẠC");
        assertThat(UnitNames.clip("ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ")).isEqualTo("ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ");
    }

    @Test
    void aKindNamingItsBodyGivesTheBody() {
        assertThat(UnitNames.clip("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ")).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    }

    @Test
    void theSigningPersonIsNoPartOfTheBody() {
        assertThat(UnitNames.clip("UBND tỉnh Trần Văn Bình")).isEqualTo("UBND tỉnh");
        assertThat(UnitNames.clip("UBND thành phố Hồ Chí Minh")).isEqualTo("UBND thành phố Hồ Chí Minh");
    }

    @Test
    void twoUnitsOnOneLineGiveTheLowestAsIssuerAndTheUpperAsSuperior() {
        UnitNames.Split stacked = UnitNames.split("UBND TỈNH BÌNH AN SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(stacked.upper()).isEqualTo("UBND TỈNH BÌNH AN");
        assertThat(stacked.unit()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        UnitNames.Split glued = UnitNames.split("ĐẢNG BỘ XÃ AN PHÚCHI BỘ TRƯỜNG THCS AN PHÚ");
        assertThat(glued.upper()).isEqualTo("ĐẢNG BỘ XÃ AN PHÚ");
        assertThat(glued.unit()).isEqualTo("CHI BỘ TRƯỜNG THCS AN PHÚ");
        assertThat(UnitNames.split("ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH AN")).isNull();
        assertThat(UnitNames.split("SỞ GIÁO DỤC VÀ ĐÀO TẠO")).isNull();
    }

    @Test
    void initialsAreComparedWithTheSymbolsIssuerPart() {
        assertThat(UnitNames.initials("Sở Giáo dục và Đào tạo")).isEqualTo("sgddt");
        assertThat(UnitNames.symbolIssuer("KH-UBND")).isEqualTo("ubnd");
        assertThat(UnitNames.symbolIssuer("UBND-GDĐT")).isEqualTo("ubnd");
        assertThat(UnitNames.symbolIssuer("2019/QĐ-UBND")).isEqualTo("ubnd");
        assertThat(UnitNames.agrees("Ủy ban nhân dân huyện An Lạc", "KH-UBND")).isTrue();
        assertThat(UnitNames.agrees("Bộ Giáo dục và Đào tạo", "CT-BGDĐT")).isTrue();
        assertThat(UnitNames.agrees("Sở Giáo dục và Đào tạo", "CT-BGDĐT")).isFalse();
    }

    @Test
    void aHeaderLessNoticeNamesItsIssuerInItsOpeningSentence() {
        Extraction e = read("""
                Lịch tiếp công dân năm 2026
                Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013;
                Ủy ban nhân dân xã An Hòa thông báo lịch tiếp công dân năm 2026 như sau:
                I. LỊCH TIẾP CÔNG DÂN
                """);
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân xã An Hòa");
    }

    @Test
    void aTeamOfYoungPioneersDraftsItsPlan() {
        Extraction e = read("""
                Căn cứ Chương trình công tác Đội năm học 2025 - 2026 của Hội đồng Đội huyện An Lạc.
                Liên đội Trường TH An Lạc lập Kế hoạch tổ chức Đại hội Liên đội như sau:
                1. MỤC ĐÍCH
                """);
        assertThat(e.issuers()).containsExactly("Liên đội Trường TH An Lạc");
    }

    @Test
    void theOwnNumberNamesItsBodyWhenTheSymbolAgrees() {
        Extraction agreed = read("""
                NHIỆM VỤ TRỌNG TÂM NĂM HỌC MỚI
                Chỉ thị số 15/CT-BGDĐT về nhiệm vụ trọng tâm năm học 2025-2026 của Bộ Giáo dục và Đào tạo xác định chủ đề năm học.
                """);
        assertThat(agreed.issuers()).containsExactly("Bộ Giáo dục và Đào tạo");
        TextLines other = new TextLines("""
                Chỉ thị số 15/CT-BGDĐT về nhiệm vụ trọng tâm năm học 2025-2026 của Sở Giáo dục và Đào tạo xác định chủ đề năm học.
                """);
        assertThat(IssuerSignals.candidates(other, "CT-BGDĐT")).isEmpty();
    }

    @Test
    void aBaseClauseOrAHeadingIsNeverTheIssuer() {
        Extraction e = read("""
                KẾ HOẠCH TỔNG VỆ SINH
                Căn cứ Công văn số 30/SGDĐT-VP ngày 01/3/2026 của Sở Giáo dục và Đào tạo về việc tổng vệ sinh;
                Thực hiện Kế hoạch số 12/KH-UBND ngày 03/3/2026 của UBND huyện An Lạc về tổng vệ sinh,
                I. MỤC ĐÍCH, YÊU CẦU
                Trường học xanh, sạch, đẹp là mục tiêu của toàn ngành.
                """);
        assertThat(e.issuers()).isEmpty();
    }

    @Test
    void candidatesFromDifferentSourcesThatDisagreeLeaveTheFieldEmpty() {
        TextLines d = new TextLines("""
                Trung tâm Văn hóa huyện An Lạc tổ chức hội diễn văn nghệ.
                TM. ỦY BAN NHÂN DÂN
                """);
        assertThat(IssuerSignals.decide(List.of(), null, 0.3, null, d).issuers()).isEmpty();
    }

    @Test
    void theSignatureBlockConfirmsTheSubject() {
        TextLines d = new TextLines("""
                Ủy ban nhân dân xã An Hòa thông báo lịch tiếp công dân như sau:
                TM. ỦY BAN NHÂN DÂN
                """);
        assertThat(IssuerSignals.decide(List.of(), null, 0.3, null, d).issuers()).containsExactly("Ủy ban nhân dân xã An Hòa");
    }

    @Test
    void aNewsItemNamingTheSigningDirectorGivesTheBody() {
        Extraction e = read("""
                (10/10/2025)
                (BAT) - Chiều nay 9/10/2025, Giám đốc Sở Giáo dục và Đào tạo Trần Thị Lan đã ký văn bản đề nghị các phòng cho học sinh nghỉ học.
                """);
        assertThat(e.issuers()).containsExactly("Sở Giáo dục và Đào tạo");
    }

    @Test
    void aNewsSentenceWithoutCommaAfterItsDateNamesTheBody() {
        TextLines d = new TextLines("""
                Ngày 16/4/2025 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-UBND về việc phòng, chống dịch
                """);
        assertThat(IssuerSignals.decide(List.of(), null, 0.3, "CT-UBND", d).issuers()).containsExactly("Ủy ban nhân dân tỉnh");
    }

    @Test
    void aHeaderRunOntoOneLineGivesTheUnitBeforeTheKindWord() {
        Extraction e = read("""
                TRƯỜNG THCS AN LẠC KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN NĂM HỌC 2025 – 2026 Năm học 2025 – 2026 là năm học tiếp tục đổi mới.
                """);
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS AN LẠC");
    }

    @Test
    void aUnionsHeaderRunBeforeTheMottoGivesTheBranch() {
        TextLines d = new TextLines("""
                LIÊN ĐOÀN LAO ĐỘNG TP AN LẠC CĐCS MẦM NON HOA SEN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
                """);
        assertThat(IssuerSignals.decide(List.of(), null, 0.3, null, d).issuers()).containsExactly("CĐCS MẦM NON HOA SEN");
    }

    @Test
    void aNameEndsBeforeAProposalButKeepsItsOwnCommas() {
        assertThat(UnitNames.clip("Sở GD&ĐT đề nghị UBND các xã, phường chủ động đánh giá")).isEqualTo("Sở GD&ĐT");
        assertThat(UnitNames.clip("Sở Văn hóa, Thể thao và Du lịch")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
    }

    @Test
    void twoBodiesJoinedByADashIssueTogether() {
        TextLines d = new TextLines("Kế hoạch phối hợp");
        assertThat(IssuerSignals.decide(List.of("UBND tỉnh - Hội Nông dân tỉnh"), null, 0.7, null, d).issuers())
                .containsExactly("UBND tỉnh", "Hội Nông dân tỉnh");
        assertThat(IssuerSignals.decide(List.of("PHÒNG GIÁO DỤC - ĐÀO TẠO"), null, 0.7, null, d).issuers())
                .containsExactly("PHÒNG GIÁO DỤC - ĐÀO TẠO");
    }
}
