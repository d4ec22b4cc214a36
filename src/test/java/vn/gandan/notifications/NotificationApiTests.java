package vn.gandan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;
import vn.gandan.plans.PlanContent;
import vn.gandan.plans.PlanIssued;
import vn.gandan.plans.PlanKind;

/** A plan issued by the Phòng reaches each school's people; each reads and marks only their own notices. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationApiTests {

    private static final AtomicLong PLAN = new AtomicLong(8_100_000);

    @LocalServerPort
    int port;
    @Autowired
    PlanNotices planNotices;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long issue(String title) {
        long plan = PLAN.incrementAndGet();
        PlanIssued e = new PlanIssued(plan, PlanKind.KE_HOACH, List.of(unit("PGDDT-PG")), plan + "/KH-PGDĐT", title,
                LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), new PlanContent.Period("YEAR", "2026"), null, List.of());
        planNotices.on(e); // asynchronous, after commit, like a published event
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("select count(*) from notice where link = :l")
                .param("l", "/plans/" + plan).query(Long.class).single() > 0);
        return plan;
    }

    @Test
    void aNewPlanReachesEverySchoolPersonNewestFirstAndIsMarkedReadOnlyByItsOwner() throws Exception {
        long first = issue("Kế hoạch dân vận khéo");
        planNotices.on(new PlanIssued(first, PlanKind.KE_HOACH, List.of(unit("PGDDT-PG")), first + "/KH-PGDĐT",
                "Kế hoạch dân vận khéo", null, null, null, List.of()));
        Thread.sleep(50);
        long second = issue("Kế hoạch dân chủ ở cơ sở");

        ApiClient anLinh = new ApiClient(port).as("th.anlinh");
        HttpResponse<String> list = anLinh.get("/api/v1/notifications");
        assertThat(list.statusCode()).isEqualTo(200);
        String body = list.body();
        assertThat(body).contains("\"link\":\"/plans/" + second + "\"").contains("\"read\":false").contains("\"createdAt\":");
        assertThat(body.indexOf("/plans/" + second)).as("newest first").isLessThan(body.indexOf("/plans/" + first));
        assertThat(body.split("/plans/" + first + "\"", -1)).as("a redelivered event sends nothing twice").hasSize(2);
        long id = ApiClient.id(body);

        assertThat(new ApiClient(port).as("th.phuocsang").post("/api/v1/notifications/" + id + "/read", "{}").statusCode())
                .as("another person's notice").isEqualTo(404);
        assertThat(new ApiClient(port).as("th.phuocsang").get("/api/v1/notifications").body())
                .contains("/plans/" + second);
        assertThat(anLinh.post("/api/v1/notifications/" + id + "/read", "{}").statusCode()).isEqualTo(200);
        assertThat(anLinh.get("/api/v1/notifications").body()).startsWith("[{\"id\":" + id + ",").contains("\"read\":true");
        assertThat(anLinh.post("/api/v1/notifications/999999999/read", "{}").statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).as("phong.phugiao").get("/api/v1/notifications").body())
                .as("the issuer is not told of its own plan").doesNotContain("/plans/" + second);
    }

    /** A list never cuts silently (issue 14): the person's notices are paged, newest first, each page naming the next. */
    @Test
    void theNoticesArePagedWithALinkToTheNextPageAndBadPagingIsA400() {
        for (String title : List.of("Kế hoạch phân trang một", "Kế hoạch phân trang hai", "Kế hoạch phân trang ba")) {
            issue(title);
        }
        ApiClient anLinh = new ApiClient(port).as("th.anlinh");
        ListPages.pagesAreTheWholeList(anLinh, "/api/v1/notifications", 2, 3);
        ListPages.badPagingIsA400(anLinh, "/api/v1/notifications", NoticeStore.LIST_CAP);
    }
}
