package vn.gandan.access;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.platform.DemoMode;

/** The demo accounts of api.md, all with the password "demo". Idempotent. */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private final DemoMode demo;
    private final AccountRepository accounts;
    private final AccountGrantRepository grants;
    private final UnitService units;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(DemoMode demo, AccountRepository accounts, AccountGrantRepository grants, UnitService units,
                 PasswordEncoder passwords, Clock clock) {
        this.demo = demo;
        this.accounts = accounts;
        this.grants = grants;
        this.units = units;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        if (accounts.findByUsername("admin").isPresent()) {
            addedLater();
            return;
        }
        String hash = passwords.encode("demo");
        accounts.save(new Account("admin", hash, "Quản trị hệ thống", null, true, clock.instant()));
        account("so.binhduong", hash, "Lãnh đạo Sở GDĐT Bình Dương", "SGDDT-BD", Role.LEADER);
        account("phong.phugiao", hash, "Chuyên viên Phòng GDĐT Phú Giáo", "PGDDT-PG", Role.SPECIALIST);
        account("th.phuocsang", hash, "Hiệu trưởng Trường TH Phước Sang", "TH-PS", Role.LEADER);
        account("th.anlinh", hash, "Hiệu trưởng Trường TH An Linh", "TH-AL", Role.LEADER);
        account("ld.phugiao", hash, "Trưởng phòng GDĐT Phú Giáo", "PGDDT-PG", Role.LEADER);
        account("vt.phugiao", hash, "Văn thư Phòng GDĐT Phú Giáo", "PGDDT-PG", Role.SPECIALIST);
        account("cd.binhduong", hash, "Chuyên viên Công đoàn Giáo dục tỉnh Bình Dương", "CDGD-BD", Role.SPECIALIST);
        teachers(hash);
    }

    /** Two teachers of Phước Sang with their own logins (linked to their persons by the emulation demo). */
    private void teachers(String hash) {
        account("gv.phuocsang1", hash, "Cô Nguyễn Thị Lan — giáo viên TH Phước Sang", "TH-PS", Role.STAFF);
        account("gv.phuocsang2", hash, "Cô Bùi Thị Thu — giáo viên TH Phước Sang", "TH-PS", Role.STAFF);
    }

    /**
     * Accounts added to the demo after a database was created: the Phòng's leader (plans), its clerk (văn thư, a
     * specialist by role, who numbers and issues what the leader signed), two teachers (evaluation).
     */
    private void addedLater() {
        if (accounts.findByUsername("ld.phugiao").isEmpty()) {
            account("ld.phugiao", passwords.encode("demo"), "Trưởng phòng GDĐT Phú Giáo", "PGDDT-PG", Role.LEADER);
        }
        if (accounts.findByUsername("vt.phugiao").isEmpty()) {
            account("vt.phugiao", passwords.encode("demo"), "Văn thư Phòng GDĐT Phú Giáo", "PGDDT-PG", Role.SPECIALIST);
        }
        if (accounts.findByUsername("cd.binhduong").isEmpty() && units.findByCode("CDGD-BD").isPresent()) {
            account("cd.binhduong", passwords.encode("demo"), "Chuyên viên Công đoàn Giáo dục tỉnh Bình Dương", "CDGD-BD",
                    Role.SPECIALIST);
        }
        if (accounts.findByUsername("gv.phuocsang1").isEmpty()) {
            teachers(passwords.encode("demo"));
        }
    }

    private void account(String username, String hash, String name, String unitCode, Role role) {
        UnitView unit = units.findByCode(unitCode).orElseThrow();
        Account a = accounts.save(new Account(username, hash, name, unit.id(), false, clock.instant()));
        grants.save(new AccountGrant(a.id(), unit.id(), role, true, LocalDate.of(2000, 1, 1)));
    }
}
