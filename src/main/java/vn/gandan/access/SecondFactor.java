package vn.gandan.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;

/**
 * The optional second factor (issue 14, item 9): a TOTP secret per account, confirmed by a first code, ten
 * single-use recovery codes (kept as SHA-256), and the units that require it of their leaders and administrators.
 */
@Service
@Transactional
class SecondFactor {

    private final JdbcClient jdbc;
    private final AccountGrantRepository grants;
    private final UnitService units;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean requiredForSystemAdmin;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(JdbcClient jdbc, AccountGrantRepository grants, UnitService units, AuditLog audit, Clock clock,
                 @Value("${app.access.second-factor.system-admin-required:false}") boolean requiredForSystemAdmin) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.requiredForSystemAdmin = requiredForSystemAdmin;
    }

    String newSecret() {
        return Totp.newSecret(random);
    }

    @Transactional(readOnly = true)
    boolean enrolled(long accountId) {
        return secret(accountId).isPresent();
    }

    /** Enrols the secret if the code proves the app holds it; answers the recovery codes (shown once), or empty. */
    List<String> enrol(Account a, String secret, String code) {
        long step = Totp.matchingStep(secret, code, clock.instant().getEpochSecond(), 0);
        if (step < 0) {
            return List.of();
        }
        jdbc.sql("delete from access_totp where account_id = :a").param("a", a.id()).update();
        jdbc.sql("insert into access_totp(account_id, secret, enrolled_at, last_step) values (:a, :s, :t, :step)")
                .param("a", a.id()).param("s", secret).param("t", now()).param("step", step).update();
        audit.record("TOTP_ENROLLED", "account", a.username(), null, null);
        return newRecoveryCodes(a.id());
    }

    /** Whether the code (a TOTP code not used before, or an unused recovery code) proves the second factor. */
    boolean verify(Account a, String code) {
        Optional<String> secret = secret(a.id());
        if (secret.isEmpty() || code == null) {
            return false;
        }
        long last = jdbc.sql("select last_step from access_totp where account_id = :a for update").param("a", a.id())
                .query(Long.class).single();
        long step = Totp.matchingStep(secret.get(), code, clock.instant().getEpochSecond(), last);
        if (step >= 0) {
            jdbc.sql("update access_totp set last_step = :s where account_id = :a").param("s", step).param("a", a.id()).update();
            return true;
        }
        String hash = PasswordResets.hash(code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT));
        boolean recovery = jdbc.sql("update access_recovery_code set used_at = :t where account_id = :a and code_hash = :h "
                + "and used_at is null").param("t", now()).param("a", a.id()).param("h", hash).update() > 0;
        if (recovery) {
            audit.record("RECOVERY_CODE_USED", "account", a.username(), null, null);
        }
        return recovery;
    }

    void remove(Account a) {
        jdbc.sql("delete from access_totp where account_id = :a").param("a", a.id()).update();
        jdbc.sql("delete from access_recovery_code where account_id = :a").param("a", a.id()).update();
        audit.record("TOTP_REMOVED", "account", a.username(), null, null);
    }

    /** Leaders and unit administrators of a unit that (or whose ancestor) requires it; the system admin by setting. */
    @Transactional(readOnly = true)
    boolean required(Account a) {
        if (a.systemAdmin()) {
            return requiredForSystemAdmin;
        }
        LocalDate today = units.today();
        List<Long> requiring = jdbc.sql("select unit_id from access_unit_second_factor where required").query(Long.class).list();
        if (requiring.isEmpty()) {
            return false;
        }
        return grants.findByAccountId(a.id()).stream().filter(g -> g.validOn(today))
                .filter(g -> g.role() == Role.LEADER || g.role() == Role.UNIT_ADMIN)
                .anyMatch(g -> requiring.contains(g.unitId()) || units.ancestorIds(g.unitId(), today).stream()
                        .anyMatch(requiring::contains));
    }

    @Transactional(readOnly = true)
    boolean unitRequires(long unitId) {
        return jdbc.sql("select required from access_unit_second_factor where unit_id = :u").param("u", unitId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setUnitRequires(long unitId, boolean required, String by) {
        jdbc.sql("insert into access_unit_second_factor(unit_id, required, changed_at, changed_by) values (:u, :r, :t, :b) "
                        + "on conflict (unit_id) do update set required = :r, changed_at = :t, changed_by = :b")
                .param("u", unitId).param("r", required).param("t", now()).param("b", by).update();
        audit.record("UPDATE", "UnitSecondFactor", unitId, null, java.util.Map.of("required", required));
    }

    private Optional<String> secret(long accountId) {
        return jdbc.sql("select secret from access_totp where account_id = :a").param("a", accountId).query(String.class).optional();
    }

    private List<String> newRecoveryCodes(long accountId) {
        jdbc.sql("delete from access_recovery_code where account_id = :a").param("a", accountId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String c = Totp.base32(bytes(5)).toLowerCase(java.util.Locale.ROOT);
            codes.add(c.substring(0, 4) + "-" + c.substring(4));
            jdbc.sql("insert into access_recovery_code(account_id, code_hash) values (:a, :h)").param("a", accountId)
                    .param("h", PasswordResets.hash(c)).update();
        }
        return codes;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
