package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.DayType;

/** The ⚙ table of legal figures by effective date ({@code petition_rule}); nothing in code holds a number of days. */
@Component
class LegalRules {

    private final JdbcClient jdbc;

    LegalRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figure in force on the day; fails loudly when the configuration lacks it. */
    LegalRule on(String code, LocalDate day) {
        return jdbc.sql("""
                        select code, effective_from, value, day_type, legal_basis from petition_rule
                        where code = :c and effective_from <= :d order by effective_from desc limit 1""")
                .param("c", code).param("d", day)
                .query((rs, i) -> new LegalRule(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getString(4) == null ? null : DayType.valueOf(rs.getString(4)), rs.getString(5)))
                .optional().orElseThrow(() -> new IllegalStateException("petition_rule missing: " + code));
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from petition_rule where code = :c").param("c", code)
                .query(Integer.class).single() > 0;
    }

    List<LegalRule> all() {
        return jdbc.sql("select code, effective_from, value, day_type, legal_basis from petition_rule order by code, effective_from")
                .query((rs, i) -> new LegalRule(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getString(4) == null ? null : DayType.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }
}
