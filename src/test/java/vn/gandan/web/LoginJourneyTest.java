package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/** A school leader on a phone: signs in, sees their school, cannot open the sibling school, switches language. */
class LoginJourneyTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolLeaderSignsInOnAPhoneSeesTheirSchoolAndSwitchesLanguage() throws Exception {
        open("/");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Tên đăng nhập");
        // the form fits a 360-px screen without horizontal scrolling
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(360L);

        login("th.phuocsang");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Trang chủ"));
        // the session lives in PostgreSQL (any node can serve the next request) and expires after 30 idle minutes
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'th.phuocsang'")
                .query(Integer.class).list()).isNotEmpty().allMatch(s -> s == 1800);
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Đơn vị bạn phụ trách").contains("Trường Tiểu học Phước Sang")
                .doesNotContain("An Linh").doesNotContain("Tổng quan hệ thống");
        screenshot("home-phone-vi");

        long sibling = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        open("/units/" + sibling);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
        assertThat(driver.getPageSource()).doesNotContain("An Linh");

        open("/");
        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        WebElement english = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("English")));
        clickInOpenMenu(english);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Home"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your units");
        screenshot("home-phone-en");

        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        clickInOpenMenu(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Tiếng Việt"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Trang chủ"));
    }

    @Test
    void wrongPasswordShowsAVietnameseMessageOnTheLoginPage() {
        open("/login");
        driver.findElement(By.name("username")).sendKeys("th.phuocsang");
        driver.findElement(By.name("password")).sendKeys("khong-dung");
        driver.findElement(By.cssSelector("form [type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert[role=alert]")));
        assertThat(driver.findElement(By.cssSelector(".alert[role=alert]")).getText())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void anAccountWithTooManyFailuresIsRefusedEvenWithTheRightPasswordWithAVietnameseMessage() {
        jdbc.sql("insert into access_account(username, password_hash, display_name) values ('bi.khoa', '{noop}dung-mat-khau', 'B')")
                .update();
        for (int i = 0; i < 5; i++) {
            jdbc.sql("insert into access_login_failure(key) values ('user:bi.khoa')").update();
        }
        open("/login");
        driver.findElement(By.name("username")).sendKeys("bi.khoa");
        driver.findElement(By.name("password")).sendKeys("dung-mat-khau");
        driver.findElement(By.cssSelector("form [type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("blocked"));
        assertThat(driver.findElement(By.cssSelector(".alert[role=alert]")).getText())
                .contains("Đăng nhập sai quá nhiều lần");
    }

    /**
     * The phone menu (the dân vận modules grouped under one entry) fits the screen: wait for it to finish opening,
     * check that the link is inside the window, and follow it with a native click.
     */
    private void clickInOpenMenu(WebElement link) throws Exception {
        wait.until(d -> d.findElements(By.cssSelector(".navbar-collapse.collapsing")).isEmpty());
        screenshot("menu-open-phone");
        assertThat(link.getRect().getY() + link.getRect().getHeight()).isLessThanOrEqualTo(PHONE.getHeight());
        link.click();
    }
}
