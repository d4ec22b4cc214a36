package vn.gandan.org;

import java.time.LocalDate;

/** A person in a position, as pages and other modules (signers of documents, dialogue hosts) see them. */
public record PersonView(Long id, Long unitId, String fullName, String position, String email, String phone,
                         LocalDate validFrom, LocalDate validTo) {
}
