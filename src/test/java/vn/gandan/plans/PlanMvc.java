package vn.gandan.plans;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.org.UnitService;

/**
 * The plan pages' tests' set-up: the app's MockMvc behind Spring Security (requests made as a demo account with
 * {@code user(…)}), the demo units by code, a page's HTML as a user sees it.
 */
abstract class PlanMvc {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitService units;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(user(user))).andReturn().getResponse().getContentAsString();
    }
}
