package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The demo items and receptions of one unit, dated relative to today (see {@link DemoPetitions}). */
@Component
class DemoCases {

    private final PetitionIntake intake;
    private final PetitionWork work;
    private final Receptions receptions;
    private final ReceptionSchedules schedules;

    DemoCases(PetitionIntake intake, PetitionWork work, Receptions receptions, ReceptionSchedules schedules) {
        this.intake = intake;
        this.work = work;
        this.receptions = receptions;
        this.schedules = schedules;
    }

    private long item(long unit, String kind, LocalDate on, String content, String name) {
        Petitioner p = name == null ? null : new Petitioner(name, "Ấp 2, xã Phước Sang, Bình Dương", "0912000111", null);
        return intake.receive(new NewPetition(unit, kind, null, on, "TRUC_TIEP", content, p,
                "KHIEU_NAI".equals(kind) ? on.minusDays(20) : null, null, null, null, null, null, null));
    }

    /** Every kind in every state, some overdue, some due this week. */
    void everyState(long u, LocalDate t) {
        item(u, "KIEN_NGHI", t.minusDays(3), "Kiến nghị bố trí thêm giờ đón trẻ buổi chiều", "Trần Văn Bình");
        item(u, "PHAN_ANH", t.minusDays(15), "Phản ánh nhà vệ sinh học sinh bị hỏng vòi nước", "Lê Thị Cúc");
        long late = item(u, "KHIEU_NAI", t.minusDays(45), "Khiếu nại việc không xét miễn học phí cho con", "Nguyễn Văn Dũng");
        work.accept(late, t.minusDays(40), "NORMAL", false);
        long complex = item(u, "KHIEU_NAI", t.minusDays(30), "Khiếu nại kết quả xét tuyển nhân viên hợp đồng", "Phạm Thị Em");
        work.accept(complex, t.minusDays(27), "COMPLEX", false);
        work.verify(complex, t.minusDays(20), "Xác minh hồ sơ xét tuyển");
        long soon = item(u, "TO_CAO", t.minusDays(30), "Tố cáo việc thu quỹ lớp sai quy định", "Hoàng Văn Giang");
        work.accept(soon, t.minusDays(26), "COMPLEX", false);
        long extended = item(u, "TO_CAO", t.minusDays(50), "Tố cáo việc sử dụng kinh phí sửa chữa", "Võ Thị Hạnh");
        work.accept(extended, t.minusDays(45), "VERY_COMPLEX", false);
        work.extend(extended, t.minusDays(20), 30, "Cần xác minh tại nhiều nơi");
        long answered = item(u, "KIEN_NGHI", t.minusDays(25), "Kiến nghị làm mái che sân trường", "Đặng Văn Khoa");
        work.accept(answered, t.minusDays(22), null, false);
        work.resolve(answered, t.minusDays(5), "Nhà trường đã đưa vào kế hoạch sửa chữa hè năm nay", true);
        long closed = item(u, "KHIEU_NAI", t.minusDays(120), "Khiếu nại quyết định điều chuyển lớp dạy", "Bùi Thị Lan");
        work.accept(closed, t.minusDays(115), null, false);
        work.dialogue(closed, t.minusDays(100), "Đối thoại với người khiếu nại");
        work.resolve(closed, t.minusDays(90), "Giữ nguyên quyết định điều chuyển", true);
        work.takeEffect(closed, t.minusDays(59));
        work.close(closed, t.minusDays(50));
        long withdrawn = item(u, "TO_CAO", t.minusDays(20), "Tố cáo cán bộ thư viện đi muộn", "Mai Văn Minh");
        work.withdraw(withdrawn, t.minusDays(18), "Người tố cáo rút đơn");
        long suspended = item(u, "KHIEU_NAI", t.minusDays(35), "Khiếu nại việc xếp lương", "Đỗ Thị Nga");
        work.accept(suspended, t.minusDays(33), null, false);
        work.suspend(suspended, t.minusDays(10), "Chờ kết luận thanh tra của cấp trên");
        long rejected = item(u, "PHAN_ANH", t.minusDays(12), "Phản ánh về giá gửi xe ngoài cổng", "Lý Văn Ơn");
        work.reject(rejected, t.minusDays(8), "Không thuộc phạm vi quản lý của nhà trường");
        long guided = item(u, "KHIEU_NAI", t.minusDays(9), "Khiếu nại quyết định xử phạt giao thông", "Tạ Văn Phúc");
        work.guide(guided, t.minusDays(7), "Hướng dẫn gửi đến cơ quan đã ban hành quyết định xử phạt");
        item(u, "TO_CAO", t.minusDays(6), "Thư không ký tên tố cáo việc dạy thêm, kèm ảnh chụp giấy thu tiền", null);
        long terminated = item(u, "KHIEU_NAI", t.minusDays(60), "Khiếu nại việc đánh giá viên chức", "Châu Thị Quyên");
        work.accept(terminated, t.minusDays(58), null, false);
        work.terminate(terminated, t.minusDays(40), "Người khiếu nại rút toàn bộ nội dung sau đối thoại");
        reception(u, t.minusDays(20), true, "Phụ huynh hỏi về khoản thu đầu năm", "KIEN_NGHI");
        reception(u, t.minusDays(45), false, "Phụ huynh phản ánh việc đón trả học sinh", "PHAN_ANH");
    }

    void some(long u, LocalDate t) {
        item(u, "KIEN_NGHI", t.minusDays(2), "Kiến nghị công khai lịch tiếp công dân trên trang thông tin", "Hồ Văn Sơn");
        long due = item(u, "PHAN_ANH", t.minusDays(28), "Phản ánh việc chậm trả lời đơn của người dân", "Kiều Thị Tâm");
        work.accept(due, t.minusDays(25), null, false);
        long late = item(u, "KHIEU_NAI", t.minusDays(50), "Khiếu nại kết quả thi đua cuối năm", "Phan Văn Út");
        work.accept(late, t.minusDays(45), null, false);
        long done = item(u, "KIEN_NGHI", t.minusDays(40), "Kiến nghị sửa đường vào điểm trường", "La Thị Vân");
        work.accept(done, t.minusDays(38), null, false);
        work.resolve(done, t.minusDays(15), "Đã phối hợp địa phương sửa chữa", true);
        reception(u, t.minusDays(10), true, "Công dân hỏi về chế độ chính sách", "KIEN_NGHI");
    }

    void schedule(long u, String kind, LocalDate today) {
        int day = "SO_GDDT".equals(kind) ? 15 : "UBND_XA".equals(kind) ? 10 : 5;
        schedules.add(new ReceptionSchedules.NewSchedule(u, "Người đứng đầu đơn vị", "Thủ trưởng", day,
                "Phòng tiếp công dân của đơn vị", today.minusMonths(6)));
        if ("UBND_XA".equals(kind)) {
            schedules.add(new ReceptionSchedules.NewSchedule(u, "Chủ tịch UBND xã", "Chủ tịch", 25,
                    "Trụ sở UBND xã", today.minusMonths(6)));
        }
    }

    private void reception(long u, LocalDate on, boolean head, String content, String kind) {
        receptions.log(new NewReception(u, on, new NewReception.Host(head ? "Người đứng đầu" : "Cấp phó",
                head ? "Thủ trưởng" : "Phó thủ trưởng", head), "TRUC_TIEP",
                new NewReception.Visitor("Công dân " + on.getDayOfMonth(), null), content, kind, "Giải thích, hướng dẫn", null));
    }
}
