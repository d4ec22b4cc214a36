package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/**
 * On a phone: the Phòng's specialist submits the consolidated report for approval; the leader returns it (first with
 * a blank comment, refused in place), the specialist fixes it and submits again; the leader signs on a confirmation
 * page; the clerk numbers and sends it; the page shows who signed, when, and the digital signature.
 */
class ReportApprovalJourneyTest extends BrowserTestSupport {

    private static final String PERIOD = "2042";

    @Autowired
    JdbcClient jdbc;

    private long phong() {
        return jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
    }

    private void as(String username) {
        driver.manage().deleteAllCookies();
        login(username);
    }

    private void waitFor(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private void writeSynthesis(String text) {
        driver.findElement(By.id("s-DEMOCRACY")).clear();
        driver.findElement(By.id("s-DEMOCRACY")).sendKeys(text);
        click(By.cssSelector("button[value=save]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-submit")));
    }

    @Test
    void specialistSubmitsLeaderReturnsSpecialistFixesLeaderSignsClerkIssues() throws Exception {
        as("ld.phugiao");
        open("/units/" + phong() + "/signing");
        click(By.cssSelector("form[action$='/signing/generate'] button"));
        waitFor("Hãy đánh dấu ô xác nhận");
        click(By.id("confirm"));
        click(By.cssSelector("form[action$='/signing/generate'] button"));
        waitFor("Đã tạo khóa");

        as("phong.phugiao");
        open("/reports?unitId=" + phong() + "&period=" + PERIOD);
        click(By.cssSelector("form[action$='/reports/consolidate'] button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("s-DEMOCRACY")));
        String report = driver.getCurrentUrl().replaceAll("^.*(/reports/submissions/\\d+).*$", "$1");
        writeSynthesis("Phòng tổng hợp: các trường tổ chức hội nghị viên chức đúng hạn.");
        click(By.id("approval-submit"));
        waitFor("Chờ lãnh đạo duyệt");
        screenshot("report-approval-submitted-phone");

        as("ld.phugiao");
        open(report);
        click(By.id("approval-return"));
        waitFor("Hãy ghi ý kiến");
        assertThat(driver.findElement(By.id("approval-comment")).getAttribute("class")).contains("is-invalid");
        driver.findElement(By.id("approval-comment")).sendKeys("Bổ sung kết quả đối thoại của từng trường");
        click(By.id("approval-return"));
        waitFor("Đã trả lại văn bản");

        as("phong.phugiao");
        open(report);
        waitFor("Bổ sung kết quả đối thoại của từng trường");
        writeSynthesis("Phòng tổng hợp: 12 trường tổ chức hội nghị viên chức; 9 cuộc đối thoại, mỗi trường một biên bản.");
        click(By.id("approval-submit"));
        waitFor("Chờ lãnh đạo duyệt");

        as("ld.phugiao");
        open(report);
        click(By.id("approval-sign"));
        waitFor("Bạn sắp ký");
        click(By.cssSelector("main form button[type=submit]"));
        waitFor("Lãnh đạo đã ký");

        as("phong.phugiao");
        open(report);
        click(By.id("approval-issue"));
        waitFor("Bạn sắp cấp số");
        click(By.cssSelector("main form button[type=submit]"));
        waitFor("Đã cấp số");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).containsPattern("\\d+/BC-").contains("Lãnh đạo ký: ld.phugiao").contains("Đã ký số")
                .contains("Đã gửi");
        screenshot("report-approval-issued-phone");
    }
}
