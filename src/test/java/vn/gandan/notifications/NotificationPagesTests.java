package vn.gandan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The notices page: unread badge in the menu, opening a notice marks it read, e-mail choices kept per person. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Notices notices;
    @Autowired
    NoticeStore store;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private long account(String username) {
        return jdbc.sql("select id from access_account where username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void theBadgeCountsUnreadNoticesAndOpeningOneMarksItReadAndFollowsItsLink() throws Exception {
        long me = account("th.phuocsang");
        store.markAllRead(me);
        notices.toPerson(me, null, "TEST", NoticeText.of("notifications.reportReturned.title", "DVCQ", "2026"),
                NoticeText.of("notifications.reportReturned.body", "thiếu số liệu"), "/reports");
        long id = store.of(me, new vn.gandan.shared.ListPage(1, 1)).rows().get(0).id();
        mvc.perform(get("/").with(user("th.phuocsang").roles("LEADER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"badge-notifications\"")));
        mvc.perform(get("/notifications").with(user("th.phuocsang").roles("LEADER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Báo cáo bị trả lại: DVCQ kỳ 2026")))
                .andExpect(content().string(containsString("notice-unread")));
        mvc.perform(get("/notifications/" + id + "/open").with(user("th.phuocsang").roles("LEADER")))
                .andExpect(redirectedUrl("/reports"));
        mvc.perform(get("/notifications").with(user("th.phuocsang").roles("LEADER")))
                .andExpect(content().string(not(containsString("notice-unread"))))
                .andExpect(content().string(not(containsString("id=\"badge-notifications\""))));
        mvc.perform(get("/notifications/" + id + "/open").with(user("th.anlinh").roles("LEADER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachPersonKeepsTheirOwnEmailChoices() throws Exception {
        mvc.perform(post("/notifications/preferences").param("digest", "true").with(csrf())
                        .with(user("th.anlinh").roles("LEADER")))
                .andExpect(redirectedUrl("/notifications?saved"));
        assertThat(store.preference(account("th.anlinh"))).isEqualTo(new NoticeStore.Preference(false, true, "vi"));
        assertThat(store.preference(account("th.phuocsang"))).isEqualTo(NoticeStore.Preference.DEFAULT);
        mvc.perform(get("/notifications").with(user("th.anlinh").roles("LEADER")))
                .andExpect(content().string(containsString("id=\"digest\" name=\"digest\" value=\"true\" checked")));
        store.savePreference(account("th.anlinh"), NoticeStore.Preference.DEFAULT);
    }

    /** A list never cuts silently (issue 14): past the newest 200 notices the page says it shows only those. */
    @Test
    void aPersonWithMoreThanTheCapIsToldThePageShowsTheNewestOnly() throws Exception {
        long unit = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        long me = jdbc.sql("""
                        insert into access_account(username, password_hash, display_name, unit_id)
                        values ('paging.notices', '{noop}x', 'Người nhiều thông báo', :u) returning id""")
                .param("u", unit).query(Long.class).single();
        jdbc.sql("insert into access_grant(account_id, unit_id, role, subtree, valid_from) values (:a, :u, 'SPECIALIST', false, '2000-01-01')")
                .param("a", me).param("u", unit).update();
        for (int i = 0; i < NoticeStore.LIST_CAP; i++) {
            store.insert(me, unit, "TEST", "Thông báo số " + i, "", "/");
        }
        mvc.perform(get("/notifications").with(user("paging.notices").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Đang hiện 200 thông báo mới nhất"))));
        store.insert(me, unit, "TEST", "Thông báo thứ 201", "", "/");
        mvc.perform(get("/notifications").with(user("paging.notices").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đang hiện 200 thông báo mới nhất")))
                .andExpect(content().string(containsString("Thông báo thứ 201")));
    }
}
