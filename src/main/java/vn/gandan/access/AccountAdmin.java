package vn.gandan.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Account administration: a system admin manages every account, a unit admin the accounts of units in
 * their subtree. Passwords: at least 10 characters, not the username, hashed with bcrypt.
 */
@Service
@Transactional
class AccountAdmin {


    private final AccountRepository accounts;
    private final AccountGrantRepository grants;
    private final PasswordEncoder passwords;
    private final AccessService access;
    private final UnitService units;
    private final TokenService tokens;
    private final Clock clock;

    AccountAdmin(AccountRepository accounts, AccountGrantRepository grants, PasswordEncoder passwords,
                 AccessService access, UnitService units, TokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.passwords = passwords;
        this.access = access;
        this.units = units;
        this.tokens = tokens;
        this.clock = clock;
    }

    record AccountLine(long id, String username, String displayName, String unitName, boolean enabled,
                       boolean systemAdmin, List<GrantLine> grants) {
    }

    /** A grant as the administration screen lists it; {@code current} = valid today. */
    record GrantLine(long id, String unitCode, String unitName, Role role, boolean subtree, LocalDate validTo,
                     boolean current) {
    }

    @Transactional(readOnly = true)
    List<AccountLine> list(String query) {
        String q = Texts.fold(query);
        return accounts.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .filter(a -> a.systemAdmin() ? access.isSystemAdmin() : a.unitId() != null && mayManage(a.unitId()))
                .filter(a -> q.isEmpty() || Texts.fold(a.username() + " " + a.displayName()).contains(q))
                .map(a -> new AccountLine(a.id(), a.username(), a.displayName(),
                        a.unitId() == null ? null : units.find(a.unitId()).map(u -> u.name()).orElse(null), a.enabled(),
                        a.systemAdmin(),
                        grants.findByAccountId(a.id()).stream().map(this::line).toList()))
                .toList();
    }

    private GrantLine line(AccountGrant g) {
        var unit = units.find(g.unitId());
        return new GrantLine(g.id(), unit.map(u -> u.code()).orElse(""), unit.map(u -> u.name()).orElse(""),
                g.role(), g.subtree(), g.validTo(), g.validOn(LocalDate.now(clock)));
    }

    /**
     * Grants a role on a unit (and its subtree) from today. The caller must manage both the account and the
     * unit; the system-admin role is never granted here. A grant that was ended is opened again.
     */
    long grant(long accountId, long unitId, Role role, boolean subtree) {
        Account a = manageable(accountId);
        requireManage(unitId);
        if (role == Role.SYSTEM_ADMIN) {
            throw ProblemException.invalid("error.validation", List.of(FieldProblem.of("role", "access.account.role.invalid")));
        }
        LocalDate today = LocalDate.now(clock);
        var existing = grants.findByAccountId(a.id()).stream()
                .filter(g -> g.unitId() == unitId && g.role() == role).findFirst();
        if (existing.isPresent()) {
            if (existing.get().validOn(today)) {
                throw ProblemException.conflict("access.grant.exists");
            }
            existing.get().reopen(subtree, today);
            return existing.get().id();
        }
        return grants.save(new AccountGrant(a.id(), unitId, role, subtree, today)).id();
    }

    /** Ends a grant yesterday, so it no longer holds today; the row stays for the history. */
    void endGrant(long accountId, long grantId) {
        Account a = manageable(accountId);
        AccountGrant g = grants.findById(grantId).filter(x -> x.accountId().equals(a.id()))
                .orElseThrow(() -> new NotFoundException("grant", grantId));
        requireManage(g.unitId());
        LocalDate today = LocalDate.now(clock);
        if (g.validOn(today)) {
            g.endOn(today.minusDays(1));
        }
    }

    long create(String username, String displayName, long unitId, Role role, boolean subtree, String password) {
        requireManage(unitId);
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.clean(username) == null ? "" : Texts.clean(username).toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            problems.add(FieldProblem.of("username", "access.account.username.invalid"));
        } else if (accounts.findByUsername(name).isPresent()) {
            problems.add(FieldProblem.of("username", "access.account.username.taken"));
        }
        if (Texts.clean(displayName) == null || Texts.clean(displayName).isEmpty() || displayName.length() > 200) {
            problems.add(FieldProblem.of("displayName", "access.account.displayName.invalid"));
        }
        if (role == Role.SYSTEM_ADMIN) {
            problems.add(FieldProblem.of("role", "access.account.role.invalid"));
        }
        problems.addAll(checkPassword("password", password, name));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        Account a = accounts.save(new Account(name, passwords.encode(password), displayName, unitId, false, clock.instant()));
        grants.save(new AccountGrant(a.id(), unitId, role, subtree, LocalDate.now(clock)));
        return a.id();
    }

    /** The signed-in user changes their own password after proving the current one. */
    void changeOwnPassword(String current, String next) {
        Account a = accounts.findByUsername(access.requireCaller().username()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !passwords.matches(current, a.passwordHash())) {
            problems.add(FieldProblem.of("current", "access.password.currentWrong"));
        }
        problems.addAll(checkPassword("next", next, a.username()));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        a.changePassword(passwords.encode(next), clock.instant());
        tokens.revokeAll(a.id());
    }

    /** An administrator sets a temporary password; the account must change it, its API tokens stop working. */
    void resetPassword(long accountId, String temporary) {
        Account a = manageable(accountId);
        List<FieldProblem> problems = checkPassword("password", temporary, a.username());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        a.resetPassword(passwords.encode(temporary), clock.instant());
        tokens.revokeAll(a.id());
    }

    void setEnabled(long accountId, boolean enabled) {
        Account a = manageable(accountId);
        a.enable(enabled);
        if (!enabled) {
            tokens.revokeAll(a.id());
        }
    }

    private Account manageable(long accountId) {
        Account a = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (a.systemAdmin() ? !access.isSystemAdmin() : a.unitId() == null || !access.canSee(a.unitId())) {
            throw new NotFoundException("account", accountId);
        }
        if (!a.systemAdmin() && !mayManage(a.unitId())) {
            throw ProblemException.forbidden("access.account.adminOnly");
        }
        return a;
    }

    private boolean mayManage(long unitId) {
        return access.isSystemAdmin() || access.hasRole(unitId, Role.UNIT_ADMIN);
    }

    private void requireManage(long unitId) {
        access.requireVisible(unitId);
        if (!mayManage(unitId)) {
            throw ProblemException.forbidden("access.account.adminOnly");
        }
    }

    static List<FieldProblem> checkPassword(String field, String password, String username) {
        return PasswordPolicy.check(field, password, username);
    }
}
