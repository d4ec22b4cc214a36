package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.gandan.BrowserTestSupport;

/**
 * On a phone: Phước Sang's head schedules a dialogue, records the minutes with two opinions (one answered, one turned
 * into a task) after a refused attempt; the task is in "Việc của đơn vị"; the Phòng sees the school turn green; a
 * meeting of another school answers 404.
 */
class MeetingJourneyTest extends BrowserTestSupport {

    private void type(String name, String text) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        e.clear();
        e.sendKeys(text);
    }

    private void setDate(String name, String iso) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", e, iso);
    }

    private void post(By by) {
        var page = driver.findElement(By.tagName("main"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void aSchoolHeadHoldsADialogueItsCommitmentBecomesATaskAndThePhongSeesItGreen() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        login("phong.phugiao");
        open("/meetings");
        String light = driver.findElement(By.id("compliance-TH-PS")).getText();
        driver.manage().deleteAllCookies();

        login("th.phuocsang");
        open("/meetings");
        click(By.cssSelector("main details summary"));
        type("title", "Đối thoại giữa Hiệu trưởng với viên chức học kỳ I");
        setDate("heldOn", today.toString());
        type("startsAt", "8h sáng");
        post(By.cssSelector("#schedule-form button[type=submit]"));
        assertThat(driver.findElement(By.id("startsAt")).getAttribute("class")).contains("is-invalid");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Giờ họp theo dạng 08:00");
        assertThat(driver.findElement(By.name("title")).getAttribute("value")).isEqualTo("Đối thoại giữa Hiệu trưởng với viên chức học kỳ I");
        type("startsAt", "08:00");
        post(By.cssSelector("#schedule-form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).matches(".*/meetings/\\d+$");
        String meetingUrl = driver.getCurrentUrl();

        type("content0", "Đề nghị công khai quỹ phúc lợi hằng tháng");
        type("answer0", "Nhà trường niêm yết tại bảng tin từ tháng sau");
        type("content1", "Phòng học tầng 2 thiếu quạt mát");
        type("followTitle1", "Lắp bổ sung quạt cho phòng học tầng 2");
        setDate("followDue1", today.minusDays(3).toString());
        type("present", "27");
        type("invited", "30");
        post(By.cssSelector("#minutes-form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Hạn hoàn thành không được trước ngày họp");
        assertThat(driver.findElement(By.name("content1")).getAttribute("value")).isEqualTo("Phòng học tầng 2 thiếu quạt mát");
        setDate("followDue1", today.plusDays(30).toString());
        post(By.cssSelector("#minutes-form button[type=submit]"));
        assertThat(driver.findElements(By.cssSelector("#opinions .opinion"))).hasSize(2);
        assertThat(driver.findElement(By.id("opinions")).getText()).contains("Nhà trường niêm yết tại bảng tin từ tháng sau")
                .contains("Lắp bổ sung quạt cho phòng học tầng 2").contains("0%");
        screenshot("meeting-minutes-phone");

        open("/work");
        assertThat(driver.findElement(By.id("work-list")).getText()).contains("Lắp bổ sung quạt cho phòng học tầng 2");
        click(By.linkText("Lắp bổ sung quạt cho phòng học tầng 2"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-source")));
        assertThat(driver.findElement(By.id("task-source")).getAttribute("href")).isEqualTo(meetingUrl);
        driver.manage().deleteAllCookies();

        login("phong.phugiao");
        open("/meetings");
        assertThat(driver.findElement(By.id("compliance-TH-PS")).getText()).isNotEqualTo(light).contains("Đúng hạn");
        assertThat(driver.findElements(By.cssSelector("#compliance-TH-PS .light-green"))).hasSize(1);
        screenshot("meeting-compliance-phong-phone");
        driver.manage().deleteAllCookies();

        login("th.anlinh");
        open(meetingUrl.replace("http://localhost:" + port, ""));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Đối thoại giữa Hiệu trưởng với viên chức học kỳ I");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Không tìm thấy");
    }
}
