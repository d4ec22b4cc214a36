package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** The session attributes read as Java deserialisation reads them, with less work (issue 14, session 14). */
class SessionAttributeReaderTest {

    private final SerializingConverter write = new SerializingConverter();
    private final DeserializingConverter javaRead = new DeserializingConverter(getClass().getClassLoader());
    private final SessionAttributeReader reader = new SessionAttributeReader(getClass().getClassLoader());

    @Test
    void aSerialisedLongReadsAsJavaDeserialisationReadsIt() {
        for (long v : new long[] {0, 1, -1, 42, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE}) {
            byte[] bytes = write.convert(v);
            assertThat(SessionAttributeReader.isLong(bytes)).isTrue();
            assertThat(reader.convert(bytes)).isEqualTo(javaRead.convert(bytes)).isEqualTo(v);
        }
        assertThat(SessionAttributeReader.isLong(write.convert(7))).isFalse(); // an Integer
        assertThat(reader.convert(write.convert(7))).isEqualTo(7);
    }

    @Test
    void aSecurityContextIsANewContextOnTheSameAuthenticationForTheSameBytes() {
        byte[] bytes = write.convert(context("phong.phugiao", "ROLE_STAFF"));
        SecurityContext first = (SecurityContext) reader.convert(bytes);
        SecurityContext again = (SecurityContext) reader.convert(bytes.clone());
        assertThat(again).isNotSameAs(first).isEqualTo(first).isEqualTo(javaRead.convert(bytes));
        assertThat(again.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(first.getAuthentication().getName()).isEqualTo("phong.phugiao");
        assertThat(reader.kept()).isEqualTo(1);
    }

    @Test
    void otherBytesAreAnotherContext() {
        SecurityContext a = (SecurityContext) reader.convert(write.convert(context("a", "ROLE_STAFF")));
        SecurityContext b = (SecurityContext) reader.convert(write.convert(context("a", "ROLE_ADMIN")));
        assertThat(b.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(a.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
        assertThat(reader.kept()).isEqualTo(2);
    }

    @Test
    void aCsrfTokenIsTheKeptTokenForTheSameBytes() {
        var token = new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc");
        byte[] bytes = write.convert(token);
        Object first = reader.convert(bytes);
        assertThat(first).usingRecursiveComparison().isEqualTo(token);
        assertThat(reader.convert(bytes.clone())).isSameAs(first);
        assertThat(reader.convert(write.convert(new org.springframework.security.web.csrf.DefaultCsrfToken(
                "X-CSRF-TOKEN", "_csrf", "abd")))).isNotSameAs(first).hasFieldOrPropertyWithValue("token", "abd");
    }

    @Test
    void anyOtherAttributeIsDeserialisedAtEveryRead() {
        byte[] bytes = write.convert(new ArrayList<>(List.of("a", "b")));
        Object first = reader.convert(bytes);
        assertThat(reader.convert(bytes)).isEqualTo(first).isNotSameAs(first);
        assertThat(reader.kept()).isZero();
    }

    @Test
    void theKeptContextsAreBounded() {
        for (int i = 0; i <= SessionAttributeReader.MAX_KEPT; i++) {
            reader.convert(write.convert(context("user" + i, "ROLE_STAFF")));
        }
        assertThat(reader.kept()).isBetween(1, SessionAttributeReader.MAX_KEPT);
    }

    @Test
    void theConversionServiceWritesJavaSerialisationAndReadsItBack() {
        GenericConversionService service = SessionAttributeReader.conversionService(getClass().getClassLoader());
        SecurityContext context = context("th.phuocsang", "ROLE_HEAD");
        byte[] bytes = service.convert(context, byte[].class);
        assertThat(javaRead.convert(bytes)).isEqualTo(context);
        assertThat(service.convert(bytes, Object.class)).isEqualTo(context);
        assertThat(service.convert(service.convert(5L, byte[].class), Object.class)).isEqualTo(5L);
    }

    private static SecurityContext context(String user, String role) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role))));
    }
}
