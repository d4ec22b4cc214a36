package vn.gandan.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Deny by default. {@code /api/**}: stateless bearer tokens. Pages: form login with a session (stored in
 * PostgreSQL, so any node serves any user) and CSRF. Public: health, static files, citizen pages, the
 * login page, the API description and the calendar's reference data.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/webjars/**",
        "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/public/**", "/login", "/login/forgot",
        "/login/reset/**", "/login/totp", "/v3/api-docs/**", "/v3/api-docs.yaml",
        "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * Issue 14, item 5: no observation around each of the security chain's filters (Spring Security wraps every
     * filter in a Micrometer observation when a registry exists: work on every request that no dashboard reads).
     * The request metrics ({@code http.server.requests}) are Spring MVC's and stay.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, OpaqueTokenIntrospector introspector, ProblemEntryPoint problems)
            throws Exception {
        http.securityMatcher("/api/**", "/open311/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        // citizens without an account (public portal) and partner apps (Open311, by API key)
                        .requestMatchers("/api/v1/public/**", "/open311/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(o -> o.opaqueToken(t -> t.introspector(introspector))
                        .authenticationEntryPoint(problems));
        return http.build();
    }

    /**
     * Prometheus metrics name no person, but they tell load and usage patterns, so they are not public: a
     * scraper reads them from an allowed network ({@code app.metrics.allowed-networks}, default this host
     * only), a signed-in system administrator from anywhere.
     */
    static AuthorizationManager<RequestAuthorizationContext> metricsAccess(List<String> networks) {
        List<IpAddressMatcher> allowed = networks.stream().map(String::strip).filter(n -> !n.isEmpty())
                .map(IpAddressMatcher::new).toList();
        return (auth, ctx) -> {
            String ip = ctx.getRequest().getRemoteAddr();
            boolean fromAllowedNetwork = !proxied(ctx.getRequest()) && allowed.stream().anyMatch(m -> m.matches(ip));
            Authentication a = auth.get();
            boolean admin = a != null && a.isAuthenticated() && a.getAuthorities().stream()
                    .anyMatch(g -> ("ROLE_" + Role.SYSTEM_ADMIN.name()).equals(g.getAuthority()));
            return new AuthorizationDecision(fromAllowedNetwork || admin);
        };
    }

    /**
     * A request relayed by a proxy (even one on this host, whose address is allowed) comes from whoever the proxy
     * serves: it never counts as a scrape from an allowed network.
     */
    static boolean proxied(jakarta.servlet.http.HttpServletRequest req) {
        return req.getHeader("X-Forwarded-For") != null || req.getHeader("Forwarded") != null
                || req.getHeader("X-Real-IP") != null || req.getHeader("X-Forwarded-Host") != null
                || req.getHeader("Via") != null;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottleFilter throttle, LoginOutcome outcome,
                              @Value("${app.metrics.allowed-networks:127.0.0.1/32,::1/128}") List<String> metricsNetworks)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/prometheus").access(metricsAccess(metricsNetworks))
                        .requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").successHandler(outcome).failureHandler(outcome).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(expiredOrForbidden()))
                .headers(h -> h.httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'")));
        return http.build();
    }

    /**
     * A form posted from a page whose session has ended (timed out, signed out in another tab) fails its CSRF check; that
     * is not a refusal of the person's rights (session 21: a review of an import saved after the session expired answered
     * "Bạn không có quyền thực hiện thao tác này"): the login page says the session has expired. Any other denial is the
     * 403 page as before.
     */
    static org.springframework.security.web.access.AccessDeniedHandler expiredOrForbidden() {
        org.springframework.security.web.access.AccessDeniedHandlerImpl forbidden =
                new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (req, res, denied) -> {
            if (denied instanceof org.springframework.security.web.csrf.CsrfException
                    && req.getRequestedSessionId() != null && !req.isRequestedSessionIdValid()) {
                res.sendRedirect(req.getContextPath() + "/login?expired");
                return;
            }
            forbidden.handle(req, res, denied);
        };
    }

    /**
     * Looks the bearer token up by its hash; the principal carries the account's role authorities, taken from the
     * caller (account and grants valid today) kept for the account's change counter read with the token — exact on
     * every node, as for a session ({@link CallerLookup#forToken}).
     */
    @Bean
    OpaqueTokenIntrospector introspector(TokenService tokens, CallerLookup callers) {
        return token -> {
            TokenService.Holder holder = tokens.holder(token).orElseThrow(() -> new BadOpaqueTokenException("invalid token"));
            Caller caller = callers.forToken(holder.username(), holder.callerVersion())
                    .orElseThrow(() -> new BadOpaqueTokenException("invalid token"));
            return new DefaultOAuth2AuthenticatedPrincipal(caller.username(), Map.of("sub", caller.username()),
                    AccountDetails.authorities(caller.systemAdmin(), caller.grants().stream().map(Caller.Grant::role)));
        };
    }
}
