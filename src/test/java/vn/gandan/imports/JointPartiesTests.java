package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the parties of a joint document read from the words that name it ({@link JointParties}), each shape a short text
 * of our own — the parties as the subject of the signing, the parties after "giữa" in the naming — and the refusals (a person
 * signing, a single body, a sentence going on).
 */
class JointPartiesTests {

    private static List<String> parties(String para) {
        return JointParties.of(List.of(para)).names();
    }

    // ---- the parties as the subject of the signing ----

    @Test
    void twoBodiesSigningARegulationAfterADateAreBothParties() {
        assertThat(parties("Sáng ngày 5.4, Ủy ban nhân dân (UBND) và Ủy ban MTTQ Việt Nam tỉnh Hòa Lâm đã ký kết quy chế phối hợp công tác nhiệm kỳ 2020 - 2025."))
                .containsExactly("Ủy ban nhân dân", "Ủy ban MTTQ Việt Nam tỉnh Hòa Lâm");
    }

    @Test
    void twoBodiesIssuingAJointResolutionAfterTheBasesAreBothParties() {
        assertThat(parties("Bộ Văn hóa và Thể thao và Trung ương Hội Cựu chiến binh Việt Nam ban hành Nghị quyết liên tịch về công tác phối hợp."))
                .containsExactly("Bộ Văn hóa và Thể thao", "Trung ương Hội Cựu chiến binh Việt Nam");
    }

    @Test
    void threeBodiesSigningAProgrammeAreAllParties() {
        assertThat(parties("Hôm qua, Hội Nông dân tỉnh, Sở Công Thương và Liên minh Hợp tác xã tỉnh đã ký kết chương trình phối hợp giai đoạn 2021 - 2025."))
                .containsExactly("Hội Nông dân tỉnh", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh");
    }

    @Test
    void aLowerCasePartnerIsKeptAsWritten() {
        assertThat(parties("Ủy ban nhân dân tỉnh và ủy ban MTTQ Việt Nam tỉnh Tân An đã ký kết quy chế phối hợp."))
                .containsExactly("Ủy ban nhân dân tỉnh", "ủy ban MTTQ Việt Nam tỉnh Tân An");
    }

    // ---- the parties after "giữa" ----

    @Test
    void aNumberedJointResolutionBetweenTwoBodiesNamesBoth() {
        assertThat(parties("Hội nghị tổng kết 10 năm thực hiện Nghị quyết liên tịch số 03, giữa Hội Liên hiệp Phụ nữ và Bộ Y tế về việc chăm sóc sức khỏe."))
                .containsExactly("Hội Liên hiệp Phụ nữ", "Bộ Y tế");
    }

    @Test
    void aRegulationBetweenTwoBodiesAfterALongSubjectEndsWhereTheLastNameEnds() {
        assertThat(parties("Hai bên ký kết Quy chế phối hợp thực hiện cuộc vận động phòng chống ma túy, mại dâm giữa Công an tỉnh và Đoàn Thanh niên tỉnh Hòa Lâm để triển khai."))
                .containsExactly("Công an tỉnh", "Đoàn Thanh niên tỉnh Hòa Lâm");
    }

    @Test
    void aPartnerAfterWithIsAParty() {
        assertThat(parties("Chương trình phối hợp giữa Sở Giáo dục và Đào tạo với Tỉnh đoàn Hòa Lâm năm học 2022 - 2023."))
                .containsExactly("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Hòa Lâm");
    }

    // ---- refusals ----

    @Test
    void officeHoldersSigningAreNoParties() {
        assertThat(parties("Giám đốc Công an tỉnh và Chủ tịch Hội Nông dân tỉnh đã ký kết Nghị quyết liên tịch.")).isEmpty();
    }

    @Test
    void aSingleBodySigningNamesNoJointParties() {
        assertThat(parties("Hội Nông dân tỉnh Tân An đã ký kết chương trình phối hợp năm 2024.")).isEmpty();
    }

    @Test
    void aCooperationBetweenBodiesWithoutAJointDocumentNamesNone() {
        assertThat(parties("Sự phối hợp giữa Hội Nông dân và Sở Công Thương ngày càng chặt chẽ.")).isEmpty();
    }

    @Test
    void aSentenceForTheSubjectNamesNone() {
        assertThat(parties("Sau khi nghe báo cáo, các đại biểu và khách mời đã ký kết chương trình phối hợp.")).isEmpty();
    }

    @Test
    void theListAfterBetweenEndsWithTheSentenceGoingOnNotAtItsEnd() {
        assertThat(parties("Thực hiện Chương trình phối hợp số 12/CTr ngày 2/3/2019 giữa Ban Thường vụ Tỉnh đoàn và Sở Tư pháp về phối hợp công tác, "
                + "Tỉnh đoàn đã ban hành công văn gửi Ban Thường vụ các huyện, thành đoàn, đoàn trực thuộc triển khai."))
                .containsExactly("Ban Thường vụ Tỉnh đoàn", "Sở Tư pháp");
    }

    // ---- a joint answer that lost a partner ----

    @Test
    void aChosenNameThatIsOneOfThePartiesIsCompletedByThePartner() {
        assertThat(JointParties.completed(List.of("Hội Nông dân tỉnh"), List.of("Công an tỉnh", "Hội Nông dân tỉnh Hòa Lâm")))
                .containsExactly("Công an tỉnh", "Hội Nông dân tỉnh Hòa Lâm");
    }

    @Test
    void aChosenNameThatIsNoPartyStands() {
        assertThat(JointParties.completed(List.of("Ban Bí thư Trung ương Đoàn"), List.of("Công an tỉnh", "Hội Nông dân tỉnh Hòa Lâm"))).isNull();
    }

    @Test
    void aHeaderlessTextSigningAJointRegulationHasBothIssuers() {
        Extraction e = Extractor.extract("shape.txt", "Phối hợp vì nhân dân\n\nSáng ngày 5.4, Ủy ban nhân dân và Ủy ban MTTQ Việt Nam tỉnh Hòa Lâm "
                + "đã ký kết quy chế phối hợp công tác nhiệm kỳ 2020 - 2025.\n\nHai bên thống nhất nhiều nội dung phối hợp trong thời gian tới.\n");
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân", "Ủy ban MTTQ Việt Nam tỉnh Hòa Lâm");
    }

    @Test
    void aProgrammeCarriedOutIsNotOneTheTextSigns() {
        assertThat(JointParties.of(List.of("Thực hiện Chương trình phối hợp số 12/CTr giữa Ban Thường vụ Tỉnh đoàn và Sở Tư pháp về phối hợp công tác.")).signed())
                .isFalse();
        assertThat(JointParties.of(List.of("Hai bên đã ký kết Quy chế phối hợp giữa Công an tỉnh và Đoàn Thanh niên tỉnh Hòa Lâm.")).signed()).isTrue();
    }
}
