package vn.gandan.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A unit's signing key with its certificate chain (signer first), opened for one signature. */
record UnitKey(long unitId, PrivateKey privateKey, List<X509Certificate> chain) {

    X509Certificate certificate() {
        return chain.get(0);
    }
}
