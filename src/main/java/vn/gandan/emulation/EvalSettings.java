package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ⚙ The staff-evaluation figures in force on a day (table {@code emu_eval_setting}, keyed by effective date): the
 * professional and dân vận maxima (80 / 20 of 100 since 2025) and the Xuất sắc share of those rated Tốt (20 %).
 */
@Component
class EvalSettings {

    /** One dated row. */
    record Setting(LocalDate effectiveFrom, BigDecimal professionalMax, BigDecimal danVanMax, BigDecimal excellentShare,
                   String source) {

        /** The share as a percentage for messages ("20"). */
        String sharePercent() {
            return excellentShare.movePointRight(2).stripTrailingZeros().toPlainString();
        }
    }

    private final JdbcClient jdbc;

    EvalSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row with the latest effective date on or before {@code day}. */
    Optional<Setting> on(LocalDate day) {
        return jdbc.sql("""
                        select effective_from, professional_max, dan_van_max, excellent_share, source from emu_eval_setting
                         where effective_from <= :d order by effective_from desc limit 1""")
                .param("d", day).query((rs, i) -> new Setting(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5))).optional();
    }
}
