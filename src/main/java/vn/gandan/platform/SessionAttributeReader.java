package vn.gandan.platform;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Spring Session's reading of a stored attribute's bytes, without Java deserialisation where it gives nothing (issue
 * 14, item 5, session 14): every signed-in request read its {@link SessionStamp}s (two {@code Long}s) and its
 * {@code SecurityContext} and its CSRF token through an {@code ObjectInputStream} each (~3 % of request-thread
 * samples).
 * <ul>
 * <li>A {@code Long} in the exact bytes Java serialisation writes for one (the stamps' fixed prefix, then eight bytes
 * big-endian) is read directly — the same value the stream would give.</li>
 * <li>A {@link SecurityContextImpl} is deserialised once per distinct stored bytes and kept (≤ {@value #MAX_KEPT}
 * contexts and tokens, a few KB each, all forgotten when full); each read answers a new context holding the kept {@code Authentication} — an in-memory
 * session shares even the context between its requests. Bytes that differ (another sign-in, a second factor
 * passed, another node's write) are other keys, so nothing stored is ever read stale.</li>
 * <li>A {@link DefaultCsrfToken} (immutable: three final strings) likewise, the kept token itself answered.</li>
 * <li>Every other attribute (mutable ones: pending imports, a second factor's secret) is deserialised as before.</li>
 * </ul>
 * Writing is unchanged (Java serialisation), so sessions stay readable by every node and by older versions.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

    static final int MAX_KEPT = 8_192;
    private static final byte[] LONG_PREFIX = SessionStampQuery.longPrefix();

    private final DeserializingConverter java;
    private final Map<Key, Object> kept = new ConcurrentHashMap<>();

    SessionAttributeReader(ClassLoader classLoader) {
        this.java = new DeserializingConverter(classLoader);
    }

    /** Spring Session's default conversions (Java serialisation both ways) with this reader for the bytes. */
    static GenericConversionService conversionService(ClassLoader classLoader) {
        GenericConversionService service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, new SerializingConverter());
        service.addConverter(byte[].class, Object.class, new SessionAttributeReader(classLoader));
        return service;
    }

    @Override
    public Object convert(byte[] bytes) {
        if (isLong(bytes)) {
            return ByteBuffer.wrap(bytes, LONG_PREFIX.length, Long.BYTES).getLong();
        }
        Key key = new Key(bytes);
        Object known = kept.get(key);
        if (known == null) {
            known = java.convert(bytes);
            if (!keepable(known)) {
                return known;
            }
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(new Key(bytes.clone()), known);
        }
        return known instanceof SecurityContextImpl context ? new SecurityContextImpl(context.getAuthentication()) : known;
    }

    private static boolean keepable(Object read) {
        return read != null && (read.getClass() == SecurityContextImpl.class || read.getClass() == DefaultCsrfToken.class);
    }

    static boolean isLong(byte[] bytes) {
        return bytes.length == LONG_PREFIX.length + Long.BYTES
                && Arrays.equals(bytes, 0, LONG_PREFIX.length, LONG_PREFIX, 0, LONG_PREFIX.length);
    }

    int kept() {
        return kept.size();
    }

    /** Stored bytes compared by content (a kept key holds its own copy). */
    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
