package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 (session 13): the session query's stamp rows read back as the Long they carry. */
class SessionStampQueryTest {

    private static SessionStamp stamp(String attribute) {
        return new SessionStamp() {
            public String attribute() {
                return attribute;
            }

            public String sql() {
                return "select 42";
            }
        };
    }

    @Test
    void theStreamPrefixAndEightBytesOfAValueDeserialiseToThatLong() throws Exception {
        for (long value : new long[] {0, 1, 42, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40}) {
            byte[] prefix = SessionStampQuery.longPrefix();
            byte[] bytes = ByteBuffer.allocate(prefix.length + Long.BYTES).put(prefix).putLong(value).array();
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                assertThat(in.readObject()).isEqualTo(value);
            }
        }
    }

    @Test
    void theQueryKeepsOneParameterAndAddsOneRowPerStampForSignedInSessionsOnly() {
        String sql = SessionStampQuery.of(List.of(stamp("vn.gandan.a.x"), stamp("vn.gandan.b.y")));
        assertThat(sql.chars().filter(c -> c == '?')).hasSize(1);
        assertThat(sql).contains("FROM %TABLE_NAME% S WHERE S.SESSION_ID = ?").contains("'vn.gandan.a.x'")
                .contains("'vn.gandan.b.y'").contains("int8send(coalesce((select 42), 0))");
        assertThat(sql.split("WHERE S.PRINCIPAL_NAME IS NOT NULL", -1)).hasSize(3);
        assertThat(SessionStampQuery.of(List.of())).doesNotContain("UNION ALL");
    }

    @Test
    void anAttributeNameThatIsNotAPlainIdentifierIsRefused() {
        assertThatThrownBy(() -> SessionStampQuery.of(List.of(stamp("x'; drop table s; --"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
