package vn.gandan.emulation;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes one dated step of a model's timeline with its approver. */
final class Steps {

    private Steps() {
    }

    static void record(JdbcClient jdbc, long modelId, ModelStatus step, LocalDate on, String approver, Long unitId,
                       String note) {
        jdbc.sql("""
                        insert into emu_model_step(model_id, step, on_date, approver, approver_unit_id, note)
                        values (:m, :s, :on, :a, :u, :n)""")
                .param("m", modelId).param("s", step.name()).param("on", on).param("a", approver)
                .param("u", unitId).param("n", note).update();
    }
}
