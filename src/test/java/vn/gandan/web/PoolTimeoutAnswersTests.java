package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;

/**
 * Issue 14: a pool timeout (the pool exhausted under load) answers 503 with a Vietnamese problem and Retry-After,
 * never 500 — from a handler and from the container's error dispatch, also when the failed page had already typed
 * the response {@code text/html} (Spring Boot's error map failed there: "No converter for LinkedHashMap").
 */
class PoolTimeoutAnswersTests {

    private final ReloadableResourceBundleMessageSource messages = messages();
    private final Problems problems = new Problems(messages, Duration.ofMinutes(15));
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing(), new ErrorDispatch(problems))
            .setControllerAdvice(problems)
            .setViewResolvers((name, locale) -> page())
            .addFilters(new DatabaseOutageFilter(messages, new WebConfig().localeResolver(Clock.systemUTC())), new TypedHtml())
            .build();

    @Test
    void aPoolTimeoutInAnApiHandlerAnswers503ProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/api/v1/pool").header("Accept-Language", "vi")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("Hệ thống tạm thời không phục vụ được");
    }

    @Test
    void aPoolTimeoutReachingTheErrorPageOfAnHtmlTypedApiResponseAnswers503Problem() throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/error").header("Accept-Language", "vi")
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/tasks")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, poolTimeout())).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":503")
                .contains("Hệ thống tạm thời không phục vụ được");
    }

    @Test
    void anyOtherErrorDispatchOfAnHtmlTypedApiResponseIsAProblemNotAConverterFailure() throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/error").header("Accept-Language", "vi")
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/plans/export")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("bug"))).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(500);
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("Đã có lỗi hệ thống");
    }

    @Test
    void aPageWhosePoolTimedOutGetsThe503PageInVietnamese() throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/error").header("Accept-Language", "vi")
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/reports")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, poolTimeout())).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("page 503: Hệ thống tạm thời không phục vụ được, vui lòng thử lại sau.");
    }

    /** Two requests changing one record at once (the hostile-input run's parallel POSTs): the later one is a 409, never a 500. */
    @Test
    void aChangeRefusedByTheVersionCheckAnswers409InVietnamese() throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/api/v1/stale").header("Accept-Language", "vi")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(409);
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("Bản ghi vừa được người khác thay đổi");
    }

    static RuntimeException poolTimeout() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));
    }

    @RestController
    static class Failing {
        @GetMapping("/api/v1/pool")
        String pool() {
            throw poolTimeout();
        }

        @GetMapping("/api/v1/stale")
        String stale() {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException("Unexpected row count (expected row count 1 but was 0)",
                    new IllegalStateException("row changed"));
        }
    }

    /** A response already typed text/html, as a page that failed while rendering leaves it. */
    static class TypedHtml extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
                                        jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            res.setContentType("text/html;charset=UTF-8");
            chain.doFilter(req, res);
        }
    }

    private static View page() {
        return (model, req, res) -> {
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("page " + model.get("status") + ": " + model.get("detail"));
        };
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:i18n/web");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
