package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, "Must show": the plan → task → report loop across roles and units in one run, on a phone and on a laptop,
 * each on a plan of its own. The Phòng's specialist drafts a plan giving two tasks to two schools at once (a date typed
 * the wrong way is refused in place, the draft kept) and submits it; the leader returns it (a blank comment refused in
 * place), the specialist fixes and resubmits, the leader signs on a confirmation page; the clerk (văn thư) issues it
 * (the unticked confirmation refused). Each school gets notices with an unread badge, opens one (the badge goes down)
 * and sees each task once with its plan; one school reports (150 % refused in place) and finishes, the other does not;
 * the Phòng's dashboard shows the late school and the specialist's "nhắc nhở" reaches it. axe-core on every page.
 */
class PlanLoopJourneyTest extends JourneySteps {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoopOnAPhone() {
        new LoopRun(this, PHONE_360, "điện thoại").run();
    }

    @Test
    void theLoopOnALaptop() {
        new LoopRun(this, LAPTOP_1366, "máy tính").run();
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        // seven engineers share two cores: a page may take longer than the default 15 s to come back
        wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
    }

    void select(String name, String... visibleTexts) {
        Select s = new Select(driver.findElement(By.name(name)));
        for (String t : visibleTexts) {
            s.selectByVisibleText(t);
        }
    }

    /** A browser without a date picker: the date field is a plain text box the user types into. */
    void typeDateAsText(String name, String text) {
        var e = driver.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript("arguments[0].type = 'text'", e);
        type(name, text);
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }
}
