package vn.gandan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Changes to the tree: create and edit units, move them with a date, dissolve them, relate them. */
@Service
@Transactional
public class UnitAdmin {

    static final int MAX_NAME = 300;
    static final int MAX_SHORT = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    private static final Pattern MARKUP = Pattern.compile("[<>]");
    private static final Pattern PHONE = Pattern.compile("[0-9+(). -]{3,50}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private final UnitRepository units;
    private final UnitLinkRepository links;
    private final UnitService tree;
    private final UnitRelationRepository relations;

    UnitAdmin(UnitRepository units, UnitLinkRepository links, UnitService tree, UnitRelationRepository relations) {
        this.units = units;
        this.links = links;
        this.tree = tree;
        this.relations = relations;
    }

    /** A new unit under {@code parentId} (null for a root) from {@code validFrom}; 422 lists every problem. */
    public UnitView create(NewUnit n) {
        return create(n, Contact.NONE);
    }

    /** As {@link #create(NewUnit)}, with address, phone and e-mail checked and stored in the same transaction. */
    public UnitView create(NewUnit n, Contact contact) {
        List<FieldProblem> problems = new ArrayList<>(check(n.name(), n.shortName(), n.place()));
        problems.addAll(checkContact(contact.address(), contact.phone(), contact.email()));
        String code = Texts.clean(n.code());
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "org.unit.code.invalid"));
        } else if (units.findByCode(code).isPresent()) {
            problems.add(FieldProblem.of("code", "org.unit.code.taken", code));
        }
        if (n.kind() == null) {
            problems.add(FieldProblem.of("kind", "org.unit.kind.required"));
        }
        if (n.validFrom() == null) {
            problems.add(FieldProblem.of("validFrom", "org.unit.validFrom.required"));
        }
        if (n.parentId() != null && n.validFrom() != null) {
            problems.addAll(checkParent(n.parentId(), n.validFrom()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        Unit unit = new Unit(code, n.name(), n.shortName(), n.kind(), n.schoolLevel(), n.place(), n.validFrom());
        unit.contact(contact.address(), contact.phone(), contact.email());
        unit = units.save(unit);
        if (n.parentId() != null) {
            links.save(new UnitLink(unit.id(), n.parentId(), n.validFrom(), null));
        }
        return unit.view(n.parentId());
    }

    /** Changes names, place and contact; the place in the tree changes only through {@link #move}. */
    public void update(long unitId, UnitEdit e) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        List<FieldProblem> problems = new ArrayList<>(check(e.name(), e.shortName(), e.place()));
        problems.addAll(checkContact(e.address(), e.phone(), e.email()));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        unit.rename(e.name(), e.shortName(), e.place());
        unit.contact(e.address(), e.phone(), e.email());
    }

    /** Sets the cơ quan chủ quản printed above the unit's name on its documents (blank: the parent's name). */
    public void setGoverningBody(long unitId, String governingBody) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        String g = Texts.clean(governingBody);
        if (g != null && (g.length() > 300 || g.contains("<") || g.contains(">"))) {
            throw ProblemException.invalid("error.validation",
                    List.of(FieldProblem.of("governingBody", "org.unit.governingBody.tooLong")));
        }
        unit.governingBody(g);
    }

    /** From {@code day} on, the unit is under {@code newParentId}; the tree before that day is unchanged. */
    public void move(long unitId, long newParentId, LocalDate day) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!unit.view(null).validOn(day)) {
            throw ProblemException.invalid("error.validation", List.of(FieldProblem.of("day", "org.unit.move.outside", day)));
        }
        List<FieldProblem> problems = checkParent(newParentId, day);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        if (tree.isWithin(newParentId, unitId, day)) {
            throw ProblemException.invalid("error.validation",
                    List.of(FieldProblem.of("parentId", "org.unit.move.cycle")));
        }
        for (UnitLink link : links.findByUnitIdOrderByValidFrom(unitId)) {
            if (!link.validFrom().isBefore(day)) {
                links.delete(link); // a later move is replaced by this one
            } else if (link.validOn(day)) {
                link.endBefore(day);
            }
        }
        links.save(new UnitLink(unitId, newParentId, day, null));
    }

    /** The unit and its parent link end on {@code lastDay}; its history stays readable. */
    public void dissolve(long unitId, LocalDate lastDay) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (lastDay.isBefore(unit.validFrom())) {
            throw ProblemException.invalid("error.validation",
                    List.of(FieldProblem.of("validTo", "org.unit.validTo.beforeFrom")));
        }
        unit.dissolve(lastDay);
        links.findByUnitIdOrderByValidFrom(unitId).stream().filter(l -> l.validOn(lastDay))
                .forEach(l -> l.endBefore(lastDay.plusDays(1)));
        relations.involving(unitId).forEach(r -> r.endOn(lastDay));
    }

    /** Records a non-tree relation (e.g. coordination) from {@code from} on. */
    public void relate(long unitId, long otherId, RelationKind kind, LocalDate from) {
        if (unitId == otherId) {
            throw ProblemException.invalid("error.validation", List.of(FieldProblem.of("otherId", "org.relation.self")));
        }
        for (long id : new long[] {unitId, otherId}) {
            if (!units.existsById(id)) {
                throw new NotFoundException("unit", id);
            }
        }
        relations.save(new UnitRelation(unitId, otherId, kind, from));
    }

    private List<FieldProblem> checkParent(long parentId, LocalDate day) {
        Unit parent = units.findById(parentId).orElse(null);
        if (parent == null) {
            return List.of(FieldProblem.of("parentId", "org.unit.parent.unknown"));
        }
        if (!parent.view(null).validOn(day)) {
            return List.of(FieldProblem.of("parentId", "org.unit.parent.notValid", day));
        }
        return List.of();
    }

    static List<FieldProblem> check(String name, String shortName, String place) {
        List<FieldProblem> problems = new ArrayList<>();
        String n = Texts.clean(name);
        if (n == null || n.isEmpty()) {
            problems.add(FieldProblem.of("name", "org.unit.name.required"));
        } else if (n.length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "org.unit.name.tooLong", MAX_NAME));
        } else if (MARKUP.matcher(n).find()) {
            problems.add(FieldProblem.of("name", "org.unit.markup"));
        }
        String s = Texts.clean(shortName);
        if (s != null && s.length() > MAX_SHORT) {
            problems.add(FieldProblem.of("shortName", "org.unit.shortName.tooLong", MAX_SHORT));
        } else if (s != null && MARKUP.matcher(s).find()) {
            problems.add(FieldProblem.of("shortName", "org.unit.markup"));
        }
        String p = Texts.clean(place);
        if (p != null && (p.length() > 100 || MARKUP.matcher(p).find())) {
            problems.add(FieldProblem.of("place", "org.unit.place.invalid"));
        }
        return problems;
    }

    static List<FieldProblem> checkContact(String address, String phone, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String a = Texts.clean(address);
        if (a != null && (a.length() > 300 || MARKUP.matcher(a).find())) {
            problems.add(FieldProblem.of("address", "org.unit.address.invalid"));
        }
        String p = Texts.clean(phone);
        if (p != null && !p.isEmpty() && !PHONE.matcher(p).matches()) {
            problems.add(FieldProblem.of("phone", "org.unit.phone.invalid"));
        }
        String m = Texts.clean(email);
        if (m != null && !m.isEmpty() && (m.length() > 200 || !EMAIL.matcher(m).matches())) {
            problems.add(FieldProblem.of("email", "org.unit.email.invalid"));
        }
        return problems;
    }

    /** Address, phone and e-mail of a unit (each optional). */
    public record Contact(String address, String phone, String email) {
        static final Contact NONE = new Contact(null, null, null);
    }

    /** What is needed to create a unit. */
    public record NewUnit(String code, String name, String shortName, UnitKind kind, SchoolLevel schoolLevel,
                          String place, Long parentId, LocalDate validFrom) {
    }

    /** The editable attributes of a unit. */
    public record UnitEdit(String name, String shortName, String place, String address, String phone, String email) {
    }
}
