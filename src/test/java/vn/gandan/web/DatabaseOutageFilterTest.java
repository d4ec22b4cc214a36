package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(messages(), new WebConfig().localeResolver(java.time.Clock.systemUTC()));

    @Test
    void apiRequestDuringOutageAnswers503VietnameseProblem() throws Exception {
        MockHttpServletResponse res = run("/api/v1/plans", null, outage());
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":503")
                .contains("Hệ thống tạm thời không phục vụ được");
    }

    @Test
    void pageDuringOutageAnswers503PageInTheAskedLanguage() throws Exception {
        MockHttpServletResponse res = run("/plans", "en", outage());
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getContentType()).startsWith("text/html");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("temporarily unavailable");
    }

    @Test
    void serverShuttingDownCountsAsOutage() {
        SQLException adminShutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseFailures.isOutage(new RuntimeException(adminShutdown))).isTrue();
        assertThat(DatabaseFailures.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
    }

    /** The read that answered 500 just before the outage of .ci/operations.sh: in flight when PostgreSQL stopped. */
    @Test
    void requestInFlightWhenTheServerStopsIsAnOutageEvenWhenItsRollbackFails() {
        Exception rollback = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseFailures.isOutage(rollback)).isTrue();
        assertThat(DatabaseFailures.isOutage(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(DatabaseFailures.isOutage(new SQLException("syntax error"))).isFalse();
    }

    @Test
    void controllerErrorsOfAnUnreachableDatabaseAreLeftToTheFilterNotTurnedInto500() {
        Problems problems = new Problems(messages(), java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> problems.unexpected(outage(), new MockHttpServletRequest("GET", "/api/v1/plans")))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
    }

    @Test
    void otherErrorsPassThrough() {
        assertThatThrownBy(() -> run("/api/v1/plans", null, new IllegalStateException("bug")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static RuntimeException outage() {
        return new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("embedded - Connection is not available, request timed out"));
    }

    private MockHttpServletResponse run(String uri, String language, RuntimeException thrown) throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", uri);
        if (language != null) {
            req.addHeader("Accept-Language", language);
        }
        MockHttpServletResponse res = new MockHttpServletResponse();
        FilterChain failing = (rq, rs) -> {
            throw thrown;
        };
        filter.doFilter(req, res, failing);
        return res;
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:i18n/web");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
