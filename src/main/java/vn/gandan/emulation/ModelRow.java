package vn.gandan.emulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The stored columns of a model the lifecycle needs: its units, status, evaluation result and last step's day. */
record ModelRow(long id, long unitId, long registeredWithUnitId, ModelStatus status, Boolean passed, LocalDate lastOn,
                String kind) {

    static final String SELECT = """
            select m.id, m.unit_id, m.registered_with_unit_id, m.status, m.evaluation_passed,
                   (select max(s.on_date) from emu_model_step s where s.model_id = m.id) as last_on, m.kind
            from emu_model m""";

    static ModelRow map(ResultSet rs, int i) throws SQLException {
        return new ModelRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), ModelStatus.valueOf(rs.getString(4)),
                (Boolean) rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getString(7));
    }
}
