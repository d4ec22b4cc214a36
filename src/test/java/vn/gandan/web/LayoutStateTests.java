package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5: the layout's signed-in parts (search, account, sign-out, the CSRF token for htmx) come from
 * {@link LayoutState}, decided once per request, and show exactly where {@code sec:authorize="isAuthenticated()"}
 * showed them: on a signed-in user's pages, error pages included, and never to an anonymous visitor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LayoutStateTests {

    @LocalServerPort
    int port;

    @Test
    void aSignedInUserSeesSearchAccountAndSignOutOnPagesAndErrorPages() {
        PageClient staff = PageClient.signIn(port, "phong.phugiao");
        HttpResponse<String> home = staff.get("/");
        HttpResponse<String> missing = staff.get("/plans/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        for (HttpResponse<String> page : java.util.List.of(home, missing)) {
            assertThat(page.body()).as(page.uri().toString()).contains("action=\"/search\"", "action=\"/logout\"",
                    ">phong.phugiao</a>", "<meta name=\"_csrf\"");
        }
    }

    @Test
    void anAnonymousVisitorSeesNoneOfThem() {
        HttpResponse<String> page = PageClient.bare(port).get("/public/exemplars");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("action=\"/search\"", "action=\"/logout\"", "href=\"/account\"",
                "name=\"_csrf\"");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
    }
}
