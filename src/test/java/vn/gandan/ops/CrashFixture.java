package vn.gandan.ops;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.ApiClient;

/** The demo objects the crash load writes to, looked up once through the API. */
final class CrashFixture {

    static final String PLANNER = "phong.phugiao";
    static final String SCHOOL = "th.phuocsang";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PERIOD_SUFFIXES = {"", "-Q1", "-Q2", "-Q3", "-Q4", "-S1", "-S2", "-M9"};

    final long planUnit;
    final long schoolUnit;
    final long taskId;
    final String taskUser;
    private final AtomicInteger periods = new AtomicInteger();

    CrashFixture(int port) {
        ApiClient planner = new ApiClient(port).as(PLANNER);
        this.planUnit = unitId(planner, "PGDDT-PG", "Phú Giáo");
        this.schoolUnit = unitId(new ApiClient(port).as(SCHOOL), "TH-PS", "Phước Sang");
        long[] task = writableTask(port);
        this.taskId = task[0];
        this.taskUser = task[1] == 0 ? SCHOOL : PLANNER;
    }

    /** A report period never used before: years from 2100, each with its quarters, halves and nine months. */
    String nextPeriod() {
        int n = periods.getAndIncrement();
        return (2100 + n / PERIOD_SUFFIXES.length) + PERIOD_SUFFIXES[n % PERIOD_SUFFIXES.length];
    }

    static String planBody(long unit, String marker) {
        return """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "%s",
                 "period": {"kind": "YEAR", "value": "2026"}, "place": "Phú Giáo",
                 "sections": [{"heading": "MỤC ĐÍCH, YÊU CẦU", "body": "Phần một của %s"},
                              {"heading": "NHIỆM VỤ TRỌNG TÂM", "body": "Phần hai của %s"}],
                 "tasks": [{"title": "Nhiệm vụ %s", "leadUnitId": %d, "due": "2026-12-15", "recurrence": "ONCE"}]}"""
                .formatted(unit, marker, marker, marker, marker, unit);
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static long unitId(ApiClient api, String code, String name) {
        Matcher m = Pattern.compile("\"id\":(\\d+),\"code\":\"" + Pattern.quote(code) + "\"")
                .matcher(api.get("/api/v1/units?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).body());
        if (!m.find()) {
            throw new IllegalStateException("demo unit " + code + " not visible");
        }
        return Long.parseLong(m.group(1));
    }

    /** A task the school (else the Phòng) may report on, comment and add evidence to: {id, 0=school 1=phòng}. */
    private static long[] writableTask(int port) {
        List<String> users = List.of(SCHOOL, PLANNER);
        for (int u = 0; u < users.size(); u++) {
            ApiClient api = new ApiClient(port).as(users.get(u));
            for (JsonNode task : json(api.get("/api/v1/tasks").body())) {
                JsonNode details = json(api.get("/api/v1/tasks/" + task.get("id").asLong()).body());
                if (details.path("canReport").asBoolean() && details.path("canComment").asBoolean()
                        && details.path("canAddEvidence").asBoolean()) {
                    return new long[] {task.get("id").asLong(), u};
                }
            }
        }
        throw new IllegalStateException("no demo task open to reports, comments and evidence");
    }
}
