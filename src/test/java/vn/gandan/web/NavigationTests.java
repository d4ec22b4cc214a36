package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.gandan.shared.NavItem;

/**
 * Issue 14 (around the handler): the menu's model attributes ({@code currentPath}, {@code nav}, {@code navMenu}) are
 * added after a controller method that renders a view — as the {@code @ControllerAdvice} methods they replace gave
 * them — and not for an API answer or a redirect; the handler's own values win; the menu is kept per authorities.
 */
class NavigationTests {

    private final NavItem plans = new NavItem("nav.plans", "/plans", 20, "journal-text", null);
    private final NavItem supervision = new NavItem("nav.supervision", "/supervision", 35, "speedometer",
            "ROLE_LEADER|ROLE_SPECIALIST");
    private final NavItem meetings = new NavItem("nav.meetings", "/meetings", 50, "people", null).inGroup(NavItem.DAN_VAN);
    private final NavItem petitions = new NavItem("nav.petitions", "/petitions", 40, "inbox", null).inGroup(NavItem.DAN_VAN);
    private final Navigation navigation = new Navigation(List.of(meetings, supervision, plans, petitions));
    private final HandlerMethod page = handler();

    @Test
    void aRenderedPageGetsThePathTheEntriesItsCallerMaySeeAndTheGroupedMenu() {
        ModelAndView mav = handle(page, new ModelAndView("plans/list"), "/plans", user("ROLE_SPECIALIST"));
        assertThat(mav.getModel().get("currentPath")).isEqualTo("/plans");
        assertThat(mav.getModel().get("nav")).isEqualTo(List.of(plans, supervision, petitions, meetings));
        assertThat(mav.getModel().get("navMenu")).isEqualTo(List.of(new NavEntry(plans, null, List.of()),
                new NavEntry(supervision, null, List.of()), new NavEntry(null, NavItem.DAN_VAN, List.of(petitions, meetings))));
    }

    @Test
    void anEntryNeedsOneOfItsAuthorities() {
        ModelAndView mav = handle(page, new ModelAndView("plans/list"), "/plans", user("ROLE_SCHOOL_STAFF"));
        assertThat(mav.getModel().get("nav")).isEqualTo(List.of(plans, petitions, meetings));
    }

    @Test
    void anAnonymousCallerGetsNoEntriesButThePath() {
        // Spring Security's request wrapper answers no principal for an anonymous caller, as the advice received it
        ModelAndView mav = handle(page, new ModelAndView("petitions/public"), "/public/petitions", null);
        assertThat(mav.getModel()).containsEntry("nav", List.of()).containsEntry("navMenu", List.of())
                .containsEntry("currentPath", "/public/petitions");
        Authentication signedOut = user("ROLE_SPECIALIST");
        signedOut.setAuthenticated(false);
        assertThat(navigation.menu(signedOut).nav()).isEmpty();
    }

    @Test
    void theHandlersOwnValuesAreKept() {
        ModelAndView mine = new ModelAndView("plans/list");
        mine.addObject("currentPath", "/elsewhere").addObject("nav", List.of(plans));
        ModelAndView mav = handle(page, mine, "/plans", user("ROLE_SPECIALIST"));
        assertThat(mav.getModel()).containsEntry("currentPath", "/elsewhere").containsEntry("nav", List.of(plans));
        assertThat((List<?>) mav.getModel().get("navMenu")).hasSize(3);
    }

    @Test
    void anApiAnswerARedirectAndANonControllerHandlerGetNothing() {
        MockHttpServletRequest req = request("/api/v1/plans", user("ROLE_SPECIALIST"));
        navigation.postHandle(req, new MockHttpServletResponse(), page, null);
        ModelAndView redirect = handle(page, new ModelAndView("redirect:/plans"), "/plans", user("ROLE_SPECIALIST"));
        ModelAndView redirectView = handle(page, new ModelAndView(new RedirectView("/plans")), "/plans", user("ROLE_SPECIALIST"));
        ModelAndView other = new ModelAndView("home");
        navigation.postHandle(request("/", user("ROLE_SPECIALIST")), new MockHttpServletResponse(), new Object(), other);
        assertThat(redirect.getModel()).isEmpty();
        assertThat(redirectView.getModel()).isEmpty();
        assertThat(other.getModel()).isEmpty();
    }

    /** Session 18: the layout keeps a menu's hash by the list's identity, which is sound only for an immutable list. */
    @Test
    void theMenusEntriesAreImmutableListsThatListCopyOfKeepsAsTheyAre() {
        List<NavEntry> entries = navigation.menu(user("ROLE_SPECIALIST")).entries();
        assertThat(List.copyOf(entries)).isSameAs(entries);
        for (NavEntry e : entries) {
            assertThat(List.copyOf(e.children())).isSameAs(e.children());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.add(entries.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theMenuIsComputedOncePerSetOfAuthorities() {
        Navigation.Menu first = navigation.menu(user("ROLE_SPECIALIST"));
        assertThat(navigation.menu(user("ROLE_SPECIALIST"))).isSameAs(first);
        assertThat(navigation.menu(user("ROLE_SCHOOL_STAFF"))).isNotSameAs(first);
        assertThat(first.entries().get(2).children()).isUnmodifiable();
    }

    private ModelAndView handle(HandlerMethod handler, ModelAndView mav, String path, Authentication auth) {
        navigation.postHandle(request(path, auth), new MockHttpServletResponse(), handler, mav);
        return mav;
    }

    private static MockHttpServletRequest request(String path, Authentication auth) {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", path);
        req.setUserPrincipal(auth);
        return req;
    }

    private static Authentication user(String role) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("u", "p", role);
        token.setAuthenticated(true);
        return token;
    }

    private static HandlerMethod handler() {
        try {
            return new HandlerMethod(new Object(), Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
