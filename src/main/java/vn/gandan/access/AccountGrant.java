package vn.gandan.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** "Account has role on unit (and its subtree)" for a period. */
@Entity
@Table(name = "access_grant")
class AccountGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean subtree;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected AccountGrant() {
    }

    AccountGrant(Long accountId, Long unitId, Role role, boolean subtree, LocalDate validFrom) {
        this.accountId = accountId;
        this.unitId = unitId;
        this.role = role;
        this.subtree = subtree;
        this.validFrom = validFrom;
    }

    boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            // never valid: keep validTo >= validFrom - 1 so the period reads as empty
            this.validFrom = lastDay.plusDays(1);
        }
        this.validTo = lastDay;
    }

    /** Opens an ended grant again from {@code from}, with the given reach. */
    void reopen(boolean subtree, LocalDate from) {
        this.subtree = subtree;
        this.validFrom = from;
        this.validTo = null;
    }

    Caller.Grant view() {
        return new Caller.Grant(unitId, role, subtree);
    }

    Long id() {
        return id;
    }

    Long accountId() {
        return accountId;
    }

    Long unitId() {
        return unitId;
    }

    Role role() {
        return role;
    }

    boolean subtree() {
        return subtree;
    }

    LocalDate validTo() {
        return validTo;
    }
}
