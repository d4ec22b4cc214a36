package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What the layout asks about the caller, decided once per request before the handler (issue 14, item 5): the request
 * attributes {@code signedIn} (Spring Security's {@code isAuthenticated()}: not anonymous) and {@code signedInName}.
 * The layout asked {@code sec:authorize="isAuthenticated()"} four times per page, each a bean lookup, a parse and an
 * evaluation of the expression. Request attributes, not model attributes, so that a page rendered by an exception
 * handler (no {@code @ModelAttribute} runs for it) still sees them. Also {@code assets} ({@link AssetVersions}): the
 * versions of the static files the layout links, and a year's cache for a static file asked with its version.
 */
class LayoutState implements HandlerInterceptor {

    static final String SIGNED_IN = "signedIn";
    static final String NAME = "signedInName";

    static final String ASSETS = "assets";

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final AssetVersions assets = new AssetVersions();

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
        if (handler instanceof org.springframework.web.servlet.resource.ResourceHttpRequestHandler) {
            assets.cacheIfCurrent(req, res);
            return true;
        }
        req.setAttribute(ASSETS, assets);
        decide(req);
        return true;
    }

    /** Again after the handler: one that signs the caller in or out and renders a page shows the new state. */
    @Override
    public void postHandle(HttpServletRequest req, HttpServletResponse res, Object handler,
                           org.springframework.web.servlet.ModelAndView mav) {
        if (mav != null) {
            decide(req);
        }
    }

    private void decide(HttpServletRequest req) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = trust.isAuthenticated(auth);
        req.setAttribute(SIGNED_IN, signedIn);
        req.setAttribute(NAME, signedIn ? auth.getName() : null);
    }
}
