package vn.gandan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for browser journeys: the full app on a random port, headless Debian Chromium driven by Selenium.
 * Subclasses share one Spring context (same annotations), so add journeys without adding start-up time.
 */
@Tag("browser")
@org.junit.jupiter.api.extension.ExtendWith(ChromiumPresent.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport {

    /** A phone-sized window (360 px wide) unless a journey resizes it. */
    protected static final Dimension PHONE = new Dimension(360, 780);
    protected static final Dimension LAPTOP = new Dimension(1366, 900);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumPresent.CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=vi", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumPresent.DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(PHONE);
        // a bound, not a pace: waits end as soon as the page is there; 15 s was short for a first page on a loaded
        // 2-core CI machine (no test asserts that nothing appears, so a longer bound only slows a failing run)
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    /** Signs in through the login form (all demo accounts have the password "demo"). */
    protected void login(String username) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form [type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Scrolls the element to the middle of the window, then clicks it (long forms on a phone). */
    protected void click(By by) {
        // found afresh on each try: a page that swaps or reloads itself (htmx) between finding and clicking leaves a
        // stale element behind, which is retried, not a failure
        wait.until(d -> {
            try {
                org.openqa.selenium.WebElement e = d.findElement(by);
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
                if (!e.isDisplayed() || !e.isEnabled()) {
                    return false;
                }
                e.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException stale) {
                return false;
            }
        });
    }

    /** Saves a PNG under target/screenshots for a person to look at. */
    protected void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
