package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitKind;

/**
 * ⚙ Which kinds of body may decide which commendation form on a day (table {@code emu_commendation_decider}, keyed by
 * effective date, seeded from Luật TĐKT 06/2022/QH15 and NĐ 98/2023/NĐ-CP as read). The rows of the latest effective
 * date on or before the day apply; a body that may not decide a form forwards the proposal to its superior.
 */
@Component
class CommendationDeciders {

    private static final String IN_FORCE = """
            from emu_commendation_decider where form = :f and effective_from =
              (select max(effective_from) from emu_commendation_decider where effective_from <= :d)""";

    private final JdbcClient jdbc;

    CommendationDeciders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a body of this kind may decide the form on the day. */
    boolean mayDecide(String form, UnitKind kind, LocalDate day) {
        return kind != null && deciders(form, day).contains(kind.name());
    }

    /** The kinds of body that may decide the form on the day. */
    Set<String> deciders(String form, LocalDate day) {
        return new TreeSet<>(jdbc.sql("select unit_kind " + IN_FORCE).param("f", form).param("d", day)
                .query(String.class).list());
    }
}
