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

    Recipients(AccountRepository accounts, AccountGrantRepository grants, UnitService units) {
        this.accounts = accounts;
        this.grants = grants;
        this.units = units;
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
