package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.gandan.ApiClient;

/**
 * The objects whose reminders fall due while both nodes run: a plan issued through the API with tasks due
 * tomorrow, and reception schedules whose next day is within the reminder window; and who must be reminded.
 * Every title carries the run's marker, so the checks count only these objects' notices and e-mails.
 */
final class ReminderObjects {

    static final List<String> LEADS = List.of("TH-PS", "TH-AL", "PGDDT-PG", "TH-PS");
    static final List<String> RECEPTION_UNITS = List.of("TH-PS", "TH-AL");
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    final String marker = "NODES-" + System.currentTimeMillis();
    private final Connection db;

    ReminderObjects(Connection db) {
        this.db = db;
    }

    /** Issues a plan (drafted by the Phòng's specialist, issued by its leader) with one task per lead unit. */
    int issuePlanWithTasksDueTomorrow(int port) {
        LocalDate tomorrow = LocalDate.now(VN).plusDays(1);
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < LEADS.size(); i++) {
            tasks.append(i == 0 ? "" : ",").append("{\"title\": \"Nhiệm vụ %s-%d\", \"leadUnitId\": %d, \"due\": \"%s\", \"recurrence\": \"ONCE\"}"
                    .formatted(marker, i, unitId(LEADS.get(i)), tomorrow));
        }
        String body = """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "Kế hoạch %s", "period": {"kind": "YEAR", "value": "%d"},
                 "place": "Phú Giáo", "sections": [{"heading": "MỤC ĐÍCH, YÊU CẦU", "body": "Nhắc việc trên hai máy chủ"}],
                 "tasks": [%s], "recipients": ["Các trường trực thuộc", "Lưu: VT"],
                 "signers": [{"name": "Nguyễn Văn Bình", "title": "TRƯỞNG PHÒNG", "onBehalf": null}]}"""
                .formatted(unitId("PGDDT-PG"), marker, tomorrow.getYear(), tasks);
        var created = new ApiClient(port).as("phong.phugiao").post("/api/v1/plans", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var issued = new ApiClient(port).as("ld.phugiao").post("/api/v1/plans/" + ApiClient.id(created.body()) + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return LEADS.size();
    }

    /**
     * A schedule on the day of the month of {@link #firstSchedulableDay} (moved to the next working day): within the
     * nodes' 5-working-day window ({@link ScheduledJobsOnce#JOB_ARGS}). It was {@code min(today, 28)}: on the 29th to
     * the 31st the 28th had passed, the next day was a month away and no reception reminder came (the test failed).
     */
    int scheduleReceptions(int port) {
        int day = firstSchedulableDay(LocalDate.now(VN)).getDayOfMonth();
        for (String unit : RECEPTION_UNITS) {
            ApiClient leader = new ApiClient(port).as("TH-PS".equals(unit) ? "th.phuocsang" : "th.anlinh");
            var created = leader.post("/api/v1/receptions/schedules", """
                    {"unitId": %d, "hostName": "Hiệu trưởng %s", "hostPosition": "Hiệu trưởng", "dayOfMonth": %d,
                     "place": "Phòng tiếp dân"}""".formatted(unitId(unit), marker, day));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return RECEPTION_UNITS.size();
    }

    /** Today, or on the 29th to the 31st the 1st of the next month (a schedule's day of the month is 1–28). */
    static LocalDate firstSchedulableDay(LocalDate today) {
        LocalDate day = today;
        while (day.getDayOfMonth() > 28) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** How many notices the objects must give: everyone on each task's lead unit, each reception unit's leaders. */
    long expectedNotices() throws SQLException {
        long expected = 0;
        for (String unit : LEADS) {
            expected += people(unit, "");
        }
        for (String unit : RECEPTION_UNITS) {
            expected += people(unit, " and g.role = 'LEADER'");
        }
        return expected;
    }

    long unitId(String code) {
        try {
            return Sql.count(db, "select id from org_unit where code = '" + code + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enabled accounts granted a role directly on the unit: who a notice to the unit reaches. */
    private long people(String unit, String role) throws SQLException {
        return Sql.count(db, "select count(distinct g.account_id) from access_grant g join access_account a on a.id = g.account_id"
                + " where a.enabled and g.unit_id = " + unitId(unit) + role
                + " and g.valid_from <= current_date and (g.valid_to is null or g.valid_to >= current_date)");
    }
}
