package vn.gandan.signing;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Making a unit's key: a new self-signed unit certificate, or the key and chain read from an uploaded PKCS#12. */
final class CertificateFactoryOfUnits {

    private CertificateFactoryOfUnits() {
    }

    /** A 3072-bit RSA key and a self-signed certificate naming the unit, valid for {@code years} years from now. */
    static UnitKey selfSigned(long unitId, String unitName, Instant now, int years) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(3072, new SecureRandom());
            KeyPair pair = g.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, unitName)
                    .addRDN(BCStyle.CN, unitName).addRDN(BCStyle.SERIALNUMBER, "UNIT-" + unitId).build();
            var b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()).abs(),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365L * years, ChronoUnit.DAYS)), name,
                    pair.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new UnitKey(unitId, pair.getPrivate(), List.of(cert));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("signing: cannot make a unit certificate", e);
        }
    }

    /**
     * The first key entry of a PKCS#12 file with its chain.
     * @throws GeneralSecurityException when the file is not PKCS#12, the password is wrong or it holds no key
     */
    static UnitKey fromPkcs12(long unitId, byte[] p12, char[] password) throws GeneralSecurityException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(p12), password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias) && ks.getKey(alias, password) instanceof PrivateKey key) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : ks.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return new UnitKey(unitId, key, List.copyOf(chain));
                }
            }
            throw new GeneralSecurityException("no private key in the file");
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("not a readable PKCS#12 file", e);
        }
    }

    /** A distinguished name as people read it: "C=VN,O=…,CN=…,SERIALNUMBER=UNIT-3" (BouncyCastle's style). */
    static String name(javax.security.auth.x500.X500Principal p) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(BCStyle.INSTANCE, p.getEncoded()).toString();
    }
}
