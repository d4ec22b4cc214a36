package vn.gandan.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.ProblemException;

/** API keys for partner apps posting through Open311: issued by a system administrator, stored as hashes only. */
@Service
@Transactional
class Open311Keys {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    Open311Keys(JdbcClient jdbc, AccessService access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    String issue(String name) {
        if (!access.isSystemAdmin()) {
            throw ProblemException.forbidden("access.roleMissing", "SYSTEM_ADMIN");
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String cleaned = vn.gandan.shared.Texts.clean(name); // NFC, no hidden characters (hostile input)
        String label = cleaned == null || cleaned.isBlank() ? "open311" : cleaned;
        long id = jdbc.sql("insert into open311_key(key_hash, name, created_by) values (:h, :n, :u) returning id")
                .param("h", hash(key)).param("n", label.length() > 200 ? label.substring(0, 200) : label)
                .param("u", access.caller().map(c -> c.username()).orElse(null)).query(Long.class).single();
        audit.record("CREATE", "Open311Key", id, null, Map.of("name", label));
        return key;
    }

    boolean valid(String key) {
        return key != null && !key.isBlank() && jdbc.sql("select count(*) from open311_key where key_hash = :h")
                .param("h", hash(key.strip())).query(Integer.class).single() > 0;
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
