package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReplicaRoutingTest {

    private final ReplicaInterceptor interceptor = new ReplicaInterceptor(
            new ReplicaProperties(null, null, null, 10, "^/(public/.*|(api/v1/)?[a-z-]+/export\\.[a-z]+)$").pathPattern());

    @Test
    void publicPagesAndExportsReadFromTheReplicaOnlyForGets() {
        assertThat(matches("GET", "/public/units/TH-PS/disclosures")).isTrue();
        assertThat(matches("GET", "/units/export.csv")).isTrue();
        assertThat(matches("GET", "/api/v1/units/export.xlsx")).isTrue();
        assertThat(matches("GET", "/reports/export.xlsx")).isTrue();
        assertThat(matches("POST", "/units/export.csv")).isFalse();
        assertThat(matches("GET", "/plans")).isFalse();
        assertThat(matches("GET", "/api/v1/plans/1")).isFalse();
    }

    @Test
    void connectionsComeFromTheReplicaOnlyWhileAMarkedRequestIsHandled() throws Exception {
        DataSource primary = mock(DataSource.class);
        DataSource replica = mock(DataSource.class);
        Connection fromPrimary = mock(Connection.class);
        Connection fromReplica = mock(Connection.class);
        when(primary.getConnection()).thenReturn(fromPrimary);
        when(replica.getConnection()).thenReturn(fromReplica);
        ReplicaRouting routing = new ReplicaRouting(primary, replica);
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/units/export.csv");

        assertThat(routing.getConnection()).isSameAs(fromPrimary);
        interceptor.preHandle(req, new MockHttpServletResponse(), new Object());
        assertThat(routing.getConnection()).isSameAs(fromReplica);
        interceptor.afterCompletion(req, new MockHttpServletResponse(), new Object(), null);
        assertThat(routing.getConnection()).as("after the page: session and audit writes").isSameAs(fromPrimary);
    }

    private boolean matches(String method, String path) {
        return interceptor.matches(new MockHttpServletRequest(method, path));
    }
}
