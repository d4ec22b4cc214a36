package vn.gandan.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that seals the units' private keys (AES-256-GCM), never stored in the database: from
 * {@code GANDAN_SIGNING_KEY} (base64) or the key file {@code app.signing.key-file}, created with a new random key,
 * readable by the owner only (0600), when missing — as petitions keeps its identity keys.
 */
@Component
class SigningKeys {

    private static final int IV = 12;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SigningKeys(@Value("${GANDAN_SIGNING_KEY:}") String env,
                @Value("${app.signing.key-file:./data/signing.key}") String file) {
        String text = env.isBlank() ? readOrCreate(Path.of(file)) : env;
        byte[] raw = Base64.getDecoder().decode(text.strip());
        if (raw.length != 32) {
            throw new IllegalStateException("signing: the sealing key must be 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] seal(byte[] plain) {
        try {
            byte[] iv = new byte[IV];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] body = c.doFinal(plain);
            return ByteBuffer.allocate(IV + body.length).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing: cannot seal the key", e);
        }
    }

    byte[] open(byte[] sealed) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV));
            return c.doFinal(sealed, IV, sealed.length - IV);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing: cannot open the sealed key (wrong sealing key?)", e);
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            String text = Base64.getEncoder().encodeToString(raw) + "\n";
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
