package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two names of one body agree on their folded words at 0.8 Dice; two bodies of one place do not. Short names of our own. */
class BodyWordsTests {

    @Test
    void oneBodyWrittenWithAndWithoutMarksAndBracketsIsOneBody() {
        assertThat(BodyWords.of("Ủy ban MTTQ (Việt Nam) tỉnh Gia Lai")).containsExactlyInAnyOrder("uy", "ban", "mttq", "viet", "nam", "tinh", "gia", "lai");
        assertThat(BodyWords.similar(BodyWords.of("Ủy ban MTTQ Việt Nam tỉnh Gia Lai"), BodyWords.of("ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI."))).isTrue();
    }

    @Test
    void twoBodiesOfOnePlaceAreTwo() {
        assertThat(BodyWords.similar(BodyWords.of("Hội Cựu chiến binh tỉnh Đồng Tháp"), BodyWords.of("Công an tỉnh Đồng Tháp"))).isFalse();
        assertThat(BodyWords.similar(BodyWords.of(""), BodyWords.of("Công an tỉnh"))).isFalse();
    }
}
