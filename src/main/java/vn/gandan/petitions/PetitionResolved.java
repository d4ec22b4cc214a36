package vn.gandan.petitions;

import java.time.LocalDate;

/** A case was decided (quyết định / kết luận), on time or late. */
public record PetitionResolved(long petitionId, long unitId, PetitionKind kind, LocalDate resolvedOn, boolean onTime) {
}
