package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;

/**
 * The Phòng specialist imports a .docx plan (with a broken PDF in the same batch), reviews the fields beside the
 * text, corrects the title of a highlighted field set and creates the draft plan; nothing is stored before that.
 */
class ImportJourneyTest extends BrowserTestSupport {

    private static final String[] PLAN = {
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO", "Số: 21/KH-PGDĐT", "Phú Giáo, ngày 12 tháng 9 năm 2025", "KẾ HOẠCH",
        "Tuyên truyền dân chủ ở cơ sở năm học 2025-2026",
        "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận chính quyền;",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, giáo viên.", "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Tuyên truyền Luật Thực hiện dân chủ ở cơ sở.", "a) Tổ chức hội nghị.", "b) Đăng tin trên trang thông tin.",
        "2. Xây dựng mô hình dân vận khéo.", "III. TỔ CHỨC THỰC HIỆN",
        "Các trường báo cáo năm trước ngày 20/5/2026 về Phòng./.",
        "Nơi nhận:", "- Các trường trực thuộc;", "- Lưu: VT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An"};

    @Autowired
    JdbcClient jdbc;

    @Test
    void specialistImportsADocxPlanCorrectsTheTitleAndCreatesTheDraft() throws Exception {
        Path dir = Files.createTempDirectory("import-journey");
        Path docx = dir.resolve("ke-hoach-dan-chu.docx");
        Files.write(docx, docx(PLAN));
        Path pdf = Files.writeString(dir.resolve("hong.pdf"), "%PDF-1.4 hỏng", StandardCharsets.UTF_8);
        long plansBefore = jdbc.sql("select count(*) from plan").query(Long.class).single();

        login("phong.phugiao");
        open("/");
        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        click(By.linkText("Nhập văn bản"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")))
                .sendKeys(docx.toAbsolutePath() + "\n" + pdf.toAbsolutePath());
        click(By.cssSelector("#import-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Đã xử lý 2/2 tệp"));
        String results = driver.findElement(By.id("import-results")).getText();
        assertThat(results).contains("ke-hoach-dan-chu.docx").contains("DOCX").contains("Kế hoạch").contains("Đã đọc")
                .contains("hong.pdf").contains("Từ chối (415)").contains("PDF hỏng");
        screenshot("imports-batch-phone");

        click(By.linkText("Kiểm tra và sửa"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-title")));
        assertThat(driver.findElement(By.cssSelector(".import-lines")).getText()).contains("Số: 21/KH-PGDĐT");
        WebElement low = driver.findElement(By.cssSelector(".import-low"));
        assertThat(low.getText()).contains("Cần kiểm tra: độ tin cậy thấp");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Độ tin cậy 85%");
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore);
        screenshot("imports-review-phone");
        driver.manage().window().setSize(LAPTOP);
        screenshot("imports-review-laptop");
        driver.manage().window().setSize(PHONE);

        WebElement title = driver.findElement(By.id("f-title"));
        assertThat(title.getAttribute("value")).isEqualTo("Tuyên truyền dân chủ ở cơ sở năm học 2025-2026");
        title.clear();
        title.sendKeys("Tuyên truyền thực hiện dân chủ ở cơ sở năm học 2025-2026");
        click(By.cssSelector("button[name=action][value=plan]"));
        wait.until(ExpectedConditions.urlMatches("/plans/\\d+$"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Tuyên truyền thực hiện dân chủ ở cơ sở năm học 2025-2026");
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore + 1);
        screenshot("imports-draft-plan-phone");
    }

    private static byte[] docx(String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        return out.toByteArray();
    }
}
