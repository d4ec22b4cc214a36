package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, defect 12 in the browser, on a phone (360 × 740): the Công đoàn Giáo dục tỉnh ({@code cd.binhduong}),
 * co-receiver of the DVCQ regime the Phòng Phú Giáo receives under, finds on /reports the Phòng's view it co-receives,
 * opens a school's report read only ("Nơi nhận:" names the union; no edit, accept or return), downloads the Phòng's
 * consolidated view as .xlsx and .docx with its own session, and the Sở's view answers the Vietnamese 404 page.
 * axe-core on every page.
 */
class CoReceiverJourneyTest extends JourneySteps {

    private static final String UNION = "Công đoàn Giáo dục tỉnh Bình Dương";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theCoReceiverReadsTheReportsAddressedToItAndTheMainReceiversViewOnAPhone() throws Exception {
        // other tests sharing the database may issue a newer Phòng plan whose regime takes over this year: name the
        // union again on the regime in force, as the demo does (idempotent)
        context.getBean("demoCoReceivers", org.springframework.boot.ApplicationRunner.class).run(null);
        driver.manage().window().setSize(PHONE_360);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        as("cd.binhduong");
        open("/reports");
        waitFor(UNION);
        axe("reports-own");
        WebElement main = driver.findElement(By.cssSelector("#co-received a"));
        assertThat(main.getText()).isEqualTo("Phòng Giáo dục và Đào tạo Phú Giáo");
        post(By.cssSelector("#co-received a"));
        waitFor("Phòng Giáo dục và Đào tạo Phú Giáo");
        assertThat(driver.getCurrentUrl()).contains("unitId=" + unit("PGDDT-PG"));
        axe("reports-co-received");
        String viewUrl = driver.getCurrentUrl();

        post(By.cssSelector("main table a[href*='/reports/submissions/']"));
        waitFor("Nơi nhận:");
        assertThat(main()).contains(UNION).contains("Phòng Giáo dục và Đào tạo Phú Giáo");
        assertThat(driver.findElements(By.cssSelector("main form[action*='/accept'], main form[action*='/return'],"
                + " main form[action*='/approval'], main form[action*='/attachments']")).stream().map(e -> e.getAttribute("action") + ": " + e.getText()))
                .as("no review, approval or upload").isEmpty();
        assertThat(driver.findElements(By.cssSelector("main form[method=post] button, main form[method=post] input:not([type=hidden]),"
                + " main form[method=post] textarea")).stream().filter(WebElement::isEnabled)
                .map(e -> e.getAttribute("name") + "=" + e.getText())).as("every field and button of the report disabled").isEmpty();
        axe("report-read-only");

        driver.get(viewUrl);
        waitFor("Phòng Giáo dục và Đào tạo Phú Giáo");
        download("export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        download("export.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        open("/reports?unitId=" + unit("SGDDT-BD") + "&formCode=DVCQ");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        assertThat(main()).as("the Sở's own view is no co-receiver's").contains("Không tìm thấy");
        axe("not-found");
        shot("co-receiver-not-found-phone");
    }

    /** Fetches the view's export link with the browser's own session cookies: 200, the right type, some bytes. */
    private void download(String file, String type) throws Exception {
        String href = driver.findElement(By.cssSelector("main a[href*='/reports/" + file + "']")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(r.body().length).isGreaterThan(1000);
        assertThat(new String(r.body(), 0, 2)).as("an Office file is a zip").isEqualTo("PK");
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }
}
