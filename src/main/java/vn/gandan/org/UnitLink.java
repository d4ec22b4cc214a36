package vn.gandan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** "Unit is under parent from validFrom to validTo (inclusive)". A move closes one link and opens the next. */
@Entity
@Table(name = "org_unit_link")
class UnitLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private Long parentId;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected UnitLink() {
    }

    UnitLink(Long unitId, Long parentId, LocalDate validFrom, LocalDate validTo) {
        this.unitId = unitId;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Ends the link the day before {@code day}. */
    void endBefore(LocalDate day) {
        this.validTo = day.minusDays(1);
    }

    Long unitId() {
        return unitId;
    }

    Long parentId() {
        return parentId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
