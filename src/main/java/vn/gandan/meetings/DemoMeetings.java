package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.meetings.MeetingCommands.FollowUp;
import vn.gandan.meetings.MeetingCommands.OpinionInput;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.platform.DemoMode;

/**
 * Workplace democracy in Phú Giáo, dated from the day the database is created: dialogues in every school (Phước Sang
 * overdue), last work year's staff conference of Phước Sang with votes, consultation and resolution, its inspection
 * board with findings, recorded staff figures. Idempotent.
 */
@Component
@Order(50)
class DemoMeetings implements ApplicationRunner {

    private static final Map<String, Integer> STAFF = Map.of("TH-PS", 38, "TH-AL", 31, "TH-PV", 45, "TH-TH", 28,
            "THCS-PS", 52, "THCS-PV", 47, "MN-PG", 24, "PGDDT-PG", 15);
    /** Months since each unit's last dialogue: Phước Sang is past the 6-month interval. */
    private static final Map<String, Integer> LAST_DIALOGUE = Map.of("TH-PS", 8, "TH-AL", 2, "TH-PV", 4, "TH-TH", 5,
            "THCS-PS", 3, "THCS-PV", 1, "MN-PG", 2, "PGDDT-PG", 3);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final UnitService units;
    private final MeetingService meetings;
    private final Minutes minutes;
    private final Conferences conferences;
    private final Compliance compliance;
    private final InspectionBoards boards;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoMeetings(DemoMode demo, JdbcClient jdbc, UnitService units, MeetingService meetings, Minutes minutes,
                 Conferences conferences, Compliance compliance, InspectionBoards boards, TransactionTemplate tx, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.units = units;
        this.meetings = meetings;
        this.minutes = minutes;
        this.conferences = conferences;
        this.compliance = compliance;
        this.boards = boards;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from meeting").query(Integer.class).single() > 0
                || units.findByCode("TH-PS").isEmpty()) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            tx.executeWithoutResult(s -> load(LocalDate.now(clock)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long id(String code) {
        return units.findByCode(code).map(UnitView::id).orElseThrow();
    }

    private void load(LocalDate today) {
        STAFF.forEach((code, n) -> jdbc.sql("insert into meeting_staff_figure(unit_id, as_of, staff) values (:u, :d, :n)")
                .param("u", id(code)).param("d", today.minusYears(3)).param("n", n).update());
        LAST_DIALOGUE.forEach((code, months) -> dialogue(id(code), today.minusMonths(months), months <= 3));
        conference(id("TH-PS"), today);
        conference(id("TH-AL"), today);
    }

    private void dialogue(long unit, LocalDate on, boolean withCommitment) {
        long m = meetings.create(new MeetingCommands.NewMeeting(unit, "DOI_THOAI", on,
                "Đối thoại giữa người đứng đầu với viên chức, người lao động", "Phòng họp", "08:00", "Hiệu trưởng", false)).id();
        minutes.record(m, new MeetingCommands.Minutes("Người đứng đầu chủ trì, Công đoàn phối hợp; viên chức nêu ý kiến trực tiếp.",
                30, 27, List.of(new OpinionInput("Đề nghị công khai việc sử dụng quỹ phúc lợi", "Tổ Công đoàn", "Sẽ niêm yết tại bảng tin trong tháng", null),
                        new OpinionInput("Phòng học tầng 2 thiếu quạt mát", "Tổ khối 3", null, withCommitment
                                ? new FollowUp("Lắp bổ sung quạt cho phòng học tầng 2", unit, on.plusMonths(2)) : null),
                        new OpinionInput("Sắp xếp lịch trực hợp lý hơn", "Tổ văn phòng", "Ban giám hiệu điều chỉnh từ tháng sau", null))));
        jdbc.sql("update meeting set status = 'PUBLISHED', comments_until = :c, published_on = :p where id = :id")
                .param("c", on.plusDays(5)).param("p", on.plusDays(7)).param("id", m).update();
    }

    /** Last work year's regular conference: votes (G3), a consultation then approval (G4), resolution; the board it elected. */
    private void conference(long unit, LocalDate today) {
        WorkYears years = compliance.workYears(unit, today);
        LocalDate end = years.lastEndOnOrBefore(today);
        LocalDate held = end.plusDays(50).isAfter(today) ? years.lastEndOnOrBefore(end.minusDays(1)).plusDays(50) : end.plusDays(50);
        long m = meetings.create(new MeetingCommands.NewMeeting(unit, "HOI_NGHI_CBCCVC", held,
                "Hội nghị viên chức, người lao động năm học " + (end.getYear() - 1) + "-" + end.getYear(), "Hội trường", "07:30",
                "Hiệu trưởng", false)).id();
        long resolution = conferences.addItem(m, "DECIDE", "Thông qua Nghị quyết hội nghị");
        long election = conferences.addItem(m, "DECIDE", "Bầu Ban thanh tra nhân dân nhiệm kỳ mới (Công đoàn giới thiệu)");
        long rules = conferences.addItem(m, "CONSULT", "Quy chế chi tiêu nội bộ sửa đổi");
        conferences.vote(m, resolution, 38, 36, 35, 0, 1);
        conferences.vote(m, election, 38, 36, 33, 2, 1);
        conferences.consult(m, rules, "HOI_NGHI", held, "32 ý kiến đồng ý, 4 ý kiến đề nghị tăng mức chi hỗ trợ");
        conferences.approve(m, rules, "admin");
        conferences.approve(m, resolution, "admin");
        conferences.resolution(m, "Hội nghị thống nhất thông qua kế hoạch năm học, quy chế chi tiêu nội bộ và bầu Ban thanh tra nhân dân.",
                "/public/units/" + units.get(unit).code() + "/disclosures");
        jdbc.sql("update meeting set status = 'PUBLISHED', invited = 38, present = 36, published_on = :p where id = :id")
                .param("p", held.plusDays(7)).param("id", m).update();
        board(unit, held, m, today);
    }

    private void board(long unit, LocalDate from, long conference, LocalDate today) {
        long b = boards.create(new InspectionBoards.NewBoard(unit, from, List.of(
                new BoardRules.Member("Nguyễn Thị Lan", "Giáo viên", "TRUONG_BAN"),
                new BoardRules.Member("Trần Văn Minh", "Giáo viên", "PHO_TRUONG_BAN"),
                new BoardRules.Member("Lê Thị Hồng", "Nhân viên văn thư", "UY_VIEN")), null, conference,
                "Ban Chấp hành Công đoàn trường", "Kiểm tra việc thực hiện quy chế chi tiêu nội bộ và công khai tài chính mỗi học kỳ.")).id();
        LocalDate found = today.minusDays(40).isBefore(from) ? from : today.minusDays(40);
        boards.addFinding(b, "INSPECTION", found, "Kiểm tra thu, chi quỹ phúc lợi học kỳ I");
        boards.addFinding(b, "FINDING", found, "Chứng từ chi hỗ trợ chưa có đủ chữ ký người nhận");
        boards.addFinding(b, "RECOMMENDATION", today.minusDays(5).isBefore(from) ? from : today.minusDays(5),
                "Niêm yết công khai bảng tổng hợp chi quỹ phúc lợi tại phòng hội đồng");
        long finding = jdbc.sql("select id from inspection_finding where board_id = :b and kind = 'FINDING'").param("b", b)
                .query(Long.class).single();
        boards.reply(b, finding, found.plusDays(7), "Kế toán bổ sung chữ ký, báo cáo lại Ban TTND");
        for (int i = 1; i <= 2; i++) {
            LocalDate on = from.plusMonths(i * 2L).isAfter(today) ? today : from.plusMonths(i * 2L);
            meetings.create(new MeetingCommands.NewMeeting(unit, "HOP_BAN_TTND", on, "Họp Ban thanh tra nhân dân lần " + i,
                    "Phòng Công đoàn", null, "Trưởng ban TTND", false));
        }
    }
}
