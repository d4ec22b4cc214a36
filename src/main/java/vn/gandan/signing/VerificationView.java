package vn.gandan.signing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the signatures of an uploaded PDF prove. {@code signed} false: the file has no signature. Per signature:
 * whether the signed bytes are intact, whether the signature covers the whole file (false: changed after signing),
 * the signer's certificate, the claimed signing time, whether it is a PAdES B-B signature, and whether the
 * certificate is one of the units' known certificates ({@code trustedUnitId}).
 */
public record VerificationView(boolean signed, boolean valid, List<Signature> signatures) {

    public record Signature(String signerName, String subject, String issuer, String serial,
                            OffsetDateTime signingTime, String subFilter, boolean intact, boolean coversWholeDocument,
                            boolean pades, boolean trusted, Long trustedUnitId, String trustedUnitName,
                            String reason) {

        public boolean valid() {
            return intact && coversWholeDocument && trusted;
        }
    }
}
