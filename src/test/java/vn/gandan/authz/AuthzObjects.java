package vn.gandan.authz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Objects of each kind for the four relations to the callers' unit (Phòng GDĐT Phú Giáo): own, sibling (another
 * Phòng of the same Sở), parent (the Sở) and other province (Sở GDĐT Gia Lai). Kinds are declared in the entry
 * files: {@code @object KIND visible=own,parent SQL with :unit}; a relation without an object is not tested.
 */
final class AuthzObjects {

    static final Map<String, String> RELATIONS = new LinkedHashMap<>(Map.of());

    static {
        RELATIONS.put("own", "PGDDT-PG");
        RELATIONS.put("sibling", "PGDDT-TA");
        RELATIONS.put("parent", "SGDDT-BD");
        RELATIONS.put("other", "SGDDT-GL");
    }

    record Kind(String name, Set<String> visible, String sql) {

        static Kind parse(String line) {
            String[] p = line.substring("@object".length()).trim().split("\\s+", 3);
            return new Kind(p[0], Set.of(p[1].substring("visible=".length()).split(",")), p[2]);
        }

        Long id(JdbcClient jdbc, String relation) {
            long unit = jdbc.sql("select id from org_unit where code = :c").param("c", RELATIONS.get(relation))
                    .query(Long.class).single();
            List<Object> ids = jdbc.sql(sql).param("unit", unit).query((rs, i) -> rs.getObject(1)).list();
            return ids.isEmpty() || ids.get(0) == null ? null : ((Number) ids.get(0)).longValue();
        }
    }

    private AuthzObjects() {
    }
}
