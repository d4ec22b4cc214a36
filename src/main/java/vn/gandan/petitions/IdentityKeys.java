package vn.gandan.petitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The identity keys, never stored in the database: from {@code GANDAN_PETITIONS_KEYS} ("1:base64,2:base64") or
 * the key file {@code app.petitions.key-file} (one "version:base64" line per key; created with one new key,
 * readable by the owner only, when missing). The highest version encrypts; all versions decrypt. Rotation:
 * add a line with the next version, restart, run {@code java -jar gandan.jar rekey} ({@link IdentityRekeyCommand}),
 * then remove the old line (docs/petitions.md "Key rotation").
 */
@Component
class IdentityKeys {

    private final Map<Integer, byte[]> keys = new TreeMap<>();

    IdentityKeys(@Value("${GANDAN_PETITIONS_KEYS:}") String env,
                 @Value("${app.petitions.key-file:./data/petitions.key}") String file) {
        String text = env.isBlank() ? readOrCreate(Path.of(file)) : env.replace(',', '\n');
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
            String[] parts = l.split(":", 2);
            keys.put(Integer.parseInt(parts[0].strip()), Base64.getDecoder().decode(parts[1].strip()));
        });
        if (keys.isEmpty() || keys.keySet().stream().anyMatch(v -> v < 1 || v > 127)) {
            throw new IllegalStateException("petitions: no usable identity key (versions 1..127)");
        }
    }

    int currentVersion() {
        return ((TreeMap<Integer, byte[]>) keys).lastKey();
    }

    byte[] key(int version) {
        byte[] k = keys.get(version);
        if (k == null) {
            throw new IllegalStateException("petitions: identity key version " + version + " is not configured");
        }
        return k;
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String line = "1:" + Base64.getEncoder().encodeToString(key) + "\n";
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.writeString(file, line);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
