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
 * observation wrapped around each filter of the security chain; a page written to the response in one piece; no
 * event published after each request and no in-flight long-task timer per observation, the request timer kept
 * (session 14); no {@code @ControllerAdvice} with {@code @ModelAttribute} or {@code @InitBinder} methods, which Spring
 * looks up, builds and invokes around every handler, API calls included (session 14, second round).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageThroughputSettingsTests {

    @Autowired
    SpringTemplateEngine templates;
    @Autowired
    FilterChainProxy security;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

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
    void aPageIsSentAsBytesWithItsLengthInOneBuffer() throws Exception {
        // session 17: the page's text encoded once and sent whole (Content-Length), not through the writer in chunks
        for (String path : java.util.List.of("/public/petitions", "/public/exemplars")) {
            var res = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + path)).header("Accept-Language", "vi").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("Transfer-Encoding")).as(path).isEmpty();
            assertThat(res.headers().firstValueAsLong("Content-Length")).as(path).hasValue(res.body().length);
            String html = new String(res.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).as(path).startsWith("<!DOCTYPE html>").contains("</html>").contains("Gần Dân");
        }
    }

    @Test
    void noViewIsNegotiatedAndAPageAnswersWhateverTheClientAccepts(
            @Autowired org.springframework.web.servlet.DispatcherServlet dispatcher) throws Exception {
        // session 18: no ContentNegotiatingViewResolver; a page is HTML for any Accept header, as it was with it
        assertThat((java.util.List<?>) ReflectionTestUtils.getField(dispatcher, "viewResolvers")).isNotEmpty().noneMatch(
                r -> r instanceof org.springframework.web.servlet.view.ContentNegotiatingViewResolver);
        for (String accept : java.util.List.of("text/html", "*/*", "application/json", "text/plain;q=0.5, image/png",
                "application/xml", "nonsense")) {
            var res = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/public/exemplars")).header("Accept", accept)
                    .header("Accept-Language", "vi").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).as(accept).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Type")).as(accept).hasValue("text/html;charset=UTF-8");
            assertThat(res.body()).as(accept).startsWith("<!DOCTYPE html>").contains("</html>");
        }
    }

    @Test
    void theSecurityFiltersAreNotEachWrappedInAnObservation() {
        Object decorator = ReflectionTestUtils.getField(security, "filterChainDecorator");
        assertThat(decorator).isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void noEventIsPublishedAfterEachRequest(@Autowired org.springframework.web.servlet.DispatcherServlet dispatcher) {
        assertThat(ReflectionTestUtils.getField(dispatcher, "publishEvents")).isEqualTo(false);
    }

    @Test
    void requestsAreTimedWithoutAnInFlightLongTaskTimer(@Autowired io.micrometer.core.instrument.MeterRegistry meters)
            throws Exception {
        assertThat(vn.gandan.PageClient.bare(port).get("/public/petitions").statusCode()).isEqualTo(200);
        // the observation stops when the filter chain returns, which may be just after the client read the answer; the
        // timer is looked for under any uri: past Boot's limit of distinct uri tags (a context shared by many tests)
        // a new uri's timer is denied by the registry's filter
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(meters.find("http.server.requests").timers())
                        .isNotEmpty().anySatisfy(t -> assertThat(t.count()).isPositive()));
        assertThat(meters.find("http.server.requests.active").longTaskTimer()).isNull();
    }

    @Test
    void theSessionStoreReadsASecurityContextOncePerStoredBytes(
            @Autowired org.springframework.session.SessionRepository<?> sessions) {
        Object jdbc = ReflectionTestUtils.getField(sessions, "delegate");
        var conversions = (org.springframework.core.convert.ConversionService) ReflectionTestUtils.getField(jdbc,
                "conversionService");
        var context = new org.springframework.security.core.context.SecurityContextImpl(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("a", null,
                        java.util.List.of()));
        byte[] bytes = conversions.convert(context, byte[].class);
        var first = (org.springframework.security.core.context.SecurityContext) conversions.convert(bytes, Object.class);
        var again = (org.springframework.security.core.context.SecurityContext) conversions.convert(bytes, Object.class);
        assertThat(again).isEqualTo(context).isNotSameAs(first);
        assertThat(again.getAuthentication()).isSameAs(first.getAuthentication());
    }

    @Test
    void noAdviceRunsModelAttributeOrInitBinderMethodsAroundEveryHandler(
            @Autowired org.springframework.context.ApplicationContext context) {
        assertThat(org.springframework.web.method.ControllerAdviceBean.findAnnotatedBeans(context)).isNotEmpty()
                .allSatisfy(advice -> assertThat(org.springframework.core.MethodIntrospector.selectMethods(
                        advice.getBeanType(), (org.springframework.util.ReflectionUtils.MethodFilter) m ->
                                org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(m,
                                        org.springframework.web.bind.annotation.ModelAttribute.class)
                                || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(m,
                                        org.springframework.web.bind.annotation.InitBinder.class)))
                        .as(advice.getBeanType().getName()).isEmpty());
    }
}
