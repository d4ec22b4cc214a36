package vn.gandan.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRelationRepository extends JpaRepository<UnitRelation, Long> {

    @Query("select r from UnitRelation r where r.unitId = :id or r.otherId = :id")
    List<UnitRelation> involving(Long id);
}
