package vn.gandan.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitLinkRepository extends JpaRepository<UnitLink, Long> {

    List<UnitLink> findByUnitIdOrderByValidFrom(Long unitId);
}
