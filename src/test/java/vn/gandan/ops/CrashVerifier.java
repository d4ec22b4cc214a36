package vn.gandan.ops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/**
 * After a restart: every acknowledged write is there, whole; and no write of the load is there in part
 * (a plan without its sections or task, an evidence file shorter than sent, a report without its values).
 */
final class CrashVerifier {

    final List<String> lost = new ArrayList<>();
    final List<String> partial = new ArrayList<>();
    int markersFound;

    private final ApiClient planner;
    private final ApiClient taskUser;
    private final ApiClient school;
    private final CrashFixture fixture;

    CrashVerifier(int port, CrashFixture fixture) {
        this.fixture = fixture;
        this.planner = new ApiClient(port).as(CrashFixture.PLANNER);
        this.taskUser = new ApiClient(port).as(fixture.taskUser);
        this.school = new ApiClient(port).as(CrashFixture.SCHOOL);
    }

    void verify(Collection<Write> acknowledged) {
        Set<String> present = new HashSet<>();
        collectPlans(present);
        collectTask(present);
        collectReports(present, acknowledged);
        markersFound = present.size();
        for (Write w : acknowledged) {
            if (!present.contains(w.kind() + ":" + w.marker())) {
                lost.add(w.toString());
            }
        }
    }

    /** Every page of the unit's plans: the list answers 500 at most and names its next page in a Link header. */
    private void collectPlans(Set<String> present) {
        List<JsonNode> plans = new ArrayList<>();
        String page = "/api/v1/plans?unitId=" + fixture.planUnit;
        while (page != null) {
            var res = planner.get(page);
            CrashFixture.json(res.body()).forEach(plans::add);
            page = ListPages.next(res);
        }
        for (JsonNode plan : plans) {
            String title = plan.path("title").asString("");
            if (!title.startsWith("CRASH-")) {
                continue;
            }
            boolean whole = plan.path("sections").size() == 2 && plan.path("tasks").size() == 1
                    && plan.path("tasks").get(0).path("title").asString("").equals("Nhiệm vụ " + title);
            record(present, whole, Write.Kind.PLAN, title, plan.toString());
        }
    }

    private void collectTask(Set<String> present) {
        JsonNode details = CrashFixture.json(taskUser.get("/api/v1/tasks/" + fixture.taskId).body());
        for (JsonNode c : details.path("comments")) {
            addMarker(present, Write.Kind.TASK_COMMENT, c.path("body").asString(""), true, c);
        }
        for (JsonNode u : details.path("updates")) {
            addMarker(present, Write.Kind.TASK_UPDATE, u.path("note").asString(""), true, u);
        }
        for (JsonNode f : details.path("files")) {
            String marker = f.path("fileName").asString("").replaceFirst("\\.pdf$", "");
            long expected = Write.evidence(marker).length;
            addMarker(present, Write.Kind.UPLOAD, marker, f.path("sizeBytes").asLong() == expected, f);
        }
    }

    /** There is no list of submissions in the API yet: every id up to a little past the highest acknowledged. */
    private void collectReports(Set<String> present, Collection<Write> acknowledged) {
        long last = acknowledged.stream().filter(w -> w.kind() == Write.Kind.REPORT).mapToLong(Write::id).max().orElse(0);
        for (long id = 1; id <= last + 20; id++) {
            var res = school.get("/api/v1/reports/submissions/" + id);
            if (res.statusCode() != 200) {
                continue;
            }
            JsonNode s = CrashFixture.json(res.body());
            String period = s.path("period").asString("");
            if (period.startsWith("21") && s.path("unitId").asLong() == fixture.schoolUnit) {
                boolean whole = s.path("values").path("DIALOGUES_HELD").asInt(-1) == 2
                        && s.path("values").path("PETITIONS_RECEIVED").asInt(-1) == 5;
                record(present, whole, Write.Kind.REPORT, period, s.toString());
            }
        }
    }

    private void addMarker(Set<String> present, Write.Kind kind, String marker, boolean whole, JsonNode node) {
        if (marker.startsWith("CRASH-")) {
            record(present, whole, kind, marker, node.toString());
        }
    }

    private void record(Set<String> present, boolean whole, Write.Kind kind, String marker, String json) {
        present.add(kind + ":" + marker);
        if (!whole) {
            partial.add(kind + " " + json);
        }
    }
}
