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

    /** Writing the body commits the response and Spring Session saves the session then: that must reach the primary. */
    @Test
    void theWindowEndsBeforeTheBodyIsWrittenOrTheViewRendered() throws Exception {
        DataSource primary = mock(DataSource.class);
        DataSource replica = mock(DataSource.class);
        Connection fromPrimary = mock(Connection.class);
        when(primary.getConnection()).thenReturn(fromPrimary);
        when(replica.getConnection()).thenReturn(mock(Connection.class));
        ReplicaRouting routing = new ReplicaRouting(primary, replica);
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/units/export.csv");

        interceptor.preHandle(req, new MockHttpServletResponse(), new Object());
        new ReplicaWindowEnd().beforeBodyWrite(new byte[0], null, null, null, null, null);
        assertThat(routing.getConnection()).as("session saved while the export is written").isSameAs(fromPrimary);

        interceptor.preHandle(req, new MockHttpServletResponse(), new Object());
        interceptor.postHandle(req, new MockHttpServletResponse(), new Object(), null);
        assertThat(routing.getConnection()).as("session saved while the page renders").isSameAs(fromPrimary);
        interceptor.afterCompletion(req, new MockHttpServletResponse(), new Object(), null);
    }

    private boolean matches(String method, String path) {
        return interceptor.matches(new MockHttpServletRequest(method, path));
    }
}
