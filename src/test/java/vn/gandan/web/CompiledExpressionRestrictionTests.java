package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpression;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Issue 14, item 5 (session 16): the view records the main pages read are public so that SpEL compiles the
 * expressions reading them ({@code spring.thymeleaf.enable-spring-el-compiler=true}: an expression runs as bytecode
 * after 100 interpreted evaluations). A compiled expression reads a model variable with a plain {@code Map.get} — not
 * through Thymeleaf's check on {@code param} — so restricted attributes ({@code th:utext}, event handlers, fragment
 * and link bases) must still be refused by Thymeleaf's own check of the expression's text, which runs before SpEL on
 * every evaluation, compiled or not.
 */
class CompiledExpressionRestrictionTests {

    /** A view record as the pages read them: public, so the read of {@code value} is compilable. */
    public record Row(String value) {
    }

    private final SpringTemplateEngine engine = engine();

    @Test
    void requestParametersAreRefusedInAnUnescapedAttributeEvenAfterTheExpressionRunsCompiled() throws Exception {
        Context context = new Context();
        context.setVariable("param", Map.of("q", "<script>alert(1)</script>"));
        context.setVariable("rows", Collections.nCopies(150, 0));

        String escaped = engine.process("<p th:each=\"i : ${rows}\" th:text=\"${param.q}\">x</p>", context);

        assertThat(escaped).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(compiled("param.q")).as("the normal attribute's expression runs compiled").isTrue();
        assertThatThrownBy(() -> engine.process("<p th:utext=\"${param.q}\">x</p>", context))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("is forbidden in this context");
        assertThatThrownBy(() -> engine.process("<a th:onclick=\"${param.q}\">x</a>", context))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("is forbidden in this context");
    }

    @Test
    void theRecordsPropertyRunsCompiledAndGivesTheInterpretedValue() throws Exception {
        Context context = new Context();
        context.setVariable("rows", Collections.nCopies(150, new Row("a < b")));

        String out = engine.process("<p th:each=\"r : ${rows}\" th:text=\"${r.value}\">x</p>", context);

        assertThat(compiled("r.value")).isTrue();
        assertThat(out.split("</p>")).hasSize(150).allSatisfy(p -> assertThat(p.strip()).isEqualTo("<p>a &lt; b"));
    }

    @Test
    void staticAccessAndInstantiationAreRefusedInAnUnescapedAttribute() {
        Context context = new Context();
        for (String expression : List.of("T(java.lang.Runtime).getRuntime()", "new java.lang.String('x')")) {
            assertThatThrownBy(() -> engine.process("<p th:utext=\"${" + expression + "}\">x</p>", context))
                    .as(expression).isInstanceOf(TemplateProcessingException.class)
                    .hasStackTraceContaining("is forbidden in this context");
        }
    }

    /** Whether Thymeleaf's cached SpEL expression for this text runs compiled. */
    private boolean compiled(String expression) throws Exception {
        ICache<ExpressionCacheKey, Object> cache = engine.getConfiguration().getCacheManager().getExpressionCache();
        Object computed = cache.get(new ExpressionCacheKey("spel", expression));
        assertThat(computed).as(expression).isNotNull();
        SpelExpression spel = (SpelExpression) field(computed, "expression");
        return field(spel, "compiledAst") != null;
    }

    private static Object field(Object target, String name) throws Exception {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    private static SpringTemplateEngine engine() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true); // as spring.thymeleaf.enable-spring-el-compiler=true
        return engine;
    }
}
