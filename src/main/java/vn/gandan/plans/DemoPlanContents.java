package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;
import vn.gandan.plans.PlanContent.BaseRef;
import vn.gandan.plans.PlanContent.Item;
import vn.gandan.plans.PlanContent.ReportDeadline;
import vn.gandan.plans.PlanContent.Section;
import vn.gandan.plans.PlanContent.Signer;

/** The texts of the demo cascade ({@link DemoPlans}): the Sở's plan, the Phòng's tasks to its schools, a school's plan. */
final class DemoPlanContents {

    private DemoPlanContents() {
    }

    /** The Sở GDĐT Bình Dương's plan on công tác dân vận chính quyền this year (the Phòng builds its own on it). */
    static PlanCommand ofSo(long so, long phong, LocalDate today, PlanContent.Period year) {
        int y = today.getYear();
        return new PlanCommand(PlanKind.KE_HOACH, List.of(so),
                "Triển khai thực hiện công tác dân vận chính quyền năm " + y + " của ngành Giáo dục và Đào tạo", year, "Bình Dương",
                List.of(new BaseRef(null, "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị"),
                        new BaseRef(null, "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường công tác dân vận chính quyền trong tình hình mới"),
                        new BaseRef(null, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022")),
                List.of(new Section("MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức, người lao động "
                                + "ngành Giáo dục về công tác dân vận chính quyền; thực hiện tốt phương châm \"Dân biết, dân bàn, dân làm, dân kiểm tra, "
                                + "dân giám sát, dân thụ hưởng\".", List.of()),
                        new Section("NỘI DUNG CHỦ YẾU", null, List.of(
                                new Item("Công tác tuyên truyền", "quán triệt các văn bản của Đảng, Nhà nước về công tác dân vận",
                                        List.of("Tổ chức hội nghị quán triệt trong toàn ngành", "Đăng tải trên cổng thông tin điện tử")),
                                new Item("Thực hiện dân chủ ở cơ sở", "tổ chức hội nghị viên chức, đối thoại giữa người đứng đầu với viên chức, người lao động",
                                        List.of("Mỗi đơn vị đối thoại ít nhất 01 lần/năm", "Công khai theo quy định")),
                                new Item("Tiếp công dân, giải quyết khiếu nại, tố cáo", "đúng thẩm quyền, đúng thời hạn luật định", List.of()),
                                new Item("Phong trào thi đua \"Dân vận khéo\"", "mỗi đơn vị đăng ký ít nhất 01 mô hình", List.of()))),
                        new Section("TỔ CHỨC THỰC HIỆN", "Các phòng, ban thuộc Sở; Phòng GDĐT các huyện, thị xã, thành phố; các trường trực thuộc "
                                + "xây dựng kế hoạch triển khai và báo cáo theo quy định.", List.of())),
                List.of(new PlanCommand.Task("Xây dựng kế hoạch triển khai công tác dân vận chính quyền năm " + y, phong, List.of(),
                                today.plusDays(12), "ONCE"),
                        new PlanCommand.Task("Báo cáo kết quả thực hiện công tác dân vận chính quyền", phong, List.of(), null, "SEMI_ANNUAL")),
                List.of(new ReportDeadline("SIX_MONTH", LocalDate.of(y, 6, 22)), new ReportDeadline("ANNUAL", LocalDate.of(y, 12, 18))),
                List.of("Ban Dân vận Tỉnh ủy", "UBND tỉnh", "Các phòng, ban thuộc Sở", "Phòng GDĐT các huyện, thị xã, thành phố",
                        "Các trường trực thuộc", "Lưu: VT, TCCB"),
                List.of(new Signer("Nguyễn Văn Thuận", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")), List.of());
    }

    /** The Phòng's tasks to its schools: one overdue, others due soon, a quarterly, a continuous and a monthly one. */
    static List<PlanCommand.Task> phongTasks(long phong, long phuocSang, long anLinh, LocalDate today) {
        int y = today.getYear();
        return List.of(
                new PlanCommand.Task("Tổ chức đối thoại giữa Hiệu trưởng với cán bộ, giáo viên, nhân viên", phuocSang, List.of(anLinh),
                        today.plusDays(20), "ONCE"),
                new PlanCommand.Task("Đăng ký mô hình \"Dân vận khéo\" năm " + y, phuocSang, List.of(anLinh),
                        today.minusDays(6), "ONCE"),
                new PlanCommand.Task("Công khai thu, chi tài chính và các khoản đóng góp", anLinh, List.of(), LocalDate.of(y, 1, 30), "QUARTERLY"),
                new PlanCommand.Task("Tiếp công dân, tiếp nhận và xử lý phản ánh, kiến nghị của phụ huynh", phong, List.of(phuocSang, anLinh),
                        null, "CONTINUOUS"),
                new PlanCommand.Task("Báo cáo công tác dân vận chính quyền về Phòng GDĐT", anLinh, List.of(phuocSang),
                        LocalDate.of(y, 1, 25), "MONTHLY"));
    }

    /**
     * Defect 12 (seed 001: "báo cáo … vào ngày 25/10/2022 qua email"): the Phòng also asks its schools for a one-off
     * report three weeks from today (a weekday), by e-mail — an obligation in the schools' reports and reminders.
     */
    static List<ReportDeadline> withOneOffReport(List<ReportDeadline> deadlines, LocalDate today) {
        LocalDate due = today.plusDays(21);
        while (due.getDayOfWeek().getValue() > 5) due = due.plusDays(1);
        List<ReportDeadline> all = new java.util.ArrayList<>(deadlines);
        all.add(new ReportDeadline("OTHER", due, "Phòng GDĐT Phú Giáo", "qua email dvcq@pgdphugiao.example.vn"));
        return all;
    }

    /** Trường Tiểu học Phước Sang's own sections. */
    static List<Section> phuocSangSections() {
        return List.of(new Section("MỤC ĐÍCH", "Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên và cha mẹ học sinh; "
                                + "xây dựng nhà trường dân chủ, kỷ cương, tình thương, trách nhiệm.", List.of()),
                        new Section("NHIỆM VỤ TRỌNG TÂM", null, List.of(
                                new Item("Đối thoại", "Hiệu trưởng đối thoại với cán bộ, giáo viên, nhân viên ít nhất 01 lần trong năm", List.of()),
                                new Item("Dân vận khéo", "đăng ký và thực hiện mô hình \"Phụ huynh đồng hành cùng nhà trường\"", List.of()),
                                new Item("Công khai", "công khai theo Thông tư 09/2024/TT-BGDĐT tại bảng tin và trang thông tin của trường", List.of()))),
                        new Section("TỔ CHỨC THỰC HIỆN", "Các tổ chuyên môn, tổ văn phòng, Công đoàn, Chi đoàn triển khai thực hiện.", List.of()));
    }
}
