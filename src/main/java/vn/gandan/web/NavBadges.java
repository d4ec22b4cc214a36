package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.gandan.shared.NavBadge;

/**
 * The navigation badges ({@code navBadges}: path → count above zero) of a page, counted AFTER its handler and BEFORE
 * its view renders, only for a signed-in caller's page that renders a view (not an API answer, a redirect or an
 * error page; a fragment swapped in by htmx has no menu). Counted inside the template (issue 14), a pool timeout surfaced wrapped in Thymeleaf's exception and
 * answered 500; here it is the handler phase's exception, answered like any other: the outage's 503.
 */
class NavBadges implements HandlerInterceptor {

    private final List<NavBadge> badges;

    NavBadges(List<NavBadge> badges) {
        this.badges = badges;
    }

    @Override
    public void postHandle(HttpServletRequest req, HttpServletResponse res, Object handler, ModelAndView mav) {
        String name = mav == null ? null : mav.getViewName();
        if (mav == null || !mav.hasView() || name != null
                && (name.startsWith("redirect:") || name.startsWith("forward:") || name.contains("::"))) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return;
        }
        mav.addObject("navBadges", counts());
    }

    Map<String, Long> counts() {
        Map<String, Long> out = new HashMap<>();
        badges.forEach(b -> {
            long n = b.count();
            if (n > 0) {
                out.merge(b.path(), n, Long::sum);
            }
        });
        return out;
    }
}
