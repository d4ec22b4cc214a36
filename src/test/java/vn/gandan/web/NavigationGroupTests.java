package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The phone menu stays short: the dân vận modules sit under one "Công tác dân vận" entry that opens without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NavigationGroupTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user("phong.phugiao").roles("SPECIALIST")))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void danVanModulesAreOneMenuEntryThatOpensWithoutJavaScript() throws Exception {
        Document home = page("/");
        var group = home.select("#mainNav details.nav-group-details");
        assertThat(group).hasSize(1);
        assertThat(group.select("> summary").text()).isEqualTo("Công tác dân vận");
        assertThat(group.select("a.nav-link").eachAttr("href"))
                .containsExactlyInAnyOrder("/meetings", "/disclosures", "/petitions", "/emulation");
        assertThat(group.hasAttr("open")).isFalse();
        assertThat(home.select("#mainNav > ul.me-auto > li").size()).isLessThanOrEqualTo(12);
        assertThat(home.select("#mainNav a.nav-link[href=/plans]")).hasSize(1);
    }

    @Test
    void theGroupIsOpenAndItsLinkMarkedOnOneOfItsPages() throws Exception {
        Document meetings = page("/emulation");
        var group = meetings.select("#mainNav details.nav-group-details");
        assertThat(group.hasAttr("open")).isTrue();
        assertThat(group.select("a[aria-current=page]").attr("href")).isEqualTo("/emulation");
    }
}
