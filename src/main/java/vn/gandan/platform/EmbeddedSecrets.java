package vn.gandan.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Passwords of the embedded server, generated on first start into {@code gandan-db.secret} in the data directory
 * (mode 0600): the superuser's (used only to set the server up) and the application role's, with the name of the
 * application's database.
 */
record EmbeddedSecrets(String superuserPassword, String appPassword, String database) {

    static final String FILE = "gandan-db.secret";
    static final String APP_ROLE = "gandan";

    static EmbeddedSecrets generate(String database) {
        return new EmbeddedSecrets(random(), random(), database);
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    static EmbeddedSecrets read(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (java.io.InputStream in = Files.newInputStream(file(dataDir))) {
            p.load(in);
        }
        return new EmbeddedSecrets(p.getProperty("superuser.password"), p.getProperty("app.password"),
                p.getProperty("app.database", APP_ROLE));
    }

    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("superuser.password", superuserPassword);
        p.setProperty("app.password", appPassword);
        p.setProperty("app.database", database);
        try (OutputStream out = OwnerOnlyFiles.newOutputStream(file(dataDir))) {
            p.store(out, "Gan Dan embedded PostgreSQL: keep this file private (mode 0600)");
        }
    }

    /** The superuser password alone, as initdb's --pwfile reads it. */
    Path writePasswordFile(Path dir) throws IOException {
        Path f = Files.createTempFile(dir, "pw", ".tmp");
        OwnerOnlyFiles.restrict(f);
        Files.writeString(f, superuserPassword + "\n");
        return f;
    }

    private static String random() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
