package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Who may read /actuator/prometheus: an allowed network, or a signed-in system administrator. */
class MetricsAccessTests {

    private final AuthorizationManager<RequestAuthorizationContext> access =
            SecurityConfig.metricsAccess(List.of("127.0.0.1/32", "::1/128", "10.0.0.0/8"));

    private boolean granted(String ip, Authentication auth) {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/actuator/prometheus");
        req.setRemoteAddr(ip);
        return access.authorize(() -> auth, new RequestAuthorizationContext(req)).isGranted();
    }

    @Test
    void aRequestRelayedByAProxyOnThisHostIsNotAScrapeFromAnAllowedNetwork() {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/actuator/prometheus");
        req.setRemoteAddr("127.0.0.1");
        req.addHeader("X-Forwarded-For", "203.0.113.9");
        assertThat(access.authorize(() -> ANONYMOUS, new RequestAuthorizationContext(req)).isGranted()).isFalse();
    }

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("k", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    @Test
    void scraperOnAnAllowedNetworkReadsMetricsWithoutLogin() {
        assertThat(granted("127.0.0.1", ANONYMOUS)).isTrue();
        assertThat(granted("10.1.2.3", ANONYMOUS)).isTrue();
    }

    @Test
    void anonymousFromOutsideIsRefusedButTheSystemAdminIsNot() {
        assertThat(granted("203.0.113.9", ANONYMOUS)).isFalse();
        assertThat(granted("203.0.113.9", UsernamePasswordAuthenticationToken.authenticated("th.phuocsang", null,
                AuthorityUtils.createAuthorityList("ROLE_LEADER", "ROLE_USER")))).isFalse();
        assertThat(granted("203.0.113.9", UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN", "ROLE_USER")))).isTrue();
    }
}
