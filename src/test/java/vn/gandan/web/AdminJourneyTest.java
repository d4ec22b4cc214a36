package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.gandan.BrowserTestSupport;

/** The administrator's screens, the role-based navigation, the language switch and password rules. */
class AdminJourneyTest extends BrowserTestSupport {

    @Test
    void adminSeesSystemHealthAndVerifiesTheAuditChain() throws Exception {
        driver.manage().window().setSize(LAPTOP);
        login("admin");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Tổng quan hệ thống").contains("toàn vẹn");
        driver.findElement(By.linkText("Nhật ký")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nhật ký hệ thống"));
        assertThat(driver.findElement(By.tagName("tbody")).getText()).contains("LOGIN");
        driver.findElement(By.cssSelector("button[name=verify]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "toàn vẹn"));
        screenshot("audit-laptop");

        driver.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Audit log"));
        driver.findElement(By.linkText("Tiếng Việt")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nhật ký hệ thống"));
    }

    @Test
    void schoolLeaderHasNoAdminMenuAndGetsForbiddenOnTheAuditPage() {
        login("th.anlinh");
        assertThat(driver.getPageSource()).doesNotContain("/admin/audit").doesNotContain("/admin/accounts");
        open("/admin/audit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền");
        open("/actuator/metrics"); // refused by Spring Security itself: Boot's error view, same page
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bạn không có quyền thực hiện thao tác này");
    }

    @Test
    void aWeakNewPasswordIsRefusedWithAVietnameseMessage() {
        login("th.anlinh");
        open("/account");
        driver.findElement(By.id("current")).sendKeys("demo");
        driver.findElement(By.id("next")).sendKeys("th.anlinh-2026");
        driver.findElement(By.id("confirm")).sendKeys("th.anlinh-2026");
        click(By.cssSelector("form[action$='/account/password'] button")); // scrolled into view: the page grew
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .contains("Mật khẩu không được chứa tên đăng nhập");
    }

    @Test
    void adminCreatesAnAccountGrantsAnotherRoleAndRevokesIt() throws Exception {
        driver.manage().window().setSize(LAPTOP);
        login("admin");
        open("/admin/accounts");
        driver.findElement(By.id("username")).sendKeys("gv.hanhtrinh");
        driver.findElement(By.id("displayName")).sendKeys("Giáo viên Hành Trình");
        driver.findElement(By.id("unitCode")).sendKeys("TH-AL");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("role"))).selectByValue("STAFF");
        driver.findElement(By.id("newPassword")).sendKeys("mat-khau-tam-2026");
        click(driver.findElement(By.cssSelector("form[action$='/admin/accounts'][method=post] button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã tạo tài khoản"));

        org.openqa.selenium.WebElement row = driver.findElement(By.xpath("//tr[td[1][normalize-space()='gv.hanhtrinh']]"));
        click(row.findElement(By.tagName("summary")));
        row.findElement(By.name("unitCode")).sendKeys("TH-PS");
        new org.openqa.selenium.support.ui.Select(row.findElement(By.name("role"))).selectByValue("INSPECTOR");
        click(row.findElement(By.cssSelector("form[action$='/grants'] button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã giao quyền"));

        row = driver.findElement(By.xpath("//tr[td[1][normalize-space()='gv.hanhtrinh']]"));
        assertThat(row.getText()).contains("TH-AL").contains("TH-PS").contains("Thành viên");
        screenshot("accounts-laptop");
        click(row.findElement(By.cssSelector("button[aria-label*='TH-PS']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã thu hồi"));
        row = driver.findElement(By.xpath("//tr[td[1][normalize-space()='gv.hanhtrinh']]"));
        assertThat(row.findElements(By.cssSelector("button[aria-label*='TH-PS']"))).isEmpty();
        assertThat(row.findElements(By.cssSelector("button[aria-label*='TH-AL']"))).hasSize(1);
    }

    /** Bootstrap scrolls smoothly; jump instead so the element is in view when clicked. */
    private void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
