package vn.gandan.access;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findFirstByEmailIgnoreCase(String email);

    Optional<Account> findByPersonId(Long personId);
}
