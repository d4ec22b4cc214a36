package vn.gandan.legal;

import java.time.LocalDate;

/** A registry entry as other modules and the API see it. */
public record LegalDocumentView(long id, String docType, String numberSymbol, LocalDate date, String issuer,
                                String title, LocalDate effectiveFrom, LocalDate effectiveTo) {
}
