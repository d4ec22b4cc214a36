package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.TitleCandidates.Candidate;
import vn.gandan.imports.TitleCandidates.Gen;

class TitleCandidatesTests {

    /** A plan's header: issuer and motto, number and date, the kind line and a title over two lines. */
    static final String HEADER = """
            UBND XÃ AN PHÚ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                            Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-UBND                  An Phú, ngày 3 tháng 4 năm 2024

            KẾ HOẠCH
            Tổ chức ngày hội đọc sách
            năm 2024

            Căn cứ Luật Thư viện năm 2019;
            """;

    private static List<Candidate> of(String text, String rules) {
        return TitleCandidates.of(Extractor.source(text), rules);
    }

    private static Candidate find(List<Candidate> cs, String text) {
        return cs.stream().filter(c -> text.equals(c.text())).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + cs));
    }

    @Test
    void aKindLineOffersTheLinesBelowItOneToFourAtATime() {
        List<Candidate> cs = of(HEADER, null);
        assertThat(find(cs, "Tổ chức ngày hội đọc sách").gens()).contains(Gen.AFTER_KIND);
        assertThat(find(cs, "Tổ chức ngày hội đọc sách năm 2024").gens()).contains(Gen.AFTER_KIND);
    }

    @Test
    void noneIsAlwaysACandidateAndIsTheRulesAnswerWhenTheyGiveNone() {
        List<Candidate> cs = of(HEADER, null);
        Candidate none = cs.stream().filter(c -> c.text() == null).findFirst().orElseThrow();
        assertThat(none.gens()).contains(Gen.NONE, Gen.RULES);
    }

    @Test
    void theRulesAnswerAloneIsMarkedSoAPureRankerCanLeaveItOut() {
        List<Candidate> cs = of(HEADER, "Một tên không dòng nào có");
        assertThat(find(cs, "Một tên không dòng nào có").rulesOnly()).isTrue();
        assertThat(find(cs, "Tổ chức ngày hội đọc sách").rulesOnly()).isFalse();
    }

    @Test
    void aSubjectLineOffersWhatFollowsVv() {
        List<Candidate> cs = of("PHÒNG GIÁO DỤC\nSố: 5/PGD\nV/v tổ chức thi giáo viên giỏi\nKính gửi: các trường\n", null);
        assertThat(find(cs, "tổ chức thi giáo viên giỏi").gens()).contains(Gen.VV);
    }

    @Test
    void aSentenceNamingADocumentOffersWhatItIsAbout() {
        List<Candidate> cs = of("Tin hoạt động\n\nỦy ban nhân dân huyện vừa ban hành Kế hoạch số 45/KH-UBND về việc tổ chức hội thao mừng xuân, nhằm động viên cán bộ. Theo đó, các xã tham gia.\n", null);
        assertThat(find(cs, "về việc tổ chức hội thao mừng xuân").gens()).contains(Gen.ABOUT);
        assertThat(find(cs, "tổ chức hội thao mừng xuân").gens()).contains(Gen.ABOUT);
    }

    @Test
    void candidatesWithTheSameNormalisedTextAreOne() {
        List<Candidate> cs = of(HEADER, "Tổ chức ngày hội đọc sách năm 2024.");
        assertThat(cs.stream().filter(c -> c.text() != null && TitleCandidates.key(c.text()).equals("tổ chức ngày hội đọc sách năm 2024"))).hasSize(1);
        assertThat(find(cs, "Tổ chức ngày hội đọc sách năm 2024").gens()).contains(Gen.RULES, Gen.AFTER_KIND);
    }

    @Test
    void theContinuationOfASpanIsALineInLowerCaseOrCapitalsUnderCapitals() {
        assertThat(TitleCandidates.runsOn("Tổ chức ngày hội", "năm 2024")).isTrue();
        assertThat(TitleCandidates.runsOn("TỔ CHỨC NGÀY HỘI", "ĐỌC SÁCH")).isTrue();
        assertThat(TitleCandidates.runsOn("Tổ chức ngày hội", "Căn cứ Luật")).isFalse();
    }
}
