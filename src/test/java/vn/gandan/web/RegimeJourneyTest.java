package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/** On a phone, the Phòng specialist opens the regimes from the reports page and writes one; a school after the Phòng is refused. */
class RegimeJourneyTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    @Test
    void theSpecialistWritesARegimeAndSeesTheLevelOrderMessageNextToTheField() throws Exception {
        login("phong.phugiao");
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        open("/reports?unitId=" + phong + "&period=2041");
        click(By.cssSelector("a[href$='/reports/regimes']"));
        click(By.cssSelector("a[href$='/reports/regimes/new']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        type("name", "Chế độ báo cáo dân vận năm học (thử)");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('validFrom').value = '2090-01-01'");
        click(By.id("kind-PHONG_GDDT"));
        new Select(driver.findElement(By.id("deadlines[1].unitKind"))).selectByValue("PHONG_GDDT");
        type("deadlines[1].workingDaysAfter", "1");
        click(By.cssSelector("main form[method=post] button[type=submit]"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        WebElement schoolDays = driver.findElement(By.id("deadlines[0].workingDaysAfter"));
        assertThat(schoolDays.getAttribute("class")).contains("is-invalid");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Hạn của cấp Trường học phải trước hạn của cấp Phòng GDĐT");
        screenshot("regime-form-level-order-phone");

        type("deadlines[1].workingDaysAfter", "4");
        click(By.cssSelector("main form[method=post] button[type=submit]"));
        wait.until(ExpectedConditions.urlMatches(".*/reports/regimes/\\d+$"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Chế độ báo cáo dân vận năm học (thử)").contains("Phòng Giáo dục và Đào tạo Phú Giáo")
                .contains("2 ngày làm việc sau khi chốt số liệu").contains("4 ngày làm việc sau khi chốt số liệu");
        screenshot("regime-detail-phone");
    }
}
