package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.View;
import org.thymeleaf.exceptions.TemplateProcessingException;
import vn.gandan.shared.NavBadge;

/**
 * Issue 14: the menu's badges are counted before a page renders (NavBadges), so a pool timeout while counting them
 * answers the outage's 503 page with Retry-After — at national scale it answered 500, raised inside the layout
 * template and wrapped in Thymeleaf's exception. A template failure that wraps a pool timeout is a 503 as well.
 */
class NavBadgesTests {

    private final ReloadableResourceBundleMessageSource messages = messages();
    private final AtomicInteger counted = new AtomicInteger();
    private volatile boolean poolExhausted;
    private volatile RuntimeException renderFailure;

    private final NavBadge badge = new NavBadge() {
        public String path() {
            return "/notifications";
        }

        public long count() {
            counted.incrementAndGet();
            if (poolExhausted) throw PoolTimeoutAnswersTests.poolTimeout();
            return 3;
        }
    };

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages())
            .setControllerAdvice(new Problems(messages, Duration.ofMinutes(15)))
            .addInterceptors(new NavBadges(List.of(badge)))
            .setViewResolvers((name, locale) -> page())
            .addFilters(new DatabaseOutageFilter(messages, new WebConfig().localeResolver(Clock.systemUTC())))
            .build();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("so.binhduong", "x", "ROLE_USER"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageGetsItsBadgesCountedOnceBeforeItRenders() throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/page")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(200);
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("badges {/notifications=3}");
        assertThat(counted).hasValue(1);
    }

    @Test
    void anApiAnswerAndARedirectCountNoBadge() throws Exception {
        assertThat(mvc.perform(get("/api/v1/thing")).andReturn().getResponse().getStatus()).isEqualTo(200);
        mvc.perform(get("/moved")); // a redirect: view name "redirect:/page"
        assertThat(counted).hasValue(0);
    }

    @Test
    void aPoolTimeoutWhileCountingTheBadgesAnswers503PageWithRetryAfter() throws Exception {
        poolExhausted = true;
        MockHttpServletResponse res = mvc.perform(get("/page").header("Accept-Language", "vi")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>503</h1>").contains("Tạm ngừng phục vụ");
    }

    @Test
    void aPoolTimeoutWrappedInATemplateFailureAnswers503NotA500() throws Exception {
        renderFailure = new TemplateProcessingException("Exception evaluating SpringEL expression: \"navBadges[item.path]\"",
                "layout/main", 66, 3, PoolTimeoutAnswersTests.poolTimeout());
        MockHttpServletResponse res = mvc.perform(get("/page").header("Accept-Language", "vi")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>503</h1>").contains("Tạm ngừng phục vụ");
    }

    @Test
    void aTemplateFailureThatKeptOnlyThePoolTimeoutsMessageAnswers503() throws Exception {
        renderFailure = new TemplateProcessingException("Exception evaluating SpringEL expression: \"navBadges[item.path]\": "
                + "HikariPool-1 - Connection is not available, request timed out after 3000ms", "layout/main", 66, 3);
        MockHttpServletResponse res = mvc.perform(get("/page").header("Accept-Language", "vi")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
    }

    @Controller
    static class Pages {
        @GetMapping("/page")
        String page() {
            return "home";
        }

        @GetMapping("/moved")
        String moved() {
            return "redirect:/page";
        }

        @GetMapping("/api/v1/thing")
        @ResponseBody
        String thing() {
            return "{}";
        }
    }

    private View page() {
        return (model, req, res) -> {
            if (renderFailure != null) throw renderFailure;
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("badges " + model.get("navBadges"));
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
