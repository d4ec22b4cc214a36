package vn.gandan.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gandan.shared.NavItem;

/** Puts the navigation entries the caller may see into every page's model as {@code nav}; their badges: {@link NavBadges}. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class Navigation {

    private final List<NavItem> items;

    Navigation(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("nav")
    List<NavItem> nav(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        List<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream().filter(i -> i.authority() == null
                || java.util.Arrays.stream(i.authority().split("\\|")).anyMatch(granted::contains)).toList();
    }

    /** The menu as shown: single links and groups (e.g. "Công tác dân vận"), in order. */
    @ModelAttribute("navMenu")
    List<NavEntry> navMenu(Authentication auth) {
        return NavEntry.of(nav(auth));
    }
}
