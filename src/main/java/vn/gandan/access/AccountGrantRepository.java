package vn.gandan.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountGrantRepository extends JpaRepository<AccountGrant, Long> {

    List<AccountGrant> findByAccountId(Long accountId);

    List<AccountGrant> findByUnitId(Long unitId);
}
