package vn.gandan.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units' keys in {@code signing_unit_key}: the certificate chain in clear (it is public), the private key
 * (PKCS#8) sealed by {@link SigningKeys}. One current key per unit; a new one replaces it, the old certificate is
 * kept in {@code signing_known_certificate} so documents it signed still verify as the unit's.
 */
@Component
class UnitKeyStore {

    private final JdbcClient jdbc;
    private final SigningKeys keys;

    UnitKeyStore(JdbcClient jdbc, SigningKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    void save(UnitKey k, String origin, String by) {
        X509Certificate c = k.certificate();
        jdbc.sql("delete from signing_unit_key where unit_id = :u").param("u", k.unitId()).update();
        jdbc.sql("""
                        insert into signing_unit_key (unit_id, key_algorithm, sealed_key, chain, subject, issuer, serial,
                          not_before, not_after, sha256, origin, created_by)
                        values (:u, :alg, :key, :chain, :sub, :iss, :ser, :nb, :na, :fp, :origin, :by)""")
                .param("u", k.unitId()).param("alg", k.privateKey().getAlgorithm())
                .param("key", keys.seal(k.privateKey().getEncoded())).param("chain", encode(k.chain()))
                .param("sub", CertificateFactoryOfUnits.name(c.getSubjectX500Principal())).param("iss", CertificateFactoryOfUnits.name(c.getIssuerX500Principal()))
                .param("ser", c.getSerialNumber().toString(16)).param("nb", time(c.getNotBefore()))
                .param("na", time(c.getNotAfter())).param("fp", sha256(c)).param("origin", origin).param("by", by)
                .update();
        jdbc.sql("""
                        insert into signing_known_certificate (sha256, unit_id, subject) values (:fp, :u, :sub)
                        on conflict (sha256) do nothing""")
                .param("fp", sha256(c)).param("u", k.unitId()).param("sub", CertificateFactoryOfUnits.name(c.getSubjectX500Principal()))
                .update();
    }

    Optional<CertificateView> view(long unitId) {
        return jdbc.sql("""
                        select unit_id, subject, issuer, serial, not_before, not_after, sha256, origin, created_by, created_at
                        from signing_unit_key where unit_id = :u""").param("u", unitId)
                .query(CertificateView.class).optional();
    }

    Optional<UnitKey> open(long unitId) {
        return jdbc.sql("select key_algorithm, sealed_key, chain from signing_unit_key where unit_id = :u")
                .param("u", unitId).query((rs, i) -> unitKey(unitId, rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .optional();
    }

    /** The unit whose certificate (current or former) this is. */
    Optional<Long> unitOf(X509Certificate c) {
        return jdbc.sql("select unit_id from signing_known_certificate where sha256 = :fp").param("fp", sha256(c))
                .query(Long.class).optional();
    }

    private UnitKey unitKey(long unitId, String alg, byte[] sealed, byte[] chain) {
        try {
            var key = KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(keys.open(sealed)));
            return new UnitKey(unitId, key, decode(chain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing: cannot read the unit's key", e);
        }
    }

    static String sha256(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(java.util.Date d) {
        return d.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static byte[] encode(List<X509Certificate> chain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (X509Certificate c : chain) {
                byte[] der = c.getEncoded();
                out.write(ByteBuffer.allocate(4).putInt(der.length).array());
                out.write(der);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static List<X509Certificate> decode(byte[] bytes) throws GeneralSecurityException {
        List<X509Certificate> chain = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CertificateFactory f = CertificateFactory.getInstance("X.509");
        while (in.remaining() > 4) {
            byte[] der = new byte[in.getInt()];
            in.get(der);
            chain.add((X509Certificate) f.generateCertificate(new ByteArrayInputStream(der)));
        }
        return chain;
    }
}
