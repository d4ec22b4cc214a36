package vn.gandan.petitions;

import java.time.LocalDate;

/** Which deadline a case waits for now and whether it is overdue or due within the week. */
final class CaseDue {

    static final int SOON_DAYS = 7;

    private CaseDue() {
    }

    /** The intake deadline while received, the resolution deadline while in progress; null otherwise. */
    static LocalDate current(PetitionView p) {
        if (p.status() == PetitionStatus.RECEIVED) {
            return p.intakeDue();
        }
        return PetitionStatus.IN_PROGRESS.contains(p.status()) ? p.resolutionDue() : null;
    }

    static boolean overdue(PetitionView p, LocalDate today) {
        LocalDate due = current(p);
        return due != null && due.isBefore(today);
    }

    static boolean dueSoon(PetitionView p, LocalDate today) {
        LocalDate due = current(p);
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(SOON_DAYS));
    }
}
