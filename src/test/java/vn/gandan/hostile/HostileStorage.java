package vn.gandan.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Text columns that hold what no input may leave behind: hidden characters, or text that is not NFC. */
final class HostileStorage {

    private static final List<String> EXEMPT = List.of("flyway_schema_history", "event_publication", "spring_session",
            "spring_session_attributes", "audit_log", "access_login_failure", "import_pending");

    private HostileStorage() {
    }

    static List<String> badRows(JdbcClient jdbc) {
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns c
                where table_schema = 'public' and data_type in ('text', 'character varying')
                  and exists (select 1 from information_schema.tables t where t.table_schema = 'public'
                              and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
                order by 1, 2""").query().listOfRows();
        for (Map<String, Object> c : columns) {
            String table = (String) c.get("table_name");
            String column = (String) c.get("column_name");
            if (EXEMPT.contains(table)) {
                continue;
            }
            String q = "select count(*) from \"" + table + "\" where \"" + column + "\" ~ "
                    + "E'[\\\\u0001-\\\\u0008\\\\u000B\\\\u000C\\\\u000E-\\\\u001F\\\\u007F\\\\u202A-\\\\u202E\\\\u2066-\\\\u2069\\\\uFEFF]'"
                    + " or \"" + column + "\" is not nfc normalized";
            long n = jdbc.sql(q).query(Long.class).single();
            if (n > 0) {
                out.add(table + "." + column + ": " + n + " row(s) with hidden characters or not NFC");
            }
        }
        return out;
    }
}
