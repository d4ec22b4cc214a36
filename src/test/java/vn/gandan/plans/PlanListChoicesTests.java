package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The plan list lists the caller's units once (issue 14, session 14 second round: a Phòng's 300 schools were listed
 * twice, in the filter and again beside "new plan"); "new plan" drafts for the unit filtered on, without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanListChoicesTests extends PlanMvc {

    private static final String SCHOOL = ">Trường Tiểu học Phước Sang</option>";

    private static String newForm(String html) {
        int at = html.indexOf("action=\"/plans/new\"");
        assertThat(at).as("the new-plan form").isPositive();
        return html.substring(at, html.indexOf("</form>", at));
    }

    @Test
    void phongListsEachSchoolOnceAndNewPlanIsForTheFirstDraftingUnit() throws Exception {
        String html = page("/plans", "phong.phugiao");
        assertThat(html.split(SCHOOL, -1)).hasSize(2);
        assertThat(html).doesNotContain("id=\"newUnit\"");
        assertThat(newForm(html)).doesNotContain("name=\"unitId\"").contains("type=\"submit\"");
    }

    @Test
    void newPlanDraftsForTheSchoolFilteredOn() throws Exception {
        long school = unit("TH-PS");
        String html = page("/plans?unitId=" + school, "phong.phugiao");
        assertThat(html.split(SCHOOL, -1)).hasSize(2);
        assertThat(newForm(html)).contains("name=\"unitId\" value=\"" + school + "\"");
        String editor = page("/plans/new?unitId=" + school, "phong.phugiao");
        assertThat(editor).containsPattern("<option value=\"" + school + "\" selected=\"selected\">");
    }

    @Test
    void aSchoolHeadDraftsForItsSchoolOnly() throws Exception {
        long school = unit("TH-PS");
        assertThat(newForm(page("/plans", "th.phuocsang"))).contains("name=\"unitId\" value=\"" + school + "\"");
    }
}
