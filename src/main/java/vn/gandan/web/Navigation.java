package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import vn.gandan.shared.NavItem;

/**
 * Puts the navigation entries the caller may see into a page's model as {@code nav}, the menu as shown as
 * {@code navMenu} and the path as {@code currentPath}; their badges: {@link NavBadges}. Added after the handler, only
 * when a controller method renders a view (not an API answer, not a redirect: a redirect's model never held them),
 * and only where the handler did not put one of that name itself — what the {@code @ControllerAdvice}
 * {@code @ModelAttribute} methods this replaces (issue 14) gave, without Spring looking them up, building a handler
 * method for each and resolving its arguments on every request, API calls included. The caller is the request's
 * principal (null when anonymous), as those methods received it. The menu is computed once per set of authorities.
 */
class Navigation implements HandlerInterceptor {

    private static final int KEPT = 256;

    private final List<NavItem> items;
    private final Map<List<String>, Menu> menus = new ConcurrentHashMap<>();

    Navigation(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest req, HttpServletResponse res, Object handler, ModelAndView mav) {
        if (!(handler instanceof HandlerMethod) || mav == null || !mav.hasView() || redirect(mav)) {
            return;
        }
        Menu menu = null;
        if (!mav.getModelMap().containsAttribute("nav") || !mav.getModelMap().containsAttribute("navMenu")) {
            menu = menu(req.getUserPrincipal() instanceof Authentication auth ? auth : null);
        }
        putIfAbsent(mav, "currentPath", req.getRequestURI().substring(req.getContextPath().length()));
        putIfAbsent(mav, "nav", menu == null ? null : menu.nav());
        putIfAbsent(mav, "navMenu", menu == null ? null : menu.entries());
    }

    /** The entries a caller may see (none when not signed in) and the menu as shown, kept per set of authorities. */
    Menu menu(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Menu.NONE;
        }
        List<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        Menu kept = menus.get(granted);
        if (kept != null) {
            return kept;
        }
        if (menus.size() >= KEPT) {
            menus.clear();
        }
        List<NavItem> nav = items.stream().filter(i -> i.authority() == null
                || Arrays.stream(i.authority().split("\\|")).anyMatch(granted::contains)).toList();
        // immutable lists (List.copyOf, not Stream.toList, whose list allows nulls): the layout keeps the menu's hash by identity
        Menu menu = new Menu(nav, List.copyOf(NavEntry.of(nav).stream()
                .map(e -> e.group() ? new NavEntry(null, e.groupKey(), List.copyOf(e.children())) : e).toList()));
        menus.put(granted, menu);
        return menu;
    }

    private static void putIfAbsent(ModelAndView mav, String name, Object value) {
        if (!mav.getModelMap().containsAttribute(name)) {
            mav.addObject(name, value);
        }
    }

    private static boolean redirect(ModelAndView mav) {
        String name = mav.getViewName();
        return name != null ? name.startsWith("redirect:") : mav.getView() instanceof SmartView view && view.isRedirectView();
    }

    /** The entries the caller may see, and the same grouped as the menu shows them. */
    record Menu(List<NavItem> nav, List<NavEntry> entries) {
        static final Menu NONE = new Menu(List.of(), List.of());
    }
}
