package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.List;

/**
 * A "Dân vận khéo" model or exemplar as pages and the API see it: who registered it with whom, its field, the ten
 * registration fields, its status and, once recognised, the award and decision; {@code originalModelId} links an
 * adopted copy to the original.
 */
public record ModelView(long id, long unitId, String unitName, long registeredWithUnitId, String registeredWithName,
                        String kind, String holderKind, String holderName, boolean partyMember, Field field,
                        String name, String place, LocalDate registeredOn, Registration registration,
                        ModelStatus status, Boolean evaluationPassed, String award, String awardLevel, String decision,
                        LocalDate recognisedOn, Long originalModelId, List<Step> steps) {

    /** One dated step of the timeline with its approver. */
    public record Step(ModelStatus step, LocalDate on, String approver, String approverUnit, String note) {
    }
}
