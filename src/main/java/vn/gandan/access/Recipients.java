package vn.gandan.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;

/** The people a notice to a unit reaches: the enabled accounts holding a grant on that unit today. */
@Service
@Transactional(readOnly = true)
public class Recipients {

    private final AccountRepository accounts;
    private final AccountGrantRepository grants;
    private final UnitService units;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Recipients(AccountRepository accounts, AccountGrantRepository grants, UnitService units,
               org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.accounts = accounts;
        this.grants = grants;
        this.units = units;
        this.jdbc = jdbc;
    }

    /**
     * Whether an enabled account holds {@code role} directly on the unit today without also holding {@code not} there
     * (the plan page's "has the unit a clerk besides its leaders"): {@link #ofUnit(long, Role)} twice compared, in one
     * statement inside a read-only transaction (a page's; session 16: two derived JPA queries and an account read
     * each), through them otherwise (a write sees its own unflushed grants).
     */
    public boolean anyWithRoleWithout(long unitId, Role role, Role not) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            List<Recipient> with = ofUnit(unitId, role);
            if (with.isEmpty()) return false;
            java.util.Set<Long> others = ofUnit(unitId, not).stream().map(Recipient::accountId)
                    .collect(java.util.stream.Collectors.toSet());
            return with.stream().anyMatch(r -> !others.contains(r.accountId()));
        }
        return jdbc.sql("""
                        select exists (select 1 from access_grant g join access_account a on a.id = g.account_id
                            where g.unit_id = :u and g.role = :r and g.valid_from <= :d and (g.valid_to is null or g.valid_to >= :d)
                            and a.enabled and not exists (select 1 from access_grant o where o.unit_id = :u
                                and o.account_id = g.account_id and o.role = :not and o.valid_from <= :d
                                and (o.valid_to is null or o.valid_to >= :d)))""")
                .param("u", unitId).param("r", role.name()).param("not", not.name()).param("d", units.today())
                .query(Boolean.class).single();
    }

    /** A person who can receive notices; {@code email} may be null. */
    public record Recipient(long accountId, String username, String displayName, String email) {
    }

    /** The accounts granted a role directly on the unit (not through a subtree grant above it), by id. */
    public List<Recipient> ofUnit(long unitId) {
        LocalDate today = units.today();
        return grants.findByUnitId(unitId).stream().filter(g -> g.validOn(today)).map(AccountGrant::accountId)
                .distinct().sorted().map(this::byId).flatMap(Optional::stream).toList();
    }

    /** The accounts holding {@code role} directly on the unit today (e.g. its leaders, whose approval is awaited). */
    public List<Recipient> ofUnit(long unitId, Role role) {
        LocalDate today = units.today();
        return grants.findByUnitId(unitId).stream().filter(g -> g.validOn(today) && g.role() == role)
                .map(AccountGrant::accountId).distinct().sorted().map(this::byId).flatMap(Optional::stream).toList();
    }

    /** The enabled account with this username. */
    public Optional<Recipient> byUsername(String username) {
        return username == null ? Optional.empty()
                : accounts.findByUsername(username).flatMap(a -> byId(a.id()));
    }

    /** The enabled account with this id. */
    public Optional<Recipient> byId(long accountId) {
        return accounts.findById(accountId).filter(Account::enabled)
                .map(a -> new Recipient(a.id(), a.username(), a.displayName(), a.email()));
    }
}
