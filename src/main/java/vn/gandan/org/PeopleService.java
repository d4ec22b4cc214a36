package vn.gandan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** People and their positions in units. */
@Service
@Transactional
public class PeopleService {

    private final PersonRepository people;

    PeopleService(PersonRepository people) {
        this.people = people;
    }

    /** Everyone who holds or held a position in the unit, current first. */
    @Transactional(readOnly = true)
    public List<PersonView> inUnit(long unitId) {
        return people.findByUnitIdOrderByValidFromDesc(unitId).stream().map(Person::view)
                .sorted(java.util.Comparator.comparing((PersonView p) -> p.validTo() != null)).toList();
    }

    public PersonView add(long unitId, String fullName, String position, String email, String phone, LocalDate from) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blankOrLong(fullName, 200)) {
            problems.add(FieldProblem.of("fullName", "org.person.name.invalid"));
        }
        if (blankOrLong(position, 200)) {
            problems.add(FieldProblem.of("position", "org.person.position.invalid"));
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(FieldProblem.of("email", "org.person.email.invalid"));
        }
        if (from == null) {
            problems.add(FieldProblem.of("validFrom", "org.unit.validFrom.required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        return people.save(new Person(unitId, fullName, position, email, phone, from)).view();
    }

    public void leave(long personId, long unitId, LocalDate lastDay) {
        Person p = people.findById(personId).filter(x -> x.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("person", personId));
        p.leave(lastDay);
    }

    private static boolean blankOrLong(String s, int max) {
        String c = Texts.clean(s);
        return c == null || c.isEmpty() || c.length() > max || c.contains("<") || c.contains(">");
    }
}
