package vn.gandan.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gandan.shared.NavBadge;
import vn.gandan.shared.NavItem;

/**
 * Registers {@link NavBadges}: the menu's counts are taken before a page renders, never inside its template; and
 * {@link LayoutState}: whether the caller is signed in, decided once per request; and {@link Navigation}: the menu a
 * page's model holds.
 */
@Configuration(proxyBeanMethods = false)
class NavBadgesConfig implements WebMvcConfigurer {

    private final List<NavBadge> badges;
    private final List<NavItem> items;

    NavBadgesConfig(List<NavBadge> badges, List<NavItem> items) {
        this.badges = badges;
        this.items = items;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LayoutState());
        registry.addInterceptor(new NavBadges(badges));
        registry.addInterceptor(new Navigation(items));
    }
}
