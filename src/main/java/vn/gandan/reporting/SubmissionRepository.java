package vn.gandan.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByUnitIdAndFormIdAndPeriod(Long unitId, Long formId, String period);

    List<Submission> findByFormIdAndPeriodAndUnitIdIn(Long formId, String period, Collection<Long> unitIds);

    List<Submission> findByFormIdAndUnitIdInAndPeriodIn(Long formId, Collection<Long> unitIds, Collection<String> periods);
}
