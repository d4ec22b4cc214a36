package vn.gandan.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.PeopleService;
import vn.gandan.org.PersonView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * The stable link between a login and the person it belongs to (a person of the account's unit, from {@code org}),
 * set by the unit's administrator: one login per person. Modules find a person's own records through it (a teacher's
 * own staff evaluation) instead of trusting a typed username.
 */
@Service
@Transactional
public class AccountPeople {

    /** One account's link as the administration page shows it. */
    public record Link(long accountId, String username, String displayName, Long unitId, Long personId) {
    }

    private final AccountRepository accounts;
    private final AccessService access;
    private final PeopleService people;

    AccountPeople(AccountRepository accounts, AccessService access, PeopleService people) {
        this.accounts = accounts;
        this.access = access;
        this.people = people;
    }

    /** The person the signed-in account belongs to, if linked. */
    @Transactional(readOnly = true)
    public Optional<Long> callerPersonId() {
        return access.caller().flatMap(c -> accounts.findById(c.accountId())).map(Account::personId);
    }

    /** The login linked to a person, if any. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(long personId) {
        return accounts.findByPersonId(personId).map(Account::username);
    }

    /** An account the caller administers (404 out of scope, 403 without the unit administrator's role). */
    @Transactional(readOnly = true)
    public Link link(long accountId) {
        Account a = manageable(accountId);
        return new Link(a.id(), a.username(), a.displayName(), a.unitId(), a.personId());
    }

    /** The people the account may be linked to: those holding a position in the account's unit. */
    @Transactional(readOnly = true)
    public List<PersonView> candidates(long accountId) {
        return people.inUnit(manageable(accountId).unitId());
    }

    /**
     * Links the account to a person of its unit, or unlinks it ({@code personId} null). 422 when the person is not in
     * the account's unit or already belongs to another login.
     */
    public Link setPerson(long accountId, Long personId) {
        Account a = manageable(accountId);
        if (personId != null) {
            if (people.inUnit(a.unitId()).stream().noneMatch(p -> p.id().equals(personId))) {
                throw ProblemException.invalid("error.validation", List.of(FieldProblem.of("personId", "access.person.notInUnit")));
            }
            accounts.findByPersonId(personId).filter(o -> !o.id().equals(a.id())).ifPresent(o -> {
                throw ProblemException.invalid("error.validation",
                        List.of(FieldProblem.of("personId", "access.person.taken", o.username())));
            });
        }
        a.linkPerson(personId);
        accounts.saveAndFlush(a);
        return link(accountId);
    }

    /** As {@link #setPerson(long, Long)}, by username (demo data, imports). */
    public Link setPerson(String username, Long personId) {
        return setPerson(accounts.findByUsername(username).map(Account::id)
                .orElseThrow(() -> new NotFoundException("account", null)), personId);
    }

    private Account manageable(long accountId) {
        Account a = accounts.findById(accountId).filter(x -> !x.systemAdmin() && x.unitId() != null)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        access.requireVisible(a.unitId());
        if (!access.isSystemAdmin() && !access.hasRole(a.unitId(), Role.UNIT_ADMIN)) {
            throw ProblemException.forbidden("access.account.adminOnly");
        }
        return a;
    }
}
