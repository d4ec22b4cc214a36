package vn.gandan.petitions;

import java.time.LocalDate;

/** An item was registered (no identity travels in events). */
public record PetitionReceived(long petitionId, long unitId, PetitionKind kind, LocalDate receivedOn, boolean fromPublic) {
}
