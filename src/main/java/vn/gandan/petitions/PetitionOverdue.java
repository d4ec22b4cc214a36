package vn.gandan.petitions;

import java.time.LocalDate;

/**
 * A case passed its deadline (stage {@code INTAKE}: xử lý đơn; {@code RESOLUTION}: giải quyết) and is escalated:
 * published once per case, stage and deadline. Carries no identity of the citizen (rules.md C6), only the case's
 * tracking code and register number; {@code parentUnitId} is the unit above on the day (null for a root unit).
 */
public record PetitionOverdue(long petitionId, long unitId, Long parentUnitId, String code, int registerNo,
                              String stage, LocalDate due, String handler) {
}
