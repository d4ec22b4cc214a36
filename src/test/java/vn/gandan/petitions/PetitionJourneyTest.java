package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.gandan.BrowserTestSupport;

/**
 * On a phone: a citizen files a phản ánh on the public page (first with an empty content, told so in Vietnamese with
 * the typed name kept), tracks it by code; the school's leader accepts and answers it; the citizen reads the answer;
 * the Phòng's dashboard counts it.
 */
class PetitionJourneyTest extends BrowserTestSupport {

    private long phongTotal() {
        login("phong.phugiao");
        open("/petitions/dashboard");
        long total = Long.parseLong(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total"))).getText().strip());
        driver.manage().deleteAllCookies();
        return total;
    }

    @Test
    void aCitizensFeedbackIsFiledTrackedAnsweredAndCounted() throws Exception {
        long before = phongTotal();
        open("/public/petitions?unit=TH-PS");
        driver.findElement(By.id("name")).sendKeys("Trương Thị Phụ Huynh");
        click(By.cssSelector("form [type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback")));
        assertThat(driver.getPageSource()).contains("Trường này là bắt buộc");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Trương Thị Phụ Huynh");

        driver.findElement(By.id("content")).sendKeys("Đèn hành lang tầng 2 bị hỏng, học sinh đi lại tối");
        click(By.cssSelector("form [type=submit]"));
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#filed strong"))).getText();
        assertThat(code).startsWith("GD-");
        assertThat(driver.findElement(By.id("tracked-status")).getText()).isEqualTo("Đã tiếp nhận");
        screenshot("petition-filed-phone");

        login("th.phuocsang");
        open("/petitions?q=" + code);
        click(By.partialLinkText(code));
        click(By.id("accept"));
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Đã thụ lý"));
        driver.findElement(By.id("text")).sendKeys("Nhà trường đã thay bóng đèn ngày hôm nay. Cảm ơn phụ huynh.");
        click(By.id("resolve"));
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Đã giải quyết"));
        driver.manage().deleteAllCookies();

        open("/public/petitions/track?code=" + code);
        assertThat(driver.findElement(By.id("tracked-answer")).getText()).contains("đã thay bóng đèn");
        screenshot("petition-answered-phone");
        assertThat(phongTotal()).isEqualTo(before + 1);
    }
}
