package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the body a lead's document mention names — after "của", ending where its name's grammar ends (the subject may
 * follow without "về", or the kind echoed as a verb), after "giữa … và …" for a joint document, a locality the joint bodies
 * share — and the mention's body over another body acting in the news. Short texts of our own.
 */
class MentionBodyShapesTests {

    private static LeadMention.Mention find(String... paras) {
        return LeadMention.find(List.of(paras));
    }

    @Test
    void theKindEchoedAsAVerbBeforeTheSubject() {
        LeadMention.Mention m = find("Thực hiện Quy định số 05-QĐ/TU ngày 3/4/2021 của Ban Thường vụ Tỉnh ủy quy định về tiếp xúc, đối thoại với nhân dân. "
                + "Sáng 9/5, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.");
        assertThat(m).isNotNull();
        assertThat(m.issuers()).containsExactly("Ban Thường vụ Tỉnh ủy");
        assertThat(m.title()).isEqualTo("về tiếp xúc, đối thoại với nhân dân");
    }

    @Test
    void aSubjectOpenedByItsOwnVerbAfterTheBody() {
        LeadMention.Mention m = find("Thực hiện Kế hoạch số 21/KH-MTTQ ngày 02/8/2022 của Ủy ban MTTQ Việt Nam huyện Yên Thành kiểm tra việc thực hiện quy chế dân chủ "
                + "ở cơ sở năm 2022. Ngày 10/8/2022, đoàn kiểm tra làm việc tại xã Hòa Bình.");
        assertThat(m).isNotNull();
        assertThat(m.issuers()).containsExactly("Ủy ban MTTQ Việt Nam huyện Yên Thành");
        assertThat(m.title()).isEqualTo("kiểm tra việc thực hiện quy chế dân chủ ở cơ sở năm 2022");
    }

    @Test
    void aJointDocumentBetweenTwoBodies() {
        LeadMention.Mention m = find("(TTX) Hội Nông dân và Công an huyện Mỹ Lộc vừa tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết liên tịch số 03, "
                + "giữa Hội Nông dân Việt Nam và Bộ Công an về việc phối hợp giữ gìn an ninh nông thôn.");
        assertThat(m).isNotNull();
        assertThat(m.issuers()).containsExactly("Hội Nông dân Việt Nam", "Bộ Công an");
        assertThat(m.title()).isEqualTo("về việc phối hợp giữ gìn an ninh nông thôn");
    }

    @Test
    void jointBodiesShareTheLocalityTheLastOneNames() {
        assertThat(MentionBody.sharedPlace(List.of("Hội Cựu chiến binh", "Phòng Văn hóa thành phố Bảo Lộc")))
                .containsExactly("Hội Cựu chiến binh thành phố Bảo Lộc", "Phòng Văn hóa thành phố Bảo Lộc");
        assertThat(MentionBody.sharedPlace(List.of("UBND huyện Đức Trọng", "Phòng Văn hóa thành phố Bảo Lộc")))
                .containsExactly("UBND huyện Đức Trọng", "Phòng Văn hóa thành phố Bảo Lộc");
    }

    @Test
    void aBodyWithoutANameOfItsOwnOrASentenceAfterItIsNotRead() {
        assertThat(MentionBody.split("Ban chỉ đạo", "kế hoạch").body()).isNull();
        assertThat(MentionBody.split("Sở Giáo dục và Đào tạo Ban hành Kế hoạch nhiệm vụ", "công văn").body()).isNull();
        assertThat(MentionBody.split("Phòng Giáo dục và Đào tạo huyện Ba Vì", "công văn").body()).isEqualTo("Phòng Giáo dục và Đào tạo huyện Ba Vì");
    }

    @Test
    void theMentionsBodyOverAnotherBodyActingInTheNewsButNotOverAFullerFormOfItself() {
        assertThat(LeadDefault.apart(List.of("Hội đồng Đội huyện Tây Sơn"), List.of("Liên đội nhà trường"))).isTrue();
        assertThat(LeadDefault.apart(List.of("UBND tỉnh"), List.of("UBND tỉnh Gia Lai"))).isFalse();
    }

    @Test
    void aHeadlineGivenTwiceWithItsPostingStampIsPassedOver() {
        String headline = "Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân trong xã năm 2023";
        LeadMention.Mention m = find(headline, headline + " (12/09/2023)",
                "Thực hiện Quy định số 05-QĐ/TU ngày 3/4/2021 của Ban Thường vụ Tỉnh ủy về tiếp xúc, đối thoại với nhân dân. Sáng 9/9, Đảng ủy xã tổ chức hội nghị.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(5);
        assertThat(m.issuers()).containsExactly("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void aDatedEventCarryingOutSeveralDocumentsTakesTheFirst() {
        LeadMention.Mention m = find("Ngày 15/10, Huyện ủy Yên Thế tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 08-NQ/TU ngày 2/5/2013 của Ban Chấp hành "
                + "Đảng bộ tỉnh về “Phát triển kinh tế đồi rừng”; 5 năm thực hiện Kết luận số 21-KL/TU ngày 7/1/2018 của Ban Thường vụ Tỉnh ủy; "
                + "2 năm thực hiện Chỉ thị số 04-CT/HU ngày 3/3/2021 của Ban Thường vụ Huyện ủy.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(8);
        assertThat(m.issuers()).containsExactly("Ban Chấp hành Đảng bộ tỉnh");
        assertThat(m.title()).isEqualTo("về “Phát triển kinh tế đồi rừng”");
    }

    @Test
    void aRunOfThreeBasesWithoutADatelineStaysUnread() {
        assertThat(find("Căn cứ Nghị quyết số 08-NQ/TU ngày 2/5/2013 của Ban Chấp hành Đảng bộ tỉnh; Kết luận số 21-KL/TU ngày 7/1/2018 của Ban Thường vụ "
                + "Tỉnh ủy; Chỉ thị số 04-CT/HU ngày 3/3/2021 của Ban Thường vụ Huyện ủy.")).isNull();
    }

    @Test
    void aBodyNamedAtTheSubjectsEndIsNoBodyOfTheMentionsOwn() {
        LeadMention.Mention m = find("Ngày 5/4/2020, Văn phòng UBND tỉnh Cao Bằng đã ký ban hành văn bản số 301/UBND-TH, V/v đề xuất của Sở Công Thương.");
        assertThat(m).isNotNull();
        assertThat(m.ownBody()).isFalse();
    }
}
