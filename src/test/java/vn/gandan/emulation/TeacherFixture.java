package vn.gandan.emulation;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.TestAccounts;

/** A teacher of Trường TH Phước Sang with a STAFF login linked to them (as the unit's administrator would link it). */
final class TeacherFixture {

    private TeacherFixture() {
    }

    static synchronized long linkedTeacher(JdbcClient jdbc, String username, String fullName) {
        TestAccounts.ensure(jdbc, username, "TH-PS", "STAFF");
        Long linked = jdbc.sql("select person_id from access_account where username = :u").param("u", username)
                .query(Long.class).optional().orElse(null);
        if (linked != null) return linked;
        long person = jdbc.sql("""
                        insert into org_person(unit_id, full_name, position, valid_from, search_text)
                        values ((select id from org_unit where code = 'TH-PS'), :n, 'Giáo viên', date '2019-09-01', lower(:n))
                        returning id""").param("n", fullName).query(Long.class).single();
        jdbc.sql("update access_account set person_id = :p where username = :u").param("p", person).param("u", username).update();
        return person;
    }
}
