package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22: the grammar of a body's name ({@link NameGrammar}) — head, the body's words, localities, a sub-unit — and where a
 * name in running text ends; candidates that open with no head do not parse.
 */
class NameGrammarTests {

    @Test
    void anOrganAndItsLocalityEndBeforeTheVerbPhrase() {
        assertThat(NameGrammar.name("UBND xã kiểm điểm công tác chỉ đạo")).isEqualTo("UBND xã");
        assertThat(NameGrammar.name("UBND xã Chí Minh trân trọng")).isEqualTo("UBND xã Chí Minh");
        assertThat(NameGrammar.name("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng đang")).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng");
    }

    @Test
    void aWholeNameIsKept() {
        assertThat(NameGrammar.name("Ủy ban nhân dân tỉnh Quảng Nam")).isEqualTo("Ủy ban nhân dân tỉnh Quảng Nam");
        assertThat(NameGrammar.name("Sở Giáo dục và Đào tạo tỉnh Hà Giang")).isEqualTo("Sở Giáo dục và Đào tạo tỉnh Hà Giang");
        assertThat(NameGrammar.name("UBND quận 9")).isEqualTo("UBND quận 9");
        assertThat(NameGrammar.name("Ban Chỉ đạo 35 cấp huyện")).isEqualTo("Ban Chỉ đạo 35 cấp huyện");
        assertThat(NameGrammar.name("trường Tiểu học A xã Châu Giang")).isEqualTo("trường Tiểu học A xã Châu Giang");
    }

    @Test
    void localitiesInSeriesAndASubUnitAfterThemStayInTheName() {
        assertThat(NameGrammar.name("UBND xã Tân An, huyện Tân Hồng")).isEqualTo("UBND xã Tân An, huyện Tân Hồng");
        assertThat(NameGrammar.name("Ủy ban nhân dân tỉnh Đắk Lắk và Liên đoàn Lao động tỉnh")).isEqualTo("Ủy ban nhân dân tỉnh Đắk Lắk và Liên đoàn Lao động tỉnh");
    }

    @Test
    void aTermOrCongressAfterTheLocalityBelongsToTheName() {
        assertThat(NameGrammar.name("Ban Chấp hành Đảng bộ tỉnh khóa XIII")).isEqualTo("Ban Chấp hành Đảng bộ tỉnh khóa XIII");
        assertThat(NameGrammar.name("Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I")).isEqualTo("Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I");
    }

    @Test
    void wordsThatOnlyLookLikeLevelsOpenNoLocality() {
        assertThat(NameGrammar.name("Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương")).isEqualTo("Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương");
        assertThat(NameGrammar.name("Ban Chỉ đạo Chiến dịch thanh niên tình nguyện tỉnh")).isEqualTo("Ban Chỉ đạo Chiến dịch thanh niên tình nguyện tỉnh");
        assertThat(NameGrammar.name("Thường trực Tỉnh ủy Bình Dương")).isEqualTo("Thường trực Tỉnh ủy Bình Dương");
    }

    @Test
    void aNameInCapitalsIsReturnedWhole() {
        assertThat(NameGrammar.name("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH")).isEqualTo("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
        assertThat(NameGrammar.name("CỦA THỦ TƯỚNG CHÍNH PHỦ")).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    }

    @Test
    void aCandidateWithoutAHeadDoesNotParse() {
        assertThat(NameGrammar.name("I. MỤC ĐÍCH YÊU CẦU")).isNull();
        assertThat(NameGrammar.name("Những kết quả đạt được")).isNull();
        assertThat(NameGrammar.name("Tỉnh Bắc Ninh")).isNull();
        assertThat(NameGrammar.name(null)).isNull();
    }
}
