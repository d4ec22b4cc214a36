package vn.gandan.emulation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.AccountPeople;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.org.PeopleService;
import vn.gandan.org.UnitService;

/**
 * Who sees a staff evaluation (I1): the person (their login linked to them, or the login named when it was opened),
 * the head of the unit (a leader's grant on the unit itself) and those the unit answers to (whoever sees its
 * superior); anyone else — colleagues, specialists of the unit, sibling units — gets 404.
 */
@Component
class EvaluationReaders {

    private final AccessService access;
    private final AccountPeople links;
    private final PeopleService people;
    private final UnitService units;

    EvaluationReaders(AccessService access, AccountPeople links, PeopleService people, UnitService units) {
        this.access = access;
        this.links = links;
        this.people = people;
        this.units = units;
    }

    boolean mayRead(long unitId, String account, Long personId) {
        Caller c = access.requireCaller();
        if (c.systemAdmin() || (account != null && account.equals(c.username()))) return true;
        if (personId != null && links.callerPersonId().filter(personId::equals).isPresent()) return true;
        if (c.grants().stream().anyMatch(g -> g.unitId() == unitId && g.role() == Role.LEADER)) return true;
        return units.parentId(unitId, units.today()).map(access::canSee).orElse(false);
    }

    boolean isThePerson(EvaluationView e) {
        return links.callerPersonId().filter(p -> p == e.personId()).isPresent();
    }

    /** The person of the unit the caller's login is linked to, if they hold a position there. */
    Optional<Long> ownPerson(long unitId) {
        return links.callerPersonId().filter(p -> people.inUnit(unitId).stream().anyMatch(x -> x.id().equals(p)));
    }

    Caller visible(long unitId) {
        access.requireVisible(unitId);
        return access.requireCaller();
    }

    boolean canSee(long unitId) {
        return access.canSee(unitId);
    }

    String username() {
        return access.requireCaller().username();
    }
}
