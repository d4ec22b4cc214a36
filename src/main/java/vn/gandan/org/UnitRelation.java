package vn.gandan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A non-tree relation between two units for a period. */
@Entity
@Table(name = "org_unit_relation")
class UnitRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private Long otherId;
    @Enumerated(EnumType.STRING)
    private RelationKind kind;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected UnitRelation() {
    }

    UnitRelation(Long unitId, Long otherId, RelationKind kind, LocalDate validFrom) {
        this.unitId = unitId;
        this.otherId = otherId;
        this.kind = kind;
        this.validFrom = validFrom;
    }

    /** A relation still running on {@code lastDay} ends then (both sides' history stays). */
    void endOn(LocalDate lastDay) {
        if (!validFrom.isAfter(lastDay) && (validTo == null || validTo.isAfter(lastDay))) {
            validTo = lastDay;
        }
    }

    RelationView view() {
        return new RelationView(unitId, otherId, kind, validFrom, validTo);
    }

    /** A relation as pages and other modules see it. */
    public record RelationView(Long unitId, Long otherId, RelationKind kind, LocalDate validFrom, LocalDate validTo) {
    }
}
