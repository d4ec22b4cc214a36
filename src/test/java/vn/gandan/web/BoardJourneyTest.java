package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.gandan.BrowserTestSupport;

/**
 * On a phone: An Linh's head forms the people's inspection board from the board page — the G6 limits are shown beside
 * the form, a barred member (the head) is refused in place with what was typed kept — then records a recommendation,
 * which gets the head's reply deadline.
 */
class BoardJourneyTest extends BrowserTestSupport {

    private static final String BOARD = "//article[contains(., '01/01/2038')]";

    private void type(String name, String text) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        e.clear();
        e.sendKeys(text);
    }

    private void setDate(WebElement e, String iso) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", e, iso);
    }

    private void post(By by) {
        var page = driver.findElement(By.tagName("main"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void aSchoolHeadFormsTheBoardAfterARefusedMemberAndRecordsARecommendation_G6() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        login("th.anlinh");
        open("/meetings");
        click(By.linkText("Ban thanh tra nhân dân"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-create")));
        click(By.cssSelector("#board-create summary"));
        assertThat(driver.findElement(By.id("g6-rules")).getText()).contains("từ 3 đến 9 thành viên");
        setDate(driver.findElement(By.name("termFrom")), "2038-01-01");
        type("name0", "Nguyễn Văn Hiệu");
        type("position0", "Hiệu trưởng");
        type("name1", "Lê Thị Bình");
        type("position1", "Giáo viên");
        type("name2", "Phạm Văn Cường");
        type("position2", "Nhân viên");
        post(By.cssSelector("#board-form button[type=submit]"));
        assertThat(driver.findElement(By.id("position0")).getAttribute("class")).contains("is-invalid");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("không được là thành viên Ban TTND");
        assertThat(driver.findElement(By.name("name1")).getAttribute("value")).isEqualTo("Lê Thị Bình");
        type("name0", "Trần Văn An");
        type("position0", "Giáo viên");
        post(By.cssSelector("#board-form button[type=submit]"));
        assertThat(driver.findElement(By.xpath(BOARD)).getText()).contains("Trần Văn An").contains("Lê Thị Bình");

        click(By.xpath(BOARD + "//details/summary"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.xpath(BOARD + "//select[@name='kind']"))).selectByValue("RECOMMENDATION");
        type("content", "Đề nghị niêm yết quyết toán quỹ phúc lợi");
        setDate(driver.findElement(By.xpath(BOARD + "//input[@name='foundOn']")), today.toString());
        post(By.xpath(BOARD + "//form[contains(@class, 'finding-form')]//button"));
        assertThat(driver.findElement(By.xpath(BOARD)).getText()).contains("Đề nghị niêm yết quyết toán quỹ phúc lợi")
                .contains("Kiến nghị").contains("Thủ trưởng trả lời trước");
        screenshot("board-phone");
    }
}
