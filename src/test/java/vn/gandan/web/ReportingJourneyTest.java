package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/** Two schools report (one late); the Phòng specialist reviews, consolidates and exports. */
class ReportingJourneyTest extends BrowserTestSupport {

    private static final String PERIOD = "2041";

    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** A figure computed from the records (the school has items in its register) can be typed over only with a reason. */
    private void reasonIfComputed(String code) {
        driver.findElements(By.id("r-" + code)).forEach(r -> r.sendKeys("Sổ đơn thư chưa nhập vào hệ thống"));
    }

    private void schoolReports(String account, String code, int received, boolean late) {
        driver.manage().deleteAllCookies();
        login(account);
        open("/reports?unitId=" + unit(code) + "&period=" + PERIOD);
        click(By.cssSelector("form[action$='/reports/new'] button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("v-PETITIONS_RECEIVED")));
        driver.findElement(By.id("v-PETITIONS_RECEIVED")).clear();
        driver.findElement(By.id("v-PETITIONS_RECEIVED")).sendKeys(String.valueOf(received));
        reasonIfComputed("PETITIONS_RECEIVED");
        driver.findElement(By.id("v-PETITIONS_RESOLVED")).clear();
        driver.findElement(By.id("v-PETITIONS_RESOLVED")).sendKeys("1");
        reasonIfComputed("PETITIONS_RESOLVED");
        driver.findElement(By.id("s-DEMOCRACY")).sendKeys("Đối thoại với viên chức tại " + code);
        if (late) {
            jdbc.sql("update report_submission set due_date = current_date - 1 where unit_id = :u and period = :p")
                    .param("u", unit(code)).param("p", PERIOD).update();
        }
        click(By.cssSelector("button[value=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã gửi"));
    }

    @Test
    void twoSchoolsSubmitOneLateAndThePhongReturnsAcceptsConsolidatesAndExports() throws Exception {
        schoolReports("th.phuocsang", "TH-PS", 4, false);
        schoolReports("th.anlinh", "TH-AL", 6, true);

        driver.manage().deleteAllCookies();
        login("phong.phugiao");
        open("/reports?unitId=" + unit("PGDDT-PG") + "&period=" + PERIOD);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Trường Tiểu học Phước Sang").contains("Trường Tiểu học An Linh").contains("Gửi muộn");
        screenshot("reporting-matrix-phone");

        click(By.xpath("//tr[td/a[text()='Trường Tiểu học An Linh']]//a[contains(@href,'/reports/submissions/')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
        driver.findElement(By.id("reason")).sendKeys("Số đơn thư chưa khớp sổ theo dõi");
        click(By.cssSelector("form[action$='/return'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bị trả lại"));

        open("/reports?unitId=" + unit("PGDDT-PG") + "&period=" + PERIOD);
        click(By.xpath("//tr[td/a[text()='Trường Tiểu học Phước Sang']]//a[contains(@href,'/reports/submissions/')]"));
        click(By.cssSelector("form[action$='/accept'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã tiếp nhận"));

        open("/reports?unitId=" + unit("PGDDT-PG") + "&period=" + PERIOD);
        click(By.cssSelector("form[action$='/reports/consolidate'] button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("s-DEMOCRACY")));
        assertThat(driver.findElement(By.id("v-PETITIONS_RECEIVED")).getAttribute("value")).isEqualTo("4");
        assertThat(driver.findElement(By.id("s-DEMOCRACY")).getAttribute("value"))
                .contains("Trường Tiểu học Phước Sang").doesNotContain("An Linh");
        screenshot("reporting-consolidated-draft-phone");

        String cookie = driver.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("/reports/export.xlsx?unitId=" + unit("PGDDT-PG") + "&period=" + PERIOD))).header("Cookie", "SESSION=" + cookie)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }
}
