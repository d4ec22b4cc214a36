package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.SpelNodeImpl;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5 (session 16): which of the {@code ${…}} expressions the main pages evaluate does SpEL compile, and
 * why not the others. Walks the main pages as the three staff accounts and anonymously more often than SpEL's
 * threshold for compiling (an expression is compiled after 100 interpreted evaluations), then reads Thymeleaf's
 * expression cache: per expression whether it runs compiled, and for the rest the first node SpEL cannot compile
 * with its read accessor. Writes {@code target/bench/spel-compilation.txt}.
 * {@code ./mvnw -o -Pbench test -Dtest=SpelCompilationReport}
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SpelCompilationReport {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SpringTemplateEngine engine;

    @Test
    void whichExpressionsRunCompiled() throws Exception {
        List<String> staff = MainPages.of(jdbc, clock).staff();
        List<PageClient> users = new ArrayList<>();
        for (String user : MainPages.USERS) {
            users.add(PageClient.signIn(port, user));
        }
        PageClient bare = PageClient.bare(port);
        int rounds = Integer.getInteger("bench.rounds", 40);
        for (int i = 0; i < rounds; i++) {
            for (PageClient c : users) {
                for (String page : staff) {
                    assertThat(MainPages.followed(c, page).statusCode()).as(page).isLessThan(500);
                }
            }
            for (String page : MainPages.PUBLIC) {
                bare.get(page);
            }
        }
        ICache<ExpressionCacheKey, Object> cache = engine.getConfiguration().getCacheManager().getExpressionCache();
        // steady state: no expression compiled again (a compiled expression meeting another type falls back and
        // recompiles later), no class defined while the same pages are walked again
        Map<ExpressionCacheKey, Object> before = new java.util.HashMap<>();
        for (ExpressionCacheKey key : cache.keySet()) {
            Object value = cache.get(key);
            if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
                before.put(key, field(field(value, "expression"), "compiledAst"));
            }
        }
        long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        for (int i = 0; i < 10; i++) {
            for (PageClient c : users) {
                for (String page : staff) {
                    MainPages.followed(c, page);
                }
            }
            for (String page : MainPages.PUBLIC) {
                bare.get(page);
            }
        }
        long loaded = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes;
        int recompiled = 0;
        for (Map.Entry<ExpressionCacheKey, Object> e : before.entrySet()) {
            Object now = field(field(cache.get(e.getKey()), "expression"), "compiledAst");
            if (e.getValue() != null && now != e.getValue()) {
                recompiled++;
            }
        }
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int compiled = 0;
        int total = 0;
        for (ExpressionCacheKey key : cache.keySet()) {
            Object value = cache.get(key);
            if (value == null || !value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
                continue;
            }
            SpelExpression spel = (SpelExpression) field(value, "expression");
            total++;
            int interpreted = ((java.util.concurrent.atomic.AtomicInteger) field(spel, "interpretedCount")).get();
            if (field(spel, "compiledAst") != null) {
                compiled++;
                lines.add("compiled      " + spel.getExpressionString());
                continue;
            }
            String why = ((SpelNodeImpl) spel.getAST()).isCompilable() ? "compilable, not yet compiled"
                    : firstNotCompilable(spel.getAST());
            reasons.merge(why.replaceAll("'[^']*'", "'…'"), 1, Integer::sum);
            lines.add(String.format("%5d interp. %s   <- %s", interpreted, spel.getExpressionString(), why));
        }
        StringBuilder out = new StringBuilder("SpEL expressions in Thymeleaf's cache: " + total + ", compiled " + compiled
                + "\nduring 10 more rounds: " + recompiled + " compiled expressions replaced or dropped, " + loaded
                + " classes loaded\n\nfirst node not compilable (expressions):\n");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("%5d %s%n", e.getValue(), e.getKey())));
        out.append("\n");
        lines.stream().sorted().forEach(l -> out.append(l).append('\n'));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/spel-compilation.txt"), out);
        assertThat(total).isPositive();
    }

    /** The innermost node that is not compilable (its children are), with its accessor when it reads a property. */
    private static String firstNotCompilable(SpelNode node) throws Exception {
        for (int i = 0; i < node.getChildCount(); i++) {
            SpelNode child = node.getChild(i);
            if (!((SpelNodeImpl) child).isCompilable()) {
                return firstNotCompilable(child);
            }
        }
        String what = node.getClass().getSimpleName() + " '" + node.toStringAST() + "'";
        for (String name : List.of("cachedReadAccessor", "cachedExecutor")) {
            try {
                Object accessor = field(node, name);
                what += " " + name + "=" + (accessor == null ? "null" : accessor.getClass().getName());
                if (accessor != null) {
                    for (String m : List.of("member", "method")) {
                        try {
                            Object member = field(accessor, m);
                            what += " " + member;
                        }
                        catch (NoSuchFieldException ignored) {
                            // not this accessor's field
                        }
                    }
                }
            }
            catch (NoSuchFieldException ignored) {
                // not this node's field
            }
        }
        return what;
    }

    private static Object field(Object target, String name) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            }
            catch (NoSuchFieldException e) {
                // the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
