package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the API and other modules see it. {@code petitioner} is masked ("***") for a denunciation unless the
 * reader is its handler or resolver ({@code identityVisible}); {@code deadlines} carry their legal basis.
 */
public record PetitionView(long id, String code, int registerNo, long unitId, PetitionKind kind, List<PetitionKind> kinds,
                           PetitionStatus status, String channel, LocalDate receivedOn, LocalDate knowledgeOn,
                           LocalDate intakeDue, LocalDate acceptedOn, String complexity, boolean remoteArea,
                           LocalDate resolutionDue, LocalDate noticeDue, int extensions, int suspendedDays,
                           LocalDate suspendedOn, LocalDate resolvedOn, String result, String reason, String handler,
                           Long duplicateOf, Long forwardedTo, String routedFrom, boolean anonymous, String content,
                           Petitioner petitioner, boolean identityVisible, Boolean onTime, List<Deadline> deadlines,
                           List<Step> timeline) {

    /** One step of the case's timeline. */
    public record Step(LocalDate on, String step, String note, String actor) {
    }
}
