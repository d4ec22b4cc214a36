package vn.gandan.petitions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.shared.Texts;

/**
 * Identity fields encrypted at rest with AES-256-GCM (rules.md C6). The keys live outside the database
 * ({@link IdentityKeys}); each ciphertext starts with the version of the key that sealed it, so old rows stay
 * readable after a rotation until they are re-encrypted. Duplicate detection uses a keyed hash, never plaintext.
 */
@Component
class IdentityCipher {

    private static final int IV = 12;
    private static final int TAG_BITS = 128;

    /**
     * One AES/GCM cipher per thread for opening (a register opens every row's identity: {@code Cipher.getInstance}
     * looked the provider up for each row); it is initialised with the row's key and IV before every use, so nothing
     * carries over from one row to the next. Sealing keeps a fresh instance (rare; a new IV each time).
     */
    private static final ThreadLocal<Cipher> OPENING = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final IdentityKeys keys;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    IdentityCipher(IdentityKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    byte[] seal(Petitioner p) {
        if (p == null || p.blank() && p.address() == null && p.phone() == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV];
            random.nextBytes(iv);
            int version = keys.currentVersion();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.key(version), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] body = c.doFinal(json.writeValueAsBytes(p));
            return ByteBuffer.allocate(1 + IV + body.length).put((byte) version).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt identity", e);
        }
    }

    Petitioner open(byte[] sealed) {
        if (sealed == null) {
            return new Petitioner(null, null, null, null);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(sealed);
            int version = in.get();
            byte[] iv = new byte[IV];
            in.get(iv);
            byte[] body = new byte[in.remaining()];
            in.get(body);
            Cipher c = OPENING.get();
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.key(version), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return read(c.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt identity", e);
        }
    }

    /**
     * The identity's JSON as {@link #seal} wrote it — one object of the four fields, each a string or null — read field
     * by field (session 18: the mapper's record creator built an argument spreader for every row of a register, 1 % of
     * the request threads' CPU). Anything else (another field, another kind of value, trailing text, malformed JSON) is
     * left to the mapper, as before, which answers it or fails as it did.
     */
    Petitioner read(byte[] body) {
        String name = null;
        String address = null;
        String phone = null;
        String idNumber = null;
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return json.readValue(body, Petitioner.class);
            }
            for (String field = p.nextName(); field != null; field = p.nextName()) {
                JsonToken value = p.nextToken();
                if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    return json.readValue(body, Petitioner.class);
                }
                String text = value == JsonToken.VALUE_STRING ? p.getString() : null;
                switch (field) {
                    case "name" -> name = text;
                    case "address" -> address = text;
                    case "phone" -> phone = text;
                    case "idNumber" -> idNumber = text;
                    default -> {
                        return json.readValue(body, Petitioner.class);
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return json.readValue(body, Petitioner.class);
            }
        } catch (JacksonException e) {
            return json.readValue(body, Petitioner.class);
        }
        return new Petitioner(name, address, phone, idNumber);
    }

    /**
     * The identity, or empty when the configured keys cannot open it (a key file lost or replaced without
     * re-keying): logged with the record's id and no secret, so a register still lists its cases.
     */
    Optional<Petitioner> tryOpen(byte[] sealed, long recordId) {
        try {
            return Optional.of(open(sealed));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(IdentityCipher.class).warn("identity of petition {} cannot be decrypted with the "
                    + "configured keys (app.petitions.key-file): {}", recordId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    int currentVersion() {
        return keys.currentVersion();
    }

    /** Whether the row was sealed with an older key (re-encrypt it after a rotation). */
    boolean stale(byte[] sealed) {
        return sealed != null && sealed[0] != keys.currentVersion();
    }

    /** A keyed hash of the person (folded name + ID number): equal for the same person, useless without the key. */
    String tag(Petitioner p) {
        if (p == null || p.blank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(keys.currentVersion()), "HmacSHA256"));
            String who = Texts.fold(p.name()) + "|" + (p.idNumber() == null ? "" : p.idNumber().strip());
            return HexFormat.of().formatHex(mac.doFinal(who.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash identity", e);
        }
    }
}
