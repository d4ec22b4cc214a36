package vn.gandan.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Spring Session's query for one session, extended with a row per {@link SessionStamp}: a synthetic attribute whose
 * bytes are a Java-serialised {@link Long} (the fixed stream prefix of a {@code Long}, then the value's eight bytes
 * big-endian, {@code int8send}), which Spring Session's own deserialiser reads like any stored attribute. The session
 * row is looked up once ({@code WITH S}), so the statement keeps Spring Session's single parameter, the session id.
 */
final class SessionStampQuery {

    private static final String SESSION_COLUMNS =
            "S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL";

    private SessionStampQuery() {
    }

    static String of(List<SessionStamp> stamps) {
        StringBuilder sql = new StringBuilder("WITH S AS (SELECT " + SESSION_COLUMNS + ", S.PRINCIPAL_NAME\n"
                + "FROM %TABLE_NAME% S WHERE S.SESSION_ID = ?)\n"
                + "SELECT " + SESSION_COLUMNS + ", SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES\n"
                + "FROM S LEFT JOIN %TABLE_NAME%_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID\n");
        String prefix = "decode('" + HexFormat.of().formatHex(longPrefix()) + "', 'hex')";
        for (SessionStamp stamp : stamps) {
            if (!stamp.attribute().matches("[A-Za-z0-9_.]+")) {
                throw new IllegalArgumentException("session stamp attribute: " + stamp.attribute());
            }
            sql.append("UNION ALL SELECT ").append(SESSION_COLUMNS).append(", '").append(stamp.attribute())
                    .append("', ").append(prefix).append(" || int8send(coalesce((").append(stamp.sql())
                    .append("), 0))\nFROM S WHERE S.PRINCIPAL_NAME IS NOT NULL\n");
        }
        return sql.toString();
    }

    /** The bytes Java serialisation writes for a {@code Long} before its value. */
    static byte[] longPrefix() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Long.valueOf(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] all = bytes.toByteArray();
        return Arrays.copyOf(all, all.length - Long.BYTES);
    }
}
