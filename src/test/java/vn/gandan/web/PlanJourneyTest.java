package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.gandan.BrowserTestSupport;

/**
 * The Phòng's secretary drafts a plan in the editor on a laptop (adds an item and a task, moves a section), issues it;
 * the school's head implements it on a phone; the Phòng sees the school in the plan's coverage.
 */
class PlanJourneyTest extends BrowserTestSupport {

    private void type(String name, String text) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        e.clear();
        e.sendKeys(text);
    }

    private void setDate(String name, String iso) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", e, iso);
    }

    private void switchTo(String username, String page) {
        driver.manage().deleteAllCookies();
        login(username);
        driver.get(page);
    }

    /** Clicks a button that posts the form, then waits for the new page. */
    private void post(By by) {
        var page = driver.findElement(By.tagName("main"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void phongDraftsAndIssuesASchoolImplementsAndCoverageShowsIt() throws Exception {
        driver.manage().window().setSize(LAPTOP);
        login("phong.phugiao");
        open("/plans");
        click(By.cssSelector("form[action$='/plans/new'] button"));
        type("title", "Tuyên truyền, vận động thực hiện dân chủ ở cơ sở năm 2026");
        type("sections[0].body", "Nâng cao nhận thức về dân chủ ở cơ sở.");
        type("sections[2].body", "Các trường xây dựng kế hoạch và báo cáo kết quả.");
        post(By.cssSelector("button[value='addItem-1']"));
        type("sections[1].items[0].heading", "Đối thoại với viên chức");
        type("sections[1].items[0].subItems", "Chuẩn bị nội dung\nTổ chức đối thoại");
        post(By.cssSelector("button[value='addTask']"));
        // what was typed survives the editor's buttons
        assertThat(driver.findElement(By.name("sections[1].items[0].heading")).getAttribute("value")).isEqualTo("Đối thoại với viên chức");
        type("tasks[0].title", "Tổ chức hội nghị đối thoại");
        new Select(driver.findElement(By.name("tasks[0].leadUnitId"))).selectByVisibleText("Trường Tiểu học Phước Sang");
        setDate("tasks[0].due", "2026-12-18");
        post(By.cssSelector("button[value='upSection-2']"));
        assertThat(driver.findElement(By.name("sections[1].heading")).getAttribute("value")).isEqualTo("TỔ CHỨC THỰC HIỆN");
        type("signers[0].title", "TRƯỞNG PHÒNG");
        type("signers[0].name", "Nguyễn Văn Bình");
        type("recipients", "Các trường trực thuộc\nLưu: VT");
        click(By.cssSelector("button.btn-primary[value='save']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã lưu dự thảo"));
        String planUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(driver.findElement(By.cssSelector(".doc-preview")).getText())
                .contains("KẾ HOẠCH").contains("Tuyên truyền, vận động thực hiện dân chủ ở cơ sở năm 2026")
                .contains("1. Đối thoại với viên chức").contains("a) Chuẩn bị nội dung");
        // the specialist submits; the leader returns it with a comment (a blank one is refused in place)
        click(By.cssSelector("form[action$='/submit'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã trình ký"));
        switchTo("ld.phugiao", planUrl);
        click(By.cssSelector("form[action$='/return'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Hãy ghi ý kiến"));
        type("comment", "Bổ sung thời hạn báo cáo sáu tháng");
        click(By.cssSelector("form[action$='/return'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Lãnh đạo trả lại"));
        switchTo("phong.phugiao", planUrl);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bổ sung thời hạn báo cáo sáu tháng");
        click(By.cssSelector("form[action$='/submit'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã trình ký"));
        // the leader signs ("Ký", on a confirmation page); the Phòng's clerk numbers and issues (confirmed first)
        switchTo("ld.phugiao", planUrl);
        assertThat(driver.findElements(By.id("plan-sign-issue"))).as("one primary action: the clerk issues").isEmpty();
        click(By.id("plan-sign"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bạn sắp ký"));
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "chờ văn thư cấp số"));
        switchTo("vt.phugiao", planUrl);
        click(By.id("confirm-issue"));
        click(By.cssSelector("form[action$='/issue'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã ban hành văn bản số"));
        assertThat(driver.findElement(By.cssSelector(".doc-preview")).getText()).containsPattern("Số: \\d+/KH-PGDĐT");
        screenshot("plan-issued-laptop");

        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(PHONE);
        login("th.phuocsang");
        driver.get(planUrl);
        new Select(driver.findElement(By.id("deriveUnit"))).selectByVisibleText("Trường Tiểu học Phước Sang");
        click(By.cssSelector("form[action$='/derive'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dự thảo đã được tạo từ kế hoạch cấp trên"));
        assertThat(driver.findElement(By.name("tasks[0].title")).getAttribute("value")).isEqualTo("Tổ chức hội nghị đối thoại");
        type("signers[0].title", "HIỆU TRƯỞNG");
        type("signers[0].name", "Lê Văn Sang");
        click(By.cssSelector("button.btn-primary[value='save']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã lưu dự thảo"));
        // a school without a clerk: its head signs and issues ("Ký và ban hành") on the confirmation page
        click(By.id("plan-sign-issue"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bạn sắp cấp số"));
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã ban hành văn bản số"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Căn cứ, triển khai kế hoạch cấp trên")
                .contains("Tuyên truyền, vận động thực hiện dân chủ ở cơ sở năm 2026");
        screenshot("plan-school-implements-phone");

        driver.manage().deleteAllCookies();
        login("phong.phugiao");
        driver.get(planUrl);
        String coverage = driver.findElement(By.xpath("//section[h2[@id='h-derive']]")).getText();
        assertThat(coverage).contains("Trường Tiểu học Phước Sang").contains("Đã ban hành kế hoạch").contains("Chưa triển khai");
        screenshot("plan-coverage-phone");
    }
}
