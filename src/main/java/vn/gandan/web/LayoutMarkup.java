package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.QueryStrings;

/**
 * Parts of the layout every page rendered again although they depend on few inputs (issue 14, item 5, session 14):
 * the main menu ({@code layout/nav :: items}: ~10 expressions, a link and up to three message look-ups per entry),
 * the static files' links ({@code layout/head :: assets}), the home page's quick links ({@code web/home-links}) and,
 * since session 15, the bar's and footer's fixed pieces ({@code layout/bar}: keyed by language and context path).
 * Each is rendered by Thymeleaf once per distinct input and kept on the node. The inputs are exactly the key: for the
 * menu the locale, the entries the caller may see, which entry is the current page, which groups are open, the badges
 * and the context path; for the static links the context path and the {@link AssetVersions}; for the quick links the
 * locale, the entries and the context path. A fragment is rendered with a context holding only those variables, so it
 * cannot read anything its key misses; messages and templates do not change while the node runs. At most
 * {@link #LIMIT} kept (badge counts vary per user): past it the store starts again. Templates reach it as
 * {@code #layoutMarkup} ({@link LayoutMarkupDialect}).
 */
@Component
class LayoutMarkup {

    static final int LIMIT = 4096;

    private final ITemplateEngine engine;
    private final Map<Object, String> kept = new ConcurrentHashMap<>();
    private final Map<Same, Menu> menus = new ConcurrentHashMap<>();
    private volatile JakartaServletWebApplication application;

    LayoutMarkup(@Lazy ITemplateEngine engine) {
        this.engine = engine;
    }

    /** What the layout writes between {@code <ul class="navbar-nav me-auto">} and {@code </ul>}. */
    String nav(List<NavEntry> menu, String currentPath, Map<String, Long> badges, Locale locale) {
        List<NavEntry> entries = menu == null ? List.of() : menu;
        String context = request().getContextPath();
        Map<String, Object> vars = new HashMap<>();
        vars.put("navMenu", entries);
        vars.put("currentPath", currentPath);
        vars.put("navBadges", badges);
        if (entries.size() > Long.SIZE) { // more entries than the open groups' bits: rendered, not kept
            return render("layout/nav", "items", locale, vars);
        }
        NavKey key = new NavKey(locale, context, menu(entries), active(entries, currentPath), open(entries, currentPath),
                badges);
        return kept(key, () -> new NavKey(locale, context, key.menu(), key.active(), key.open(),
                badges == null ? null : Map.copyOf(badges)), "layout/nav", "items", locale, vars);
    }

    /**
     * The menu as a key (session 18): an immutable list (Navigation's, one per set of authorities) is kept with its hash,
     * so that looking the markup up neither hashes every entry again nor compares them one by one with the stored key's
     * (the same list). A list that is not immutable is copied, and its copy is what the key holds.
     */
    private Menu menu(List<NavEntry> entries) {
        List<NavEntry> immutable = List.copyOf(entries); // the same list when it already is immutable
        if (immutable != entries) {
            return new Menu(immutable, immutable.hashCode());
        }
        Menu known = menus.get(new Same(entries));
        if (known == null) {
            if (menus.size() >= LIMIT) {
                menus.clear();
            }
            known = new Menu(entries, entries.hashCode());
            menus.put(new Same(entries), known);
        }
        return known;
    }

    /** A list by identity (an immutable list's hash never changes). */
    private record Same(List<NavEntry> list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    /** A menu with its hash computed once; equal menus are equal entry for entry (one list: at once). */
    record Menu(List<NavEntry> entries, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Menu m && m.hash == hash && m.entries.equals(entries);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The stylesheets and scripts of every page's head, linked with their versions. */
    String assets(AssetVersions assets, Locale locale) {
        AssetsKey key = new AssetsKey(request().getContextPath(), assets);
        Map<String, Object> vars = new HashMap<>();
        vars.put("assets", assets);
        return kept(key, () -> key, "layout/head", "assets", locale, vars);
    }

    /** The home page's quick links: what it writes between {@code <ul class="mb-0">} and {@code </ul>}. */
    String quickLinks(List<NavItem> nav, Locale locale) {
        List<NavItem> items = nav == null ? List.of() : nav;
        LinksKey key = new LinksKey(locale, request().getContextPath(), items);
        Map<String, Object> vars = new HashMap<>();
        vars.put("nav", items);
        return kept(key, () -> new LinksKey(locale, key.contextPath(), List.copyOf(items)), "web/home-links", "links",
                locale, vars);
    }

    /** The pieces of {@code layout/bar.html}: the layout's bar and footer markup that only the language and context path change. */
    static final Set<String> PIECES = Set.of("skip", "brand", "search", "lang", "footer");

    /**
     * A fixed piece of the layout's bar or footer ({@code layout/bar :: name}): the skip link, the brand and the menu
     * button, the search form, the other language's link, the footer — eleven message, link and condition expressions
     * a page evaluated again on every request, although they change only with the language and the context path.
     */
    String piece(String name, Locale locale) {
        if (!PIECES.contains(name)) {
            throw new IllegalArgumentException("no layout piece " + name);
        }
        PieceKey key = new PieceKey(name, locale, request().getContextPath());
        return kept(key, () -> key, "layout/bar", name, locale, new HashMap<>());
    }

    /**
     * The other language's link ({@code layout/bar :: lang}) pointing at this page with its own query kept: the kept
     * piece says {@code href="?lang=en"}; a page opened with a query (a search's {@code q}, a list's filters) gets
     * {@code href="?q=…&amp;lang=en"}, so switching the language does not lose what the user asked for. Earlier
     * {@code lang} parameters are dropped; the query is kept as sent (still URL-encoded) and escaped for the attribute.
     */
    String otherLanguage(Locale locale) {
        String html = piece("lang", locale);
        String kept = queryWithoutLang(request().getQueryString());
        return kept.isEmpty() ? html : html.replace("href=\"?lang=", "href=\"?" + HtmlUtils.htmlEscape(kept) + "&amp;lang=");
    }

    static String queryWithoutLang(String query) {
        return QueryStrings.without(query, Set.of("lang"));
    }

    int size() {
        return kept.size();
    }

    void clear() {
        kept.clear();
    }

    private String kept(Object key, java.util.function.Supplier<Object> storedKey, String template, String fragment,
                        Locale locale, Map<String, Object> vars) {
        String html = kept.get(key);
        if (html == null) {
            html = render(template, fragment, locale, vars);
            if (kept.size() >= LIMIT) {
                kept.clear();
            }
            kept.put(storedKey.get(), html);
        }
        return html;
    }

    private String render(String template, String fragment, Locale locale, Map<String, Object> vars) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest req = attributes.getRequest();
        if (application == null) {
            application = JakartaServletWebApplication.buildApplication(req.getServletContext());
        }
        WebContext context = new WebContext(application.buildExchange(req, attributes.getResponse()), locale, vars);
        return engine.process(template, Set.of(fragment), context);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /** The path of the entry that is the current page (the only way {@code currentPath} shows in a link), or null. */
    private static String active(List<NavEntry> menu, String path) {
        for (NavEntry e : menu) {
            for (NavItem i : e.group() ? e.children() : List.of(e.item())) {
                if (i.path().equals(path)) {
                    return path;
                }
            }
        }
        return null;
    }

    /** Bit i: the i-th entry is a group holding the current page (shown open). */
    private static long open(List<NavEntry> menu, String path) {
        long bits = 0;
        for (int i = 0; i < menu.size() && i < Long.SIZE; i++) {
            if (menu.get(i).group() && menu.get(i).holds(path)) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    record NavKey(Locale locale, String contextPath, Menu menu, String active, long open,
                  Map<String, Long> badges) {
    }

    record LinksKey(Locale locale, String contextPath, List<NavItem> nav) {
    }

    record AssetsKey(String contextPath, AssetVersions assets) {
    }

    record PieceKey(String name, Locale locale, String contextPath) {
    }
}
