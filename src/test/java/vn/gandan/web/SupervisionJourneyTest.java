package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.Axe;
import vn.gandan.BrowserTestSupport;
import vn.gandan.tasks.PlanRef;
import vn.gandan.tasks.Recurrence;
import vn.gandan.tasks.TaskService;
import vn.gandan.tasks.TaskSpec;

/**
 * On a phone, the Phòng's specialist opens the supervision dashboard, types a wrong year (the error shows in place),
 * sees the late school and sends it a "nhắc nhở"; on a laptop, the school's head sees the unread badge, reads the
 * notice and follows it to the school's work. axe-core finds no serious violation on any of these pages.
 */
class SupervisionJourneyTest extends BrowserTestSupport {

    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private void noSeriousViolation(String page) {
        assertThat(Axe.seriousViolations(driver)).as("axe-core on " + page).isEmpty();
    }

    private void submit(By button) {
        WebElement page = driver.findElement(By.tagName("main"));
        click(button);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void thePhongRemindsTheLateSchoolAndItsHeadGetsAnUnreadNotice() throws Exception {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        long phong = unit("PGDDT-PG");
        long anLinh = unit("TH-AL");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        PlanRef plan = new PlanRef(7_700_000_001L, phong, "Kế hoạch 77/KH-PGDĐT", today.minusMonths(2), today.plusMonths(6));
        tasks.replaceForPlan(plan, List.of(new TaskSpec("Niêm yết công khai kết quả đối thoại", anLinh, List.of(),
                today.minusDays(5), Recurrence.ONCE)));
        tasks.activateForPlan(plan);

        login("phong.phugiao");
        open("/supervision");
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("20x6");
        submit(By.cssSelector("form[action$='/supervision'] button[type=submit]"));
        assertThat(driver.findElement(By.id("year-error")).getText()).contains("Năm phải gồm 4 chữ số");
        assertThat(driver.findElement(By.id("year")).getAttribute("value")).isEqualTo("20x6");
        noSeriousViolation("dashboard with a wrong year, 360 px");
        WebElement late = driver.findElement(By.id("late-" + anLinh));
        assertThat(late.getText()).contains("1");
        submit(By.cssSelector("#late-" + anLinh + " button.remind"));
        assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).contains("Đã gửi nhắc nhở");
        noSeriousViolation("dashboard after the reminder, 360 px");
        screenshot("supervision-phone");

        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(LAPTOP);
        login("th.anlinh");
        wait.until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("badge-notifications")).isEmpty();
        });
        assertThat(Integer.parseInt(driver.findElement(By.cssSelector("#badge-notifications > span")).getText())).isPositive();
        noSeriousViolation("home with the unread badge, 1366 px");
        open(driver.findElement(By.cssSelector("#badge-notifications")).findElement(By.xpath("..")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", ""));
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[contains(@class,'notice-unread')][.//a[starts-with(normalize-space(.), 'Nhắc nhở từ')]]")));
        String id = notice.getAttribute("id");
        assertThat(notice.getText()).contains("nhiệm vụ quá hạn");
        noSeriousViolation("notices, 1366 px");
        screenshot("notices-laptop");
        click(By.cssSelector("#" + id + " a"));
        wait.until(ExpectedConditions.urlContains("/units/" + anLinh + "/work"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Niêm yết công khai kết quả đối thoại");
        open("/notifications");
        assertThat(driver.findElement(By.id(id)).getAttribute("class")).doesNotContain("notice-unread");
    }
}
