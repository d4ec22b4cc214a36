package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.List;

/** A commendation decision of a unit in a movement, with the commended units and persons it lists. */
public record DecisionView(long id, long movementId, String movementName, long unitId, String unitName,
                           String numberSymbol, LocalDate signedOn, String signerName, String signerTitle,
                           String authority, String reason, List<ProposalView> commended) {
}
