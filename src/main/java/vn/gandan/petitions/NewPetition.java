package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * An item to register, as the API body and the register form send it (enums as text so a wrong value is a
 * field error, not a malformed request). Optional: other kinds it also holds, the complaint's objective-obstacle
 * days (B1) and disciplinary nature (B7), a denunciation's multi-site checks (C1) and, for an anonymous one, whether
 * it names a violator with concrete evidence (C5).
 */
record NewPetition(Long unitId, String kind, List<String> kinds, LocalDate receivedOn, String channel, String content,
                   Petitioner petitioner, LocalDate knowledgeOn, Boolean disciplinary, Integer obstacleDays,
                   Boolean multiSite, Boolean namesViolator, Boolean hasEvidence, Integer instance) {
}
