package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.gandan.BrowserTestSupport;

/**
 * The print stylesheet on the loop's pages (issue 12, Print), as Chromium lays them out for print: the plan, task and
 * dashboard pages print their content, not the step forms (confirmation boxes, comment boxes, file inputs) that
 * printed before with only their buttons hidden; progress bars keep their fill.
 */
class PrintStylesheetJourneyTest extends BrowserTestSupport {

    private static final String VISIBLE_POST_FORMS = """
            return Array.from(document.querySelectorAll('main form'))
              .filter(f => (f.getAttribute('method') || '').toLowerCase() === 'post' && getComputedStyle(f).display !== 'none')
              .map(f => f.getAttribute('action'));""";

    private void print(boolean on) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
    }

    @SuppressWarnings("unchecked")
    private List<String> visiblePostForms() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(VISIBLE_POST_FORMS);
    }

    private void assertPrintsWithoutStepForms(String page) {
        print(false);
        assertThat(visiblePostForms()).as(page + " on screen has step forms").isNotEmpty();
        print(true);
        assertThat(visiblePostForms()).as(page + " printed").isEmpty();
        assertThat(driver.findElement(By.cssSelector("main h1")).isDisplayed()).isTrue();
        print(false);
    }

    @Test
    void thePlanTaskAndDashboardPagesPrintWithoutTheirStepForms() {
        login("th.phuocsang");
        open("/work");
        click(By.cssSelector("main a[href^='/tasks/']"));
        wait.until(d -> d.getCurrentUrl().contains("/tasks/"));
        assertPrintsWithoutStepForms("the task page");
        print(true);
        Object adjust = ((JavascriptExecutor) driver).executeScript(
                "const p = document.querySelector('.progress-bar'); return p == null ? 'exact' : getComputedStyle(p).printColorAdjust;");
        assertThat(adjust).as("progress bars print their fill").isEqualTo("exact");
        print(false);

        driver.manage().deleteAllCookies();
        login("ld.phugiao");
        open("/plans");
        click(By.xpath("//main//tr[.//span[contains(., 'KH-PGDĐT')]]//a[starts-with(@href, '/plans/')]"));
        wait.until(d -> d.getCurrentUrl().matches(".*/plans/\\d+$"));
        assertPrintsWithoutStepForms("the plan page");

        driver.manage().deleteAllCookies();
        login("phong.phugiao");
        open("/supervision");
        print(true);
        assertThat(visiblePostForms()).as("the dashboard printed").isEmpty();
    }
}
