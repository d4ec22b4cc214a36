package vn.gandan.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gandan.shared.ProblemException;

/** A unit's report for a form and period; guards its own transitions. */
@Entity
@Table(name = "report_submission")
class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private Long formId;
    private String period;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;
    private boolean consolidated;
    private LocalDate dueDate;
    private LocalDate lockDate;
    private OffsetDateTime submittedAt;
    private Boolean onTime;
    private String returnReason;
    private int revision;
    private String createdBy;
    @Version
    private long version;

    protected Submission() {
    }

    Submission(Long unitId, Long formId, String period, boolean consolidated, LocalDate dueDate, LocalDate lockDate,
               String createdBy) {
        this.unitId = unitId;
        this.formId = formId;
        this.period = period;
        this.consolidated = consolidated;
        this.dueDate = dueDate;
        this.lockDate = lockDate;
        this.createdBy = createdBy;
        this.status = SubmissionStatus.DRAFT;
    }

    boolean editable() {
        return status == SubmissionStatus.DRAFT || status == SubmissionStatus.RETURNED;
    }

    void requireEditable() {
        if (!editable()) {
            throw ProblemException.conflict("reporting.submission.notEditable", status.name());
        }
    }

    /**
     * Sends the report. Late (after the due date) is kept and flagged; after the lock date only with an
     * exception granted by the receiver.
     */
    void submit(OffsetDateTime now, LocalDate today, boolean lockException) {
        requireEditable();
        if (today.isAfter(lockDate) && !lockException) {
            throw ProblemException.conflict("reporting.submission.locked", lockDate);
        }
        status = SubmissionStatus.SUBMITTED;
        submittedAt = now;
        onTime = !today.isAfter(dueDate);
        returnReason = null;
        revision++;
    }

    void accept() {
        if (status != SubmissionStatus.SUBMITTED) {
            throw ProblemException.conflict("reporting.submission.notSubmitted", status.name());
        }
        status = SubmissionStatus.ACCEPTED;
    }

    void returnWith(String reason) {
        if (!status.counted()) {
            throw ProblemException.conflict("reporting.submission.notSubmitted", status.name());
        }
        status = SubmissionStatus.RETURNED;
        returnReason = reason;
    }

    Long id() {
        return id;
    }

    Long unitId() {
        return unitId;
    }

    Long formId() {
        return formId;
    }

    String period() {
        return period;
    }

    SubmissionStatus status() {
        return status;
    }

    boolean consolidated() {
        return consolidated;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    LocalDate lockDate() {
        return lockDate;
    }

    OffsetDateTime submittedAt() {
        return submittedAt;
    }

    Boolean onTime() {
        return onTime;
    }

    String returnReason() {
        return returnReason;
    }

    int revision() {
        return revision;
    }
}
