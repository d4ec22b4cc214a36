package vn.gandan.disclosure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitView;

/** ⚙ The disclosure catalogue (table disclosure_item) as in force on a day. */
@Component
class Catalogue {

    private static final String SELECT = """
            select code, scope, group_no, group_name, name, legal_basis, forms, levels, rule, deadline_md,
                   update_working_days, posting_days, archive_years, effective_from
            from disclosure_item i where effective_from <= :d and (effective_to is null or effective_to >= :d)""";

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogueItem> inForce(LocalDate on) {
        return jdbc.sql(SELECT + " order by case scope when 'PUBLIC' then 0 else 1 end, group_no, code").param("d", on)
                .query((rs, i) -> new CatalogueItem(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Arrays.asList(rs.getString(7).split(",")), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                        rs.getObject(14, LocalDate.class))).list();
    }

    List<CatalogueItem> applicable(UnitView unit, LocalDate on) {
        return inForce(on).stream().filter(i -> i.appliesTo(unit)).toList();
    }

    Optional<CatalogueItem> find(String code, LocalDate on) {
        return inForce(on).stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
