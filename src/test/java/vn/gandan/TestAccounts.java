package vn.gandan;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts with one role on one unit (subtree grant), password "demo" like the demo accounts; created once. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the account unless it exists; returns its username. */
    public static synchronized String ensure(JdbcClient jdbc, String username, String unitCode, String role) {
        if (jdbc.sql("select count(*) from access_account where username = :u").param("u", username)
                .query(Integer.class).single() > 0) {
            return username;
        }
        long unit = jdbc.sql("select id from org_unit where code = :c").param("c", unitCode).query(Long.class).single();
        long id = jdbc.sql("""
                        insert into access_account(username, password_hash, display_name, unit_id)
                        select :u, password_hash, :u, :unit from access_account where username = 'admin' returning id""")
                .param("u", username).param("unit", unit).query(Long.class).single();
        jdbc.sql("insert into access_grant(account_id, unit_id, role, subtree, valid_from) values (:a, :unit, :r, true, date '2000-01-01')")
                .param("a", id).param("unit", unit).param("r", role).update();
        return username;
    }
}
