package vn.gandan.signing;

import java.time.OffsetDateTime;

/** A unit's signing certificate as shown (never the key): who it names, who issued it, its validity and origin. */
public record CertificateView(long unitId, String subject, String issuer, String serial, OffsetDateTime notBefore,
                              OffsetDateTime notAfter, String sha256, String origin, String createdBy,
                              OffsetDateTime createdAt) {
}
