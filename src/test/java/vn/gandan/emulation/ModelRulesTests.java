package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gandan.org.UnitKind;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** H1 (the registration record) and H2 (the lifecycle order, the award by level) as plain rules. */
class ModelRulesTests {

    @Test
    void aModelHasExactlyOneOfTheFourFields_H1() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ModelRegistry.field("VAN_HOA_XA_HOI", problems)).isEqualTo(Field.VAN_HOA_XA_HOI);
        assertThat(ModelRegistry.field(List.of("KINH_TE"), problems)).isEqualTo(Field.KINH_TE);
        assertThat(problems).isEmpty();
        assertThat(ModelRegistry.field(List.of("KINH_TE", "VAN_HOA_XA_HOI"), problems)).isNull();
        assertThat(ModelRegistry.field("KINH_TE,QUOC_PHONG_AN_NINH", problems)).isNull();
        assertThat(ModelRegistry.field(null, problems)).isNull();
        assertThat(ModelRegistry.field("GIAO_DUC", problems)).isNull();
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("emulation.model.error.oneField",
                "emulation.model.error.oneField", "emulation.model.error.field", "emulation.model.error.field");
    }

    @Test
    void aRegistrationNeedsAllTenFields_H1() {
        Registration r = Registration.from(Map.of("situation", "Phụ huynh ít tham gia"), "Cổng trường an toàn").clean();
        assertThat(r.name()).isEqualTo("Cổng trường an toàn");
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("registration.aims",
                "registration.content", "registration.area", "registration.forces", "registration.resources",
                "registration.timing", "registration.outputs", "registration.sustainability");
    }

    @Test
    void registrationFieldsAreReadUnderTheirVietnameseNamesOrInOrder_H1() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("thucTrang", "a");
        body.put("muc_tieu", "b");
        body.put("x3", "c");
        body.put("x4", "d");
        body.put("lucLuong", "e");
        body.put("x6", "f");
        body.put("x7", "g");
        body.put("x8", "h");
        body.put("x9", "i");
        Registration r = Registration.from(body, "Tên").clean();
        assertThat(r.values()).containsExactly("Tên", "a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void stepsFollowTheLifecycleInOrder_H2() {
        assertThat(ModelStatus.REGISTERED.then(ModelStatus.LAUNCHED)).isEqualTo(ModelStatus.LAUNCHED);
        assertThat(ModelStatus.LAUNCHED.then(ModelStatus.MONITORED)).isEqualTo(ModelStatus.MONITORED);
        assertThat(ModelStatus.MONITORED.then(ModelStatus.MONITORED)).as("periodic progress").isEqualTo(ModelStatus.MONITORED);
        assertThat(ModelStatus.MONITORED.then(ModelStatus.EVALUATED)).isEqualTo(ModelStatus.EVALUATED);
        assertThat(ModelStatus.EVALUATED.then(ModelStatus.RECOGNISED)).isEqualTo(ModelStatus.RECOGNISED);
        assertThat(ModelStatus.RECOGNISED.then(ModelStatus.REPLICATED)).isEqualTo(ModelStatus.REPLICATED);
        assertThat(ModelStatus.REPLICATED.then(ModelStatus.REPLICATED)).as("several units adopt it").isEqualTo(ModelStatus.REPLICATED);
    }

    @Test
    void aStepOutOfOrderIsRefusedWithItsOwnMessage_H2() {
        assertThatThrownBy(() -> ModelStatus.REGISTERED.then(ModelStatus.EVALUATED)).isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    assertThat(((ProblemException) e).status()).isEqualTo(409);
                    assertThat(((ProblemException) e).messageKey()).isEqualTo("emulation.model.order.EVALUATED");
                });
        assertThatThrownBy(() -> ModelStatus.LAUNCHED.then(ModelStatus.EVALUATED)).as("no progress yet").isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ModelStatus.LAUNCHED.then(ModelStatus.LAUNCHED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ModelStatus.EVALUATED.then(ModelStatus.REPLICATED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ModelStatus.RECOGNISED.then(ModelStatus.MONITORED)).isInstanceOf(ProblemException.class);
    }

    @Test
    void giayKhenComesFromUnitsAndBangKhenFromTheProvinceOrAbove_H2() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Award.of(null, null, UnitKind.PHONG_GDDT, problems)).isEqualTo(new Award("GIAY_KHEN", "DISTRICT"));
        assertThat(Award.of("BANG_KHEN", null, UnitKind.UBND_TINH, problems)).isEqualTo(new Award("BANG_KHEN", "PROVINCE"));
        assertThat(problems).isEmpty();
        Award.of("BANG_KHEN", "DISTRICT", UnitKind.PHONG_GDDT, problems);
        Award.of("GIAY_KHEN", "MINISTRY", UnitKind.PHONG_GDDT, problems);
        Award.of("HUAN_CHUONG", null, UnitKind.PHONG_GDDT, problems);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("emulation.model.error.level.BANG_KHEN",
                "emulation.model.error.level.GIAY_KHEN", "emulation.model.error.award");
    }
}
