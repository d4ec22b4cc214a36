package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The schools' side of the loop journey: each school's notices (unread badge, opening one lowers it), its task list
 * with each task once and its plan; Phước Sang reports and finishes (150 % refused in place), An Linh does not and
 * receives the Phòng's reminder.
 */
final class LoopSchools {

    private final LoopRun r;
    private final PlanLoopJourneyTest t;

    LoopSchools(LoopRun r) {
        this.r = r;
        this.t = r.t;
    }

    /** The school's head sees the notices with the badge, opens the tasks notice and finds each task once. */
    void noticesAndTaskList(String username, long unitId) {
        t.as(username);
        t.go("/notifications");
        r.waitUntilListed("Nhiệm vụ được giao (2): " + r.number);
        assertThat(t.main()).contains("Kế hoạch mới cần triển khai: " + r.number);
        t.axe("notices");
        int unread = t.unreadBadge();
        assertThat(unread).as("unread badge of " + username).isGreaterThanOrEqualTo(2);
        t.go("/");
        assertThat(t.unreadBadge()).isEqualTo(unread);
        t.axe("home with the unread badge");
        t.go("/notifications");
        t.press(By.xpath("//li[contains(@class,'notice-unread')]//a[starts-with(normalize-space(.), 'Nhiệm vụ được giao (2): "
                + r.number + "')]"));
        t.waiter().until(ExpectedConditions.urlContains("/units/" + unitId + "/work"));
        r.present(By.id("work-list"));
        assertThat(t.unreadBadge()).as("the badge after opening a notice").isEqualTo(unread - 1);
        for (String task : List.of(r.taskA, r.taskB)) {
            List<WebElement> rows = t.browser().findElements(By.xpath(
                    "//ul[@id='work-list']/li[.//a[normalize-space(.)='" + task + "']]"));
            assertThat(rows).as(task + " in the work list of " + username).hasSize(1);
            assertThat(rows.get(0).getText()).contains("Thuộc kế hoạch").contains(r.number);
        }
        assertThat(rowOf(r.taskA).getText()).contains("Quá hạn");
        t.axe("work list");
    }

    /** Phước Sang reports its progress (150 % refused in place, the text kept) and marks the task done. */
    void reportsAndFinishes() {
        t.press(By.linkText(r.taskA));
        r.present(By.id("progress"));
        t.axe("task");
        t.type(By.id("progress"), "150");
        t.type(By.id("note"), "Đã tổ chức hội nghị viên chức, biên bản kèm theo.");
        t.post(By.cssSelector("form[action$='/updates'] button[type=submit]"));
        WebElement progress = r.present(By.id("progress"));
        assertThat(progress.getAttribute("class")).contains("is-invalid");
        assertThat(progress.getAttribute("value")).isEqualTo("150");
        assertThat(t.browser().findElement(By.id("progress-error")).getText()).isNotBlank();
        t.axe("task with an error");
        t.type(By.id("progress"), "100");
        t.press(By.cssSelector("form[action$='/updates'] button[type=submit]"));
        t.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-progress"), "100%"));
        By done = By.cssSelector("form[action$='/done'] button");
        if (!t.browser().findElements(done).isEmpty()) {
            t.post(done);
        }
        assertThat(t.browser().findElements(done)).as("every occurrence of the task is done").isEmpty();
    }

    /** An Linh's head finds the Phòng's reminder, unread, naming the plan it has not implemented. */
    void receivesTheReminder() {
        t.as("th.anlinh");
        t.go("/notifications");
        r.waitUntilListed(r.number);
        List<WebElement> reminders = t.browser().findElements(By.xpath("//li[contains(@class,'notice-unread')]"
                + "[.//a[starts-with(normalize-space(.), 'Nhắc nhở từ Phòng')]][contains(., '" + r.number + "')]"));
        assertThat(reminders).as("the unread reminder naming " + r.number).isNotEmpty();
        t.shot("loop-reminder-" + r.size.getWidth());
    }

    private WebElement rowOf(String task) {
        return t.browser().findElement(By.xpath("//ul[@id='work-list']/li[.//a[normalize-space(.)='" + task + "']]"));
    }
}
