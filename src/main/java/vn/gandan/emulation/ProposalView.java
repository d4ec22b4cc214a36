package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal for commendation: who proposes ({@code unitId}), where it now lies ({@code atUnitId}), the nominee
 * (collective or individual), the achievements, the form asked for, its status and the history of its statuses.
 */
public record ProposalView(long id, long movementId, long unitId, String unitName, long atUnitId, String atUnitName,
                           String nomineeKind, String nomineeName, long nomineeUnitId, String position,
                           String achievements, String form, Long modelId, String status, LocalDate proposedOn,
                           Long decisionId, String decisionNumber, List<Step> steps) {

    /** One status with its day, who set it, at which unit and the note (the reason when not selected). */
    public record Step(String status, LocalDate on, String by, long atUnitId, String note) {
    }
}
