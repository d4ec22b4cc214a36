package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Issue 14, item 5 (session 14): the CPU one signed-in request spends reading its session's stored attributes — a
 * security context shaped as the app signs in (a {@code User} principal, its authorities), the CSRF token and the two
 * stamps' {@code Long}s — by Java deserialisation and by {@link SessionAttributeReader}. Thread CPU time, 3 runs of
 * 20,000 requests after a warm-up; {@code target/bench/session-attributes.txt}.
 */
@Tag("bench")
class SessionAttributeBenchmark {

    private static final int READS = 20_000;

    @Test
    void readingASignedInSessionsAttributes() throws Exception {
        List<byte[]> stored = storedAttributes();
        DeserializingConverter java = new DeserializingConverter(getClass().getClassLoader());
        SessionAttributeReader reader = new SessionAttributeReader(getClass().getClassLoader());
        StringBuilder out = new StringBuilder("µs of thread CPU per request to read a signed-in session's "
                + stored.size() + " attributes (" + stored.stream().mapToInt(b -> b.length).sum() + " bytes)\n");
        List<Double> before = runs(stored, java::convert);
        List<Double> after = runs(stored, reader::convert);
        out.append(String.format(Locale.ROOT, "Java deserialisation: %s%nSessionAttributeReader: %s%n", before, after));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/session-attributes.txt"), out.toString());
        System.out.print(out);
        assertThat(after).allSatisfy(v -> assertThat(v).isPositive());
    }

    private static List<Double> runs(List<byte[]> stored, Function<byte[], Object> read) {
        measure(stored, read); // warm-up
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(Math.round(measure(stored, read) * 100) / 100.0);
        }
        return runs;
    }

    private static double measure(List<byte[]> stored, Function<byte[], Object> read) {
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int seen = 0;
        for (int i = 0; i < READS; i++) {
            for (byte[] bytes : stored) {
                seen += read.apply(bytes) == null ? 0 : 1;
            }
        }
        assertThat(seen).isEqualTo(READS * stored.size());
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / READS;
    }

    private static List<byte[]> storedAttributes() {
        SerializingConverter write = new SerializingConverter();
        var user = User.withUsername("phong.phugiao").password("").authorities("ROLE_STAFF", "ROLE_LEADER").build();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_LEADER")));
        return List.of(write.convert(new SecurityContextImpl(auth)),
                write.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "3f6c1d2e-8a4b-4c55-9e0a-1b2c3d4e5f60")),
                write.convert(Long.valueOf(1234567L)), write.convert(Long.valueOf(3L)));
    }
}
