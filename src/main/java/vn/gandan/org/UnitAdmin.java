package vn.gandan.org;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** Changes to the tree: create units, move them with a date, dissolve them. */
@Service
@Transactional
public class UnitAdmin {

    private final UnitRepository units;
    private final UnitLinkRepository links;
    private final UnitService tree;

    UnitAdmin(UnitRepository units, UnitLinkRepository links, UnitService tree) {
        this.units = units;
        this.links = links;
        this.tree = tree;
    }

    /** A new unit under {@code parentId} (null for a root) from {@code validFrom}. */
    public UnitView create(NewUnit n) {
        if (units.findByCode(n.code()).isPresent()) {
            throw ProblemException.conflict("org.unit.code.taken", n.code());
        }
        Unit unit = units.save(new Unit(n.code(), n.name(), n.shortName(), n.kind(), n.schoolLevel(), n.place(),
                n.validFrom()));
        if (n.parentId() != null) {
            units.findById(n.parentId()).orElseThrow(() -> new NotFoundException("unit", n.parentId()));
            links.save(new UnitLink(unit.id(), n.parentId(), n.validFrom(), null));
        }
        return unit.view(n.parentId());
    }

    /** From {@code day} on, the unit is under {@code newParentId}; the tree before that day is unchanged. */
    public void move(long unitId, long newParentId, LocalDate day) {
        units.findById(newParentId).orElseThrow(() -> new NotFoundException("unit", newParentId));
        if (tree.isWithin(newParentId, unitId, day)) {
            throw ProblemException.conflict("org.unit.move.cycle");
        }
        for (UnitLink link : links.findByUnitIdOrderByValidFrom(unitId)) {
            if (link.validOn(day)) {
                if (link.validFrom().equals(day)) {
                    links.delete(link);
                } else {
                    link.endBefore(day);
                }
            }
        }
        links.save(new UnitLink(unitId, newParentId, day, null));
    }

    /** The unit and its current parent link end on {@code lastDay}. */
    public void dissolve(long unitId, LocalDate lastDay) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        unit.dissolve(lastDay);
        links.findByUnitIdOrderByValidFrom(unitId).stream().filter(l -> l.validOn(lastDay))
                .forEach(l -> l.endBefore(lastDay.plusDays(1)));
    }

    /** What is needed to create a unit. */
    public record NewUnit(String code, String name, String shortName, UnitKind kind, SchoolLevel schoolLevel,
                          String place, Long parentId, LocalDate validFrom) {
    }
}
