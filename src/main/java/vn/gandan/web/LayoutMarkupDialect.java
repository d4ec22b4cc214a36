package vn.gandan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import vn.gandan.shared.NavItem;

/**
 * {@code #layoutMarkup} in every template, error pages included ({@link LayoutMarkup}: the layout's parts rendered
 * once per distinct input). An expression object rather than a bean reference: {@code @bean} is refused inside
 * {@code th:utext}; and rather than a request attribute: a page rendered without the interceptors has it too.
 */
@Component
class LayoutMarkupDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Templates templates;

    LayoutMarkupDialect(ObjectProvider<LayoutMarkup> markup, @Lazy ITemplateEngine engine) {
        super("layoutMarkup");
        // a @WebMvcTest slice builds dialects but not LayoutMarkup (a plain component): then the dialect keeps its own
        this.templates = new Templates(markup.getIfAvailable(() -> new LayoutMarkup(engine)));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("layoutMarkup");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return templates;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /**
     * What {@code #layoutMarkup} is: a public type, so that SpEL finds its methods directly (on a package-private
     * class it searches the public supertypes first, throwing and catching a NoSuchMethodException each time).
     */
    public static final class Templates {
        private final LayoutMarkup kept;

        Templates(LayoutMarkup kept) {
            this.kept = kept;
        }

        public String nav(List<NavEntry> menu, String currentPath, Map<String, Long> badges, Locale locale) {
            return kept.nav(menu, currentPath, badges, locale);
        }

        public String otherLanguage(Locale locale) {
            return kept.otherLanguage(locale);
        }

        public String assets(AssetVersions assets, Locale locale) {
            return kept.assets(assets, locale);
        }

        public String quickLinks(List<NavItem> nav, Locale locale) {
            return kept.quickLinks(nav, locale);
        }

        public String piece(String name, Locale locale) {
            return kept.piece(name, locale);
        }
    }
}
