package vn.gandan.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gandan.shared.NavBadge;
import vn.gandan.shared.NavItem;

/** Puts the navigation entries the caller may see into every page's model as {@code nav}, with their badges. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class Navigation {

    private final List<NavItem> items;
    private final List<NavBadge> badges;

    Navigation(List<NavItem> items, List<NavBadge> badges) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.badges = badges;
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

    /**
     * Path → count for the signed-in caller; only counts above zero. Counted when a page reads it, not for every
     * handler this advice reaches (API calls, redirects after a form), which never render the menu.
     */
    @ModelAttribute("navBadges")
    Map<String, Long> navBadges(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Map.of();
        }
        return new java.util.AbstractMap<>() {
            private Set<Entry<String, Long>> counted;

            @Override
            public Set<Entry<String, Long>> entrySet() {
                if (counted == null) {
                    Map<String, Long> out = new HashMap<>();
                    badges.forEach(b -> {
                        long n = b.count();
                        if (n > 0) {
                            out.merge(b.path(), n, Long::sum);
                        }
                    });
                    counted = out.entrySet();
                }
                return counted;
            }
        };
    }
}
