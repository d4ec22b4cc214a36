package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Issue 14, item 5 (docs/performance.md, "Session 11"): the settings the page profile asked for stay in place —
 * templates parsed once and cached, {@code ${…}} expressions compiled by the SpEL compiler, no Micrometer
 * observation wrapped around each filter of the security chain; a page written to the response in one piece.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageThroughputSettingsTests {

    @Autowired
    SpringTemplateEngine templates;
    @Autowired
    FilterChainProxy security;

    @Test
    void templatesAreCachedAndTheirExpressionsCompiled() {
        assertThat(templates.getEnableSpringELCompiler()).isTrue();
        assertThat(templates.getTemplateResolvers()).isNotEmpty().allSatisfy(r -> assertThat(
                ((AbstractConfigurableTemplateResolver) r).isCacheable()).isTrue());
    }

    @Test
    void aPageIsRenderedIntoABufferAndWrittenAtOnce(@Autowired org.thymeleaf.spring6.view.ThymeleafViewResolver views) {
        assertThat(views.getProducePartialOutputWhileProcessing()).isFalse();
    }

    @Test
    void theSecurityFiltersAreNotEachWrappedInAnObservation() {
        Object decorator = ReflectionTestUtils.getField(security, "filterChainDecorator");
        assertThat(decorator).isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
    }
}
