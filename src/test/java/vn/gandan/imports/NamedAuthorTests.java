package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body a header-less lead's named document is "của": kind word, identity, "của", the body, the subject. */
class NamedAuthorTests {

    @Test
    void aNumberedPlanOfAWardPartyCommittee() {
        assertThat(NamedAuthor.of(List.of("Thực hiện kế hoạch số: 9 KH/ĐU, ngày 3 tháng 02 năm 2021 của Đảng bộ phường Hòa Bình về việc tổ chức đại hội chi bộ."))).isEqualTo("Đảng bộ phường Hòa Bình");
    }

    @Test
    void anUnnumberedPlanOfAFrontCommittee() {
        assertThat(NamedAuthor.of(List.of("Ngày hội ở phường", "Thực hiện Kế hoạch của Ủy ban MTTQ VN xã về tổ chức Ngày hội Đại đoàn kết, các khu dân cư đã …"))).isEqualTo("Ủy ban MTTQ VN xã");
    }

    @Test
    void aLetterNamedByNumberAndDateBeforeAQuotedSubject() {
        assertThat(NamedAuthor.of(List.of("Năm tới, hội sẽ bàn việc thực hiện Công văn 55 ngày 6/2/2019 của Ban Thường vụ Huyện ủy về “Tăng cường …”."))).isEqualTo("Ban Thường vụ Huyện ủy");
    }

    @Test
    void aSchemeWithItsSymbolAndDateAfterAComma() {
        assertThat(NamedAuthor.of(List.of("Sau khi Đề án số 03-ĐA/HU, ngày 2/3/2022 của Ban Thường vụ Huyện ủy về “Nâng cao …” được ban hành, …"))).isEqualTo("Ban Thường vụ Huyện ủy");
    }

    @Test
    void aBodyItsOwnSymbolContradictsIsNoAuthor() {
        assertThat(NamedAuthor.of(List.of("Thực hiện Công văn số 512/BCĐ-VP ngày 14/03/2021 của Sở Giáo dục và Đào tạo về kiểm tra giữa kỳ."))).isNull();
        assertThat(NamedAuthor.of(List.of("Thực hiện Công văn số 512/SGDĐT-GDTrH ngày 14/03/2021 của Sở Giáo dục và Đào tạo về kiểm tra giữa kỳ."))).isEqualTo("Sở Giáo dục và Đào tạo");
    }

    @Test
    void aLowerCaseKindWordWithoutNumberNamesNoDocument() {
        assertThat(NamedAuthor.of(List.of("Việc thực hiện kết luận của người đứng đầu cấp ủy về tiếp xúc, đối thoại với nhân dân đã có chuyển biến."))).isNull();
    }

    @Test
    void theGroundsOfThePagesOwnActAreNoAuthor() {
        assertThat(NamedAuthor.of(List.of("Căn cứ Kế hoạch số 01-KH/BTG ngày 2/7/2025 của Ban Tuyên giáo Tỉnh ủy về việc lấy ý kiến, Báo X trân trọng đăng toàn văn dự thảo."))).isNull();
    }

    @Test
    void aPageWithItsOwnTitleLineNamesItsGrounds() {
        assertThat(NamedAuthor.of(List.of("BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2020", "Thực hiện Công văn số 12/PGDĐT ngày 9/2/2020 của Phòng Giáo dục và Đào tạo Duy Tiên về việc …, trường báo cáo như sau."))).isNull();
    }

    @Test
    void anOfficeHolderIsNoBody() {
        assertThat(NamedAuthor.of(List.of("Thực hiện Quyết định số 12/QĐ-BGDĐT ngày 2/3/2010 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc ban hành quy chế."))).isNull();
    }
}
