package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.BrowserTestSupport;
import vn.gandan.TestAccounts;

/**
 * Issue 11 item 5 (I1) on a phone: a teacher of Phước Sang, whose login the school linked to her, opens her own
 * self-assessment for the school year in progress, scores a dân vận criterion over its maximum (refused in place, the
 * typed value kept, nothing stored), corrects it and sees her own points beside the criteria.
 */
class SelfAssessmentJourneyTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private void type(String id, String text) {
        var e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    private void post(By by) {
        var page = driver.findElement(By.tagName("main"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void aTeacherOpensAndScoresHerOwnSelfAssessmentOnAPhoneWithTheOverMaximumScoreRefusedInPlace_I1() throws Exception {
        String login = TestAccounts.ensure(jdbc, "gv.journey.self", "TH-PS", "STAFF");
        long person = jdbc.sql("""
                        insert into org_person(unit_id, full_name, position, valid_from, search_text)
                        values ((select id from org_unit where code = 'TH-PS'), 'Cô Đỗ Thị Ngọc', 'Giáo viên', date '2019-09-01',
                                'co do thi ngoc') returning id""").query(Long.class).single();
        jdbc.sql("update access_account set person_id = :p where username = :u").param("p", person).param("u", login).update();
        login(login);
        open("/emulation/evaluations");
        assertThat(driver.findElement(By.id("own-open")).getText()).contains("Phiếu tự đánh giá của tôi");
        post(By.cssSelector("#own-open button[type=submit]"));
        assertThat(driver.getCurrentUrl()).matches(".*/emulation/evaluations/\\d+$");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Cô Đỗ Thị Ngọc", "Tiêu chí dân vận chính quyền",
                "Tham gia mô hình “Dân vận khéo”");
        for (String code : new String[] {"P1", "P2", "P3", "P4", "D2", "D3", "D4"}) type("pt-" + code, "4");
        type("pt-D1", "7");
        type("ev-D1", "Biên bản họp phụ huynh lớp 2B");
        post(By.cssSelector("#self-form button[type=submit]"));
        assertThat(driver.findElement(By.id("self-error")).getText()).contains("Điểm phải từ 0 đến 5");
        assertThat(driver.findElement(By.id("pt-D1")).getAttribute("class")).contains("is-invalid");
        assertThat(driver.findElement(By.id("err-pt-D1")).getText()).isEqualTo("Điểm phải từ 0 đến 5.");
        assertThat(driver.findElement(By.id("pt-D1")).getAttribute("value")).isEqualTo("7");
        assertThat(driver.findElement(By.id("ev-D1")).getAttribute("value")).isEqualTo("Biên bản họp phụ huynh lớp 2B");
        assertThat(jdbc.sql("select count(*) from emu_evaluation_line l join emu_evaluation e on e.id = l.evaluation_id where e.person_id = :p")
                .param("p", person).query(Integer.class).single()).as("nothing stored").isZero();
        screenshot("self-assessment-1-refused");

        type("pt-D1", "5");
        post(By.cssSelector("#self-form button[type=submit]"));
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Tự chấm: 16 điểm", "Tự chấm: 17 điểm");
        assertThat(driver.findElement(By.id("ev-D1")).getAttribute("value")).isEqualTo("Biên bản họp phụ huynh lớp 2B");
        assertThat(driver.findElements(By.cssSelector(".is-invalid"))).isEmpty();
        screenshot("self-assessment-2-saved");
    }
}
