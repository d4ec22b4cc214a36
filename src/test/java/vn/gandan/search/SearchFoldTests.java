package vn.gandan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Issue 14, session 18: the searches compare stored folded texts (the task's and the plan's folded title, the report
 * section's vector — migrations 8410–8412) instead of folding every row on every search. The fold is still gd_fold,
 * kept by PostgreSQL on every write: every Vietnamese vowel with each of its tones, in both cases, and đ/Đ fold to the
 * bare lower-case letter, in the stored columns as in the query, and a search finds each such letter without its marks
 * and in capitals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchFoldTests {

    /** The twelve Vietnamese vowels and the five tone marks (huyền, sắc, hỏi, ngã, nặng) besides none. */
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long task;
    String taskTitle;
    long plan;
    String planTitle;
    long submission;
    String section;
    String body;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        task = jdbc.sql("select min(id) from task where active").query(Long.class).single();
        taskTitle = jdbc.sql("select title from task where id = :id").param("id", task).query(String.class).single();
        plan = jdbc.sql("select min(id) from plan where status = 'ISSUED'").query(Long.class).single();
        planTitle = jdbc.sql("select title from plan where id = :id").param("id", plan).query(String.class).single();
        var text = jdbc.sql("select submission_id, section_code, body from report_text order by submission_id, section_code limit 1")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        submission = Long.parseLong(text[0]);
        section = text[1];
        body = text[2];
    }

    @AfterEach
    void restore() {
        write(taskTitle, planTitle, body);
    }

    /** Every toned vowel in both cases and đ/Đ (NFC, as stored text is), each once. */
    private static List<String> letters() {
        List<String> out = new ArrayList<>();
        for (char v : VOWELS.toCharArray()) {
            for (String tone : TONES) {
                String lower = Normalizer.normalize(v + tone, Normalizer.Form.NFC);
                if (lower.equals(bare(lower))) continue; // a, e, i, o, u, y themselves
                assertThat(lower).as("one NFC letter").hasSize(1);
                out.add(lower);
                out.add(lower.toUpperCase(Locale.ROOT));
            }
        }
        out.add("đ");
        out.add("Đ");
        return out;
    }

    /** The letters without marks, lower case: the base letter of the decomposition; đ → d. */
    private static String bare(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void everyVowelWithEachToneInBothCasesAndDFoldToTheBareLetterInQueryAndStoredTexts() {
        List<String> letters = letters();
        assertThat(letters).hasSize(2 * (VOWELS.length() * TONES.length - 6 + 1));
        for (String letter : letters) {
            assertThat(jdbc.sql("select gd_fold(:s)").param("s", letter).query(String.class).single())
                    .as(letter).isEqualTo(bare(letter)).hasSize(1);
        }
        String all = "Thử " + String.join(" ", letters);
        write(all, all, all);
        assertThat(jdbc.sql("select search_title from task where id = :id").param("id", task).query(String.class).single())
                .isEqualTo(bare(all));
        assertThat(jdbc.sql("select search_title from plan where id = :id").param("id", plan).query(String.class).single())
                .isEqualTo(bare(all));
        assertThat(jdbc.sql("""
                        select search_tsv = to_tsvector('simple', :folded) from report_text
                        where submission_id = :s and section_code = :c""")
                .param("folded", bare(all)).param("s", submission).param("c", section).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void eachTonedLetterIsFoundWithoutItsMarksAndInCapitalsInTasksPlansAndReports() throws Exception {
        for (String letter : letters()) {
            String word = "zq" + letter + "zq";
            write(taskTitle + " " + word, planTitle + " " + word, body + " " + word);
            for (String q : List.of(bare(word).toUpperCase(Locale.ROOT), word.toLowerCase(Locale.ROOT))) {
                String page = mvc.perform(get("/search").param("q", q).with(user("so.binhduong")))
                        .andReturn().getResponse().getContentAsString();
                assertThat(page).as("%s as %s", letter, q).contains("href=\"/tasks/" + task + "\"")
                        .contains("href=\"/plans/" + plan + "\"").contains("href=\"/reports/submissions/" + submission + "\"");
            }
        }
    }

    private void write(String title, String plTitle, String text) {
        jdbc.sql("update task set title = :t where id = :id").param("t", title).param("id", task).update();
        jdbc.sql("update plan set title = :t where id = :id").param("t", plTitle).param("id", plan).update();
        jdbc.sql("update report_text set body = :b where submission_id = :s and section_code = :c")
                .param("b", text).param("s", submission).param("c", section).update();
    }
}
