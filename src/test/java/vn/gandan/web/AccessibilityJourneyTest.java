package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.gandan.Axe;
import vn.gandan.BrowserTestSupport;

/**
 * WCAG 2.1 AA on the main pages as a Phòng specialist: axe-core finds no serious or critical violation at 360 px
 * nor at 1366 px (including a form shown with its error).
 */
class AccessibilityJourneyTest extends BrowserTestSupport {

    @Test
    void theMainPagesHaveNoSeriousViolationOnAPhoneNorOnALaptop() {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        login("phong.phugiao");
        List<String> pages = new ArrayList<>(List.of("/", "/plans", "/work", "/reports", "/units", "/legal",
                "/calendar", "/notifications", "/supervision", "/supervision?year=20x6", "/imports", "/account"));
        open("/plans");
        firstHref("a[href*='/plans/']:not([href$='/new'])").ifPresent(pages::add);
        open("/work");
        firstHref("a[href*='/tasks/']").ifPresent(pages::add);
        open("/reports");
        firstHref("a[href*='/reports/submissions/']").ifPresent(pages::add);
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                open(page);
                List<String> v = Axe.seriousViolations(driver);
                if (!v.isEmpty()) {
                    found.put(size.getWidth() + " px " + page, v);
                }
            }
        }
        assertThat(found).as("serious or critical axe-core violations").isEmpty();
    }

    private java.util.Optional<String> firstHref(String css) {
        return driver.findElements(By.cssSelector("main " + css)).stream().map(e -> e.getAttribute("href"))
                .filter(h -> h != null && h.matches(".*/\\d+$")).findFirst()
                .map(h -> h.replaceFirst("^https?://[^/]+", ""));
    }

}
