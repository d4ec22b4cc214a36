package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/**
 * Issue 11 "Must show", on a phone: Phước Sang registers a teacher's model (a refused attempt first, its message in
 * place and the typed name kept), launches and follows it; the Phòng evaluates and recognises it; it appears in the
 * public library without login; the Phòng's ranking shows the school's final score.
 */
class EmulationJourneyTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private void type(String name, String text) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        e.clear();
        e.sendKeys(text);
    }

    private void post(By by) {
        var page = driver.findElement(By.tagName("main"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void aTeachersModelIsRegisteredFollowedRecognisedPublishedAndTheRankingShowsTheFinalScore() throws Exception {
        String name = "Cô Hạnh đến từng nhà học sinh " + (System.nanoTime() % 10000);
        login("th.phuocsang");
        open("/emulation/models/new");
        type("name", name);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind"))).selectByValue("EXEMPLAR");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("holderKind"))).selectByValue("PERSON");
        type("holderName", "Cô Võ Thị Hạnh");
        post(By.cssSelector("main form button[type=submit]"));
        assertThat(main()).contains("Vui lòng chọn một lĩnh vực").contains("Vui lòng nêu thực trạng");
        assertThat(driver.findElement(By.id("field")).getAttribute("class")).contains("is-invalid");
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo(name);
        screenshot("emulation-1-refused");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("field"))).selectByValue("VAN_HOA_XA_HOI");
        type("place", "Ấp 3, xã Phước Sang");
        String[][] reg = {{"situation", "Phụ huynh ở ấp xa ít liên hệ với nhà trường"}, {"aims", "Mọi phụ huynh lớp 2B được thăm mỗi học kỳ"},
                {"content", "Thăm hộ, họp nhóm phụ huynh theo ấp"}, {"area", "Ấp 3, phụ huynh lớp 2B"}, {"forces", "Giáo viên chủ nhiệm chủ trì"},
                {"resources", "Tự túc"}, {"timing", "Từ tháng 9, đánh giá cuối học kỳ I"}, {"outputs", "Sổ thăm hộ"},
                {"sustainability", "Nhân rộng cho khối 2"}};
        for (String[] f : reg) type(f[0], f[1]);
        post(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).matches(".*/emulation/models/\\d+$");
        String modelUrl = driver.getCurrentUrl().replace(url(""), "");
        assertThat(driver.findElement(By.id("model-status")).getText()).isEqualTo("Đã đăng ký");

        type("content", "Ra mắt tại buổi họp phụ huynh lớp 2B");
        post(By.cssSelector("main form[action*='/steps/launch'] button[type=submit]"));
        assertThat(driver.findElement(By.id("model-status")).getText()).isEqualTo("Đã ra mắt");
        post(By.cssSelector("main form[action*='/steps/progress'] button[type=submit]"));
        assertThat(main()).as("progress without content, refused in place").contains("Vui lòng nhập kết quả thực hiện trong kỳ");
        type("content", "Đã thăm 14 hộ; 2 buổi họp nhóm phụ huynh");
        type("evidenceUrl", "https://thphuocsang.example.vn/dvk/hanh");
        post(By.cssSelector("main form[action*='/steps/progress'] button[type=submit]"));
        assertThat(driver.findElement(By.id("model-status")).getText()).isEqualTo("Đang theo dõi");
        driver.manage().deleteAllCookies();

        login("phong.phugiao");
        open(modelUrl + "?evaluate=1");
        post(By.cssSelector("main form[action*='/steps/evaluate'] button[type=submit]"));
        assertThat(driver.findElement(By.id("model-status")).getText()).isEqualTo("Đã đánh giá");
        type("decision", "Quyết định số 77/QĐ-PGDĐT");
        post(By.cssSelector("main form[action*='/steps/recognise'] button[type=submit]"));
        assertThat(driver.findElement(By.id("model-status")).getText()).isEqualTo("Đã công nhận");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Chuyên viên Phòng GDĐT Phú Giáo");
        screenshot("emulation-2-recognised");

        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        BigDecimal score = jdbc.sql("""
                        select sum(l.final_points) from emu_score s join emu_score_line l on l.score_id = s.id
                         where s.unit_id = :u and s.year = :y and s.final_at is not null""").param("u", school)
                .param("y", year).query(BigDecimal.class).single();
        open("/emulation/ranking?unitId=" + phong + "&year=" + year);
        String row = driver.findElement(By.xpath("//ol[@id='ranking']/li[.//a[text()='Trường Tiểu học Phước Sang']]")).getText();
        assertThat(row).contains("Điểm cuối cùng: " + score.toPlainString());
        screenshot("emulation-3-ranking");
        driver.manage().deleteAllCookies();

        open("/public/exemplars?q=co+hanh+den+tung+nha&unit=phuoc+sang");
        assertThat(driver.findElement(By.id("exemplars")).getText()).contains(name);
        click(By.linkText(name));
        wait.until(ExpectedConditions.urlMatches(".*/public/exemplars/\\d+$"));
        assertThat(main()).contains("Quyết định số 77/QĐ-PGDĐT").contains("Cô Võ Thị Hạnh");
        screenshot("emulation-4-library");
    }
}
