package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gandan.BrowserTestSupport;

/** A Phòng specialist on a phone finds a school in the unit tree without typing diacritics. */
class UnitTreeJourneyTest extends BrowserTestSupport {

    @Test
    void specialistOnAPhoneSearchesPhuocSangAndOpensTheSchool() throws Exception {
        login("phong.phugiao");
        screenshot("home-phone");

        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("mainNav"), "class", "show"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#mainNav a[href='/units']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cơ cấu tổ chức"));

        driver.findElement(By.id("q")).sendKeys("phuoc sang", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Trường Tiểu học Phước Sang")));
        assertThat(driver.findElement(By.id("results")).getText()).doesNotContain("An Linh");
        screenshot("unit-search-phone");

        driver.findElement(By.linkText("Trường Tiểu học Phước Sang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Trường Tiểu học Phước Sang"));
        assertThat(driver.findElement(By.cssSelector(".breadcrumb")).getText())
                .contains("Phòng Giáo dục và Đào tạo Phú Giáo");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("THPS").contains("Tiểu học");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("page fits a 360-px screen without horizontal scrolling").isEqualTo(false);
        screenshot("unit-page-phone");
    }

    @Test
    void schoolLeaderGetsNotFoundForASiblingSchoolPage() {
        login("th.phuocsang");
        open("/units?q=an+linh");
        assertThat(driver.findElement(By.id("results")).getText()).doesNotContain("An Linh");
        open("/units/" + siblingId());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
        assertThat(driver.getPageSource()).doesNotContain("Trường Tiểu học An Linh");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long siblingId() {
        return jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
    }
}
