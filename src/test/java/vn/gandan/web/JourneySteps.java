package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.gandan.Axe;
import vn.gandan.BrowserTestSupport;

/**
 * Steps shared by the cross-role journeys: switching user, typing, posting a form and waiting for the page (or the
 * htmx swap) to be replaced, and axe-core on every page a journey visits for the first time at its width.
 */
abstract class JourneySteps extends BrowserTestSupport {

    /** The widths the issue asks for: a phone (360 × 740) and a laptop (1366 × 768). */
    static final Dimension PHONE_360 = new Dimension(360, 740);
    static final Dimension LAPTOP_1366 = new Dimension(1366, 768);

    private final Set<String> checked = new LinkedHashSet<>();

    /** Signs out and in again as another demo user, at the journey's width. */
    void as(String username) {
        driver.manage().deleteAllCookies();
        login(username);
    }

    void waitFor(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    void type(By by, String text) {
        WebElement e;
        try {
            e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            shot("failed-" + driver.manage().window().getSize().getWidth());
            throw new AssertionError(by + " not on " + driver.getCurrentUrl() + ":\n" + main(), timeout);
        }
        e.clear();
        e.sendKeys(text);
    }

    void type(String name, String text) {
        type(By.name(name), text);
    }

    void setDate(String name, String iso) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", e, iso);
    }

    /** Clicks a button that posts its form, then waits until the page (or htmx's swap of main) replaced it. */
    void post(By by) {
        WebElement page = driver.findElement(By.tagName("main"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    /** The path of the current page without its query ("/plans/12"). */
    String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceAll("[?#].*", "");
    }

    /**
     * axe-core on the current page, once per kind of page ({@code name}) and width: no serious or critical violation.
     */
    void axe(String name) {
        String key = driver.manage().window().getSize().getWidth() + " px " + name;
        assertThat(main()).as("a message key without its text on " + key).doesNotContain("??");
        if (checked.add(key)) {
            List<String> v = Axe.seriousViolations(driver);
            assertThat(v).as("serious or critical axe-core violations on " + key).isEmpty();
        }
    }

    /** For the journey's step classes (not subclasses): the browser, a click that re-finds, opening a path. */
    org.openqa.selenium.WebDriver browser() {
        return driver;
    }

    org.openqa.selenium.support.ui.WebDriverWait waiter() {
        return wait;
    }

    void press(By by) {
        click(by);
    }

    void go(String path) {
        open(path);
    }

    void shot(String name) {
        try {
            screenshot(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Set<String> pagesChecked() {
        return checked;
    }

    /** The unread count beside "Thông báo" in the menu, 0 when no badge is shown. */
    int unreadBadge() {
        List<WebElement> badge = driver.findElements(By.cssSelector("#badge-notifications > span"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getAttribute("textContent").trim());
    }
}
