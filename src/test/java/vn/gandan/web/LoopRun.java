package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One run of the loop journey at one width, on a plan of its own: the Phòng's side (draft, return, sign, issue,
 * dashboard, reminder). The schools' side is {@link LoopSchools}.
 */
final class LoopRun {

    final PlanLoopJourneyTest t;
    final Dimension size;
    final String taskA;
    final String taskB;
    final String title;
    final long phuocSang;
    final long anLinh;
    String planPath;
    String number;
    private long last = System.nanoTime();

    /** Prints how long the step just finished took (the journey's figures). */
    void lap(String step) {
        long now = System.nanoTime();
        System.out.printf("loop journey %d px, %s: %d ms%n", size.getWidth(), step, (now - last) / 1_000_000);
        last = now;
    }

    LoopRun(PlanLoopJourneyTest t, Dimension size, String tag) {
        this.t = t;
        this.size = size;
        String run = tag + " " + Long.toString(System.nanoTime() % 1_000_000, 36);
        this.title = "Tổ chức hội nghị viên chức năm học (" + run + ")";
        this.taskA = "Tổ chức hội nghị viên chức cấp trường (" + run + ")";
        this.taskB = "Báo cáo kết quả hội nghị viên chức (" + run + ")";
        this.phuocSang = t.unit("TH-PS");
        this.anLinh = t.unit("TH-AL");
    }

    void run() {
        long started = System.nanoTime();
        t.resize(size);
        t.as("phong.phugiao");
        t.go("/supervision");
        int lateBefore = overdue(anLinh);
        int onTimeBefore = overdue(phuocSang);
        lap("baseline");
        draft();
        lap("draft");
        returnedThenFixed();
        lap("return and fix");
        signedThenIssued();
        lap("sign and issue");
        LoopSchools schools = new LoopSchools(this);
        schools.noticesAndTaskList("th.phuocsang", phuocSang);
        schools.reportsAndFinishes();
        lap("Phước Sang");
        schools.noticesAndTaskList("th.anlinh", anLinh);
        lap("An Linh");
        dashboardAndReminder(lateBefore, onTimeBefore);
        schools.receivesTheReminder();
        lap("dashboard and reminder");
        System.out.printf("loop journey at %d px: %d ms, %d pages checked by axe-core%n", size.getWidth(),
                (System.nanoTime() - started) / 1_000_000, t.pagesChecked().size());
    }

    /** The specialist drafts: a date typed the American way is refused in place and the draft kept. */
    private void draft() {
        t.go("/plans");
        t.axe("plans");
        t.post(By.cssSelector("form[action$='/plans/new'] button"));
        t.axe("editor");
        t.type("title", title);
        t.type("sections[0].body", "Phát huy quyền làm chủ của viên chức, người lao động.");
        t.type("sections[2].body", "Các trường tổ chức hội nghị và báo cáo kết quả về Phòng.");
        t.post(By.cssSelector("button[value='addTask']"));
        t.type("tasks[0].title", taskA);
        t.select("tasks[0].leadUnitIds", "Trường Tiểu học Phước Sang", "Trường Tiểu học An Linh");
        t.typeDateAsText("tasks[0].due", "12/31/2026");
        t.type("signers[0].title", "TRƯỞNG PHÒNG");
        t.type("signers[0].name", "Nguyễn Văn Bình");
        t.type("recipients", "Các trường trực thuộc\nLưu: VT");
        t.post(By.cssSelector("button.btn-primary[value='save']"));
        WebElement due = t.browser().findElement(By.name("tasks[0].due"));
        assertThat(due.getAttribute("class")).contains("is-invalid");
        assertThat(due.getDomAttribute("value")).isEqualTo("12/31/2026");
        assertThat(t.main()).contains("Ngày không hợp lệ");
        assertThat(t.browser().findElement(By.name("title")).getAttribute("value")).isEqualTo(title);
        assertThat(t.browser().findElement(By.name("tasks[0].title")).getAttribute("value")).isEqualTo(taskA);
        t.axe("editor with an error");
        t.setDate("tasks[0].due", t.today().minusDays(3).toString());
        t.post(By.cssSelector("button[value='addTask']"));
        t.type("tasks[1].title", taskB);
        t.select("tasks[1].leadUnitIds", "Trường Tiểu học Phước Sang", "Trường Tiểu học An Linh");
        t.setDate("tasks[1].due", t.today().plusDays(20).toString());
        t.press(By.cssSelector("button.btn-primary[value='save']"));
        t.waitFor("Đã lưu dự thảo");
        planPath = t.path();
        assertThat(t.browser().findElement(By.cssSelector(".doc-preview")).getText()).contains(taskA).contains(taskB);
        t.axe("plan");
        // a section left empty: no "Trình ký" yet, the plan page lists what is missing with a link to fix it
        assertThat(t.main()).contains("Chưa thể trình ký: bổ sung các phần sau").contains("Có mục chỉ có tiêu đề, chưa có nội dung");
        assertThat(t.browser().findElements(By.cssSelector("form[action$='/submit']"))).isEmpty();
        t.axe("plan with missing parts");
        t.press(By.cssSelector("#plan-missing a[href*='/edit#section-']"));
        t.type("sections[1].body", "Mỗi trường tổ chức hội nghị viên chức, người lao động đầu năm học.");
        t.press(By.cssSelector("button.btn-primary[value='save']"));
        t.waitFor("Đã lưu dự thảo");
        t.press(By.cssSelector("form[action$='/submit'] button"));
        t.waitFor("Đã trình ký");
    }

    /** The leader returns it (a blank comment first: refused in place); the specialist fixes and resubmits. */
    private void returnedThenFixed() {
        t.as("ld.phugiao");
        t.go(planPath);
        t.press(By.cssSelector("form[action$='/return'] button"));
        t.waitFor("Hãy ghi ý kiến");
        assertThat(t.browser().findElement(By.id("comment")).getAttribute("class")).contains("is-invalid");
        t.axe("plan with a refused return");
        t.type("comment", "Ghi rõ thời gian báo cáo kết quả về Phòng");
        t.press(By.cssSelector("form[action$='/return'] button"));
        t.waitFor("Lãnh đạo trả lại");

        t.as("phong.phugiao");
        t.go(planPath);
        t.waitFor("Ghi rõ thời gian báo cáo kết quả về Phòng");
        t.press(By.cssSelector("main a[href$='/edit']"));
        t.type("sections[2].body", "Các trường báo cáo kết quả về Phòng trong 05 ngày làm việc sau hội nghị.");
        t.press(By.cssSelector("button.btn-primary[value='save']"));
        t.waitFor("Đã lưu dự thảo");
        t.press(By.cssSelector("form[action$='/submit'] button"));
        t.waitFor("Đã trình ký");
    }

    /** The leader signs on a confirmation page; the clerk issues (the unticked confirmation refused first). */
    private void signedThenIssued() {
        t.as("ld.phugiao");
        t.go(planPath);
        t.press(By.id("plan-sign"));
        t.waitFor("Bạn sắp ký");
        t.axe("confirmation");
        t.press(By.cssSelector("main form button[type=submit]"));
        t.waitFor("Đã ký; văn thư có thể cấp số");
        assertThat(t.main()).contains("Lãnh đạo ký: ld.phugiao");

        t.as("vt.phugiao");
        t.go(planPath);
        t.press(By.cssSelector("form[action$='/issue'] button"));
        Object missing = ((JavascriptExecutor) t.browser())
                .executeScript("return document.getElementById('confirm-issue').validity.valueMissing");
        assertThat(missing).isEqualTo(true);
        assertThat(t.path()).isEqualTo(planPath);
        t.press(By.id("confirm-issue"));
        t.press(By.cssSelector("form[action$='/issue'] button"));
        t.waitFor("Đã ban hành văn bản số");
        number = PlanLoopJourneyTest.find(t.main(), "(\\d+/KH-PGDĐT)");
        assertThat(t.main()).contains("Lãnh đạo ký: ld.phugiao");
        t.axe("issued plan");
    }

    /** The dashboard shows the school that did not report as late (one more overdue task); "nhắc nhở" is sent. */
    private void dashboardAndReminder(int lateBefore, int onTimeBefore) {
        t.as("phong.phugiao");
        t.go("/supervision");
        assertThat(overdue(anLinh)).as("An Linh's overdue tasks").isEqualTo(lateBefore + 1);
        assertThat(overdue(phuocSang)).as("Phước Sang's overdue tasks").isEqualTo(onTimeBefore);
        t.axe("dashboard");
        t.post(By.cssSelector("#late-" + anLinh + " button.remind"));
        t.waitFor("Đã gửi nhắc nhở đến Trường Tiểu học An Linh");
        t.axe("dashboard after a reminder");
        t.shot("loop-dashboard-" + size.getWidth());
    }

    /** The unit's overdue tasks on the dashboard (0 when the unit is not listed as late). */
    int overdue(long unitId) {
        var cells = t.browser().findElements(By.cssSelector("#late-" + unitId + " > td:nth-of-type(1) > span:not(.chart-bar)"));
        return cells.isEmpty() ? 0 : Integer.parseInt(cells.get(0).getText().trim());
    }

    void waitUntilListed(String text) {
        t.waiter().until(d -> {
            d.navigate().refresh();
            return d.findElement(By.tagName("main")).getText().contains(text);
        });
    }

    WebElement present(By by) {
        return t.waiter().until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
