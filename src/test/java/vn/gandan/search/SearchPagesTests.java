package vn.gandan.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** One box, without diacritics: plans by their content, tasks, units and legal documents the caller may see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aQueryWithoutDiacriticsFindsPlansTasksUnitsAndLegalDocuments() throws Exception {
        String plan = jdbc.sql("select title from plan where status = 'ISSUED' order by id limit 1").query(String.class).single();
        String task = jdbc.sql("select title from task where active order by id limit 1").query(String.class).single();
        mvc.perform(get("/search").param("q", fold(plan)).with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"results-plans\"")))
                .andExpect(content().string(containsString(plan)));
        mvc.perform(get("/search").param("q", fold(task)).with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(content().string(containsString("id=\"results-tasks\"")));
        mvc.perform(get("/search").param("q", "phuoc sang").with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(content().string(containsString("id=\"results-units\"")));
        mvc.perform(get("/search").param("q", "so giao duc").with(user("th.phuocsang").roles("LEADER")))
                .andExpect(content().string(not(containsString("id=\"results-units\""))));
    }

    @Test
    void anOverlongQueryIsRefusedInPlaceWithTheTextKept() throws Exception {
        String q = "dân vận ".repeat(30);
        mvc.perform(get("/search").param("q", q).with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("dài quá 200 ký tự")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get("/search").param("q", "zzqxw không có").with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(content().string(containsString("Không tìm thấy kết quả nào")));
    }

    private static String fold(String s) {
        String words = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase();
        return String.join(" ", java.util.Arrays.stream(words.split("\\s+")).limit(4).toList());
    }
}
