package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/** A school leader on a phone opens "Việc của đơn vị", opens a task and reports 50 % with an evidence link. */
class TaskJourneyTest extends BrowserTestSupport {

    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolLeaderReportsHalfwayWithALinkFromThePhone() throws Exception {
        long school = TaskFixtures.unit(jdbc, "TH-PS");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        PlanRef plan = TaskFixtures.plan(TaskFixtures.newPlanId(), TaskFixtures.unit(jdbc, "PGDDT-PG"),
                today.minusMonths(1), today.plusMonths(11));
        String title = "Tổ chức Hội nghị đối thoại với cha mẹ học sinh " + plan.planId();
        LocalDate due = today.minusDays(14);
        while (due.getDayOfWeek().getValue() > 5) {
            due = due.minusDays(1);
        }
        tasks.replaceForPlan(plan, List.of(TaskFixtures.once(title, school, due)));
        tasks.activateForPlan(plan);

        login("th.phuocsang");
        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("mainNav"), "class", "show"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#mainNav a[href='/work']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Việc của đơn vị"));
        assertThat(driver.findElement(By.id("work-list")).getText()).contains(title).contains("Quá hạn");
        screenshot("tasks-unit-work-phone");

        click(By.linkText(title));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
        driver.findElement(By.id("progress")).sendKeys("50");
        driver.findElement(By.id("link")).sendKeys("https://truong-phuocsang.example.vn/bien-ban-doi-thoai");
        driver.findElement(By.id("note")).sendKeys("Đã gửi giấy mời cha mẹ học sinh các lớp.");
        click(By.cssSelector("form[action$='/updates'] button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-progress"), "50%"));
        assertThat(driver.findElement(By.id("updates")).getText()).contains("50%")
                .contains("https://truong-phuocsang.example.vn/bien-ban-doi-thoai").contains("th.phuocsang");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("the task page fits a 360-px screen").isEqualTo(false);
        screenshot("tasks-task-reported-phone");
    }
}
