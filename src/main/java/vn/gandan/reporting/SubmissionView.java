package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A report as the API and other modules see it. */
public record SubmissionView(Long id, Long unitId, String formCode, String period, SubmissionStatus status,
                             boolean consolidated, LocalDate dueDate, LocalDate lockDate, OffsetDateTime submittedAt,
                             Boolean onTime, String returnReason, int revision, Map<String, BigDecimal> values,
                             Map<String, String> sections) {
}
