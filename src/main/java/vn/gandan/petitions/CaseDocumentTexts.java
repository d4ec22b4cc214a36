package vn.gandan.petitions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * The wording of each step's document, after the forms of Thông tư 05/2021/TT-TTCP (official documents are in
 * Vietnamese only). {@code who} is the petitioner's name, or the masked phrase for a denouncer (C6).
 */
final class CaseDocumentTexts {

    static final String MASKED_PERSON = "Người tố cáo (họ tên, địa chỉ được giữ bí mật theo Điều 47 Luật Tố cáo)";
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Kind name, type code with its dash ("TB-"), trích yếu, content and nơi nhận. */
    record Text(String kindName, String typeCode, String subject, List<Block> blocks, List<String> recipients) {
    }

    private final PetitionView p;
    private final UnitView unit;
    private final String who;
    private final boolean masked;
    private final UnitService units;

    CaseDocumentTexts(PetitionView p, UnitView unit, String who, boolean masked, UnitService units) {
        this.p = p;
        this.unit = unit;
        this.who = who;
        this.masked = masked;
        this.units = units;
    }

    Text acceptance() {
        String basis = switch (p.kind()) {
            case KHIEU_NAI -> "Điều 27 Luật Khiếu nại năm 2011";
            case TO_CAO -> "Điều 29 Luật Tố cáo năm 2018";
            default -> "Luật Tiếp công dân năm 2013 và Thông tư số 05/2021/TT-TTCP";
        };
        List<Block> b = new ArrayList<>(opening());
        b.add(Block.text("Căn cứ " + basis + ", " + unit.name() + " thông báo: đơn " + kindName() + " đủ điều kiện thụ lý"
                + " và đã được thụ lý giải quyết từ ngày " + day(p.acceptedOn()) + "."));
        if (p.resolutionDue() != null) {
            b.add(Block.text("Thời hạn giải quyết: đến hết ngày " + day(p.resolutionDue()) + dueBasis() + "."));
        }
        if (p.kind() == PetitionKind.TO_CAO) {
            b.add(Block.text("Thông báo này được gửi cho người tố cáo và người bị tố cáo; thông tin về người tố cáo được"
                    + " giữ bí mật theo quy định."));
        }
        b.add(Block.text(unit.name() + " thông báo để " + addressee() + " biết và phối hợp khi được yêu cầu."));
        return new Text("THÔNG BÁO", "TB-", "Về việc thụ lý giải quyết đơn " + kindName() + " số " + p.registerNo(), b, to());
    }

    Text rejection(String reasons) {
        String basis = p.kind() == PetitionKind.KHIEU_NAI ? "Điều 11 Luật Khiếu nại năm 2011"
                : p.kind() == PetitionKind.TO_CAO ? "khoản 1 Điều 29 Luật Tố cáo năm 2018" : "Thông tư số 05/2021/TT-TTCP";
        List<Block> b = new ArrayList<>(opening());
        b.add(Block.text("Sau khi xem xét, căn cứ " + basis + ", " + unit.name() + " không thụ lý giải quyết đơn vì"
                + " lý do sau:"));
        b.add(Block.paragraph("-", reasons == null ? "Đơn không đủ điều kiện thụ lý theo quy định." : reasons));
        b.add(Block.text(unit.name() + " thông báo để " + addressee() + " biết. Trường hợp có căn cứ khác, công dân có"
                + " thể gửi đơn bổ sung hoặc gửi đến cơ quan có thẩm quyền theo hướng dẫn kèm theo."));
        return new Text("THÔNG BÁO", "TB-", "Về việc không thụ lý đơn " + kindName() + " số " + p.registerNo(), b, to());
    }

    Text forward(String note) {
        String reason = note == null ? null : note.split(" → ")[0];
        String there = p.forwardedTo() == null ? "cơ quan có thẩm quyền" : units.get(p.forwardedTo()).name();
        List<Block> b = new ArrayList<>(opening());
        b.add(Block.text("Xét thấy nội dung đơn không thuộc thẩm quyền giải quyết của " + unit.name() + ", căn cứ "
                + (p.kind() == PetitionKind.TO_CAO ? "khoản 3 Điều 24 Luật Tố cáo năm 2018" : "Thông tư số 05/2021/TT-TTCP")
                + ", " + unit.name() + " chuyển đơn đến " + there + " để xem xét, giải quyết theo thẩm quyền."));
        if (reason != null && !reason.isBlank()) {
            b.add(Block.paragraph("-", "Lý do: " + reason));
        }
        b.add(Block.text("Đề nghị " + addressee() + " liên hệ với " + there + " để được giải quyết."));
        List<String> rec = new ArrayList<>(List.of(there));
        rec.addAll(to());
        return new Text("THÔNG BÁO", "TB-", "Về việc chuyển đơn " + kindName() + " số " + p.registerNo(), b, rec);
    }

    Text extension(String note) {
        List<Block> b = new ArrayList<>(List.of(
                Block.text("Căn cứ Điều 30 Luật Tố cáo năm 2018;"),
                Block.text("Xét tính chất " + ("VERY_COMPLEX".equals(p.complexity()) ? "đặc biệt phức tạp" : "phức tạp")
                        + " của vụ việc tố cáo (đơn số " + p.registerNo() + ", mã " + p.code() + "),"),
                Block.heading("", "QUYẾT ĐỊNH:"),
                Block.paragraph("Điều 1.", "Gia hạn thời hạn giải quyết tố cáo lần thứ " + p.extensions()
                        + (note == null ? "" : " (" + note + ")") + ". Thời hạn giải quyết đến hết ngày " + day(p.resolutionDue()) + "."),
                Block.paragraph("Điều 2.", "Quyết định này được gửi cho người tố cáo và người bị tố cáo; thông tin về người"
                        + " tố cáo được giữ bí mật."),
                Block.paragraph("Điều 3.", "Người được giao xác minh và các cá nhân có liên quan chịu trách nhiệm thi hành"
                        + " Quyết định này.")));
        return new Text("QUYẾT ĐỊNH", "QĐ-", "Về việc gia hạn giải quyết tố cáo", b, to());
    }

    Text decision() {
        boolean second = p.timeline() != null && p.deadlines().stream().anyMatch(d -> d.legalBasis().contains("Điều 37"));
        List<Block> b = new ArrayList<>(List.of(
                Block.text("Căn cứ Luật Khiếu nại năm 2011, Điều " + (second ? "40" : "31") + ";"),
                Block.text("Xét đơn " + kindName() + " của " + who + " nhận ngày " + day(p.receivedOn()) + " (đơn số "
                        + p.registerNo() + ", mã " + p.code() + "), thụ lý ngày " + day(p.acceptedOn()) + ";"),
                Block.heading("I.", "NỘI DUNG KHIẾU NẠI"), Block.text(p.content()),
                Block.heading("II.", "KẾT QUẢ XÁC MINH VÀ KẾT LUẬN"), Block.text(orDash(p.result())),
                Block.heading("", "QUYẾT ĐỊNH:"),
                Block.paragraph("Điều 1.", orDash(p.result())),
                Block.paragraph("Điều 2.", "Trong thời hạn 30 ngày (45 ngày đối với vùng sâu, vùng xa) kể từ ngày nhận được"
                        + " Quyết định này mà không đồng ý, người khiếu nại có quyền khiếu nại đến người có thẩm quyền giải"
                        + " quyết lần hai hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định."),
                Block.paragraph("Điều 3.", "Quyết định có hiệu lực từ ngày ký; các cá nhân, đơn vị có liên quan chịu trách"
                        + " nhiệm thi hành.")));
        String kindName = p.kind() == PetitionKind.KHIEU_NAI ? "giải quyết khiếu nại" : "giải quyết " + kindName();
        return new Text("QUYẾT ĐỊNH", "QĐ-", "Về việc " + kindName + (second ? " (lần hai)" : " (lần đầu)"), b, to());
    }

    Text conclusion() {
        List<Block> b = new ArrayList<>(List.of(
                Block.text("Ngày " + day(p.acceptedOn()) + ", " + unit.name() + " thụ lý giải quyết tố cáo (đơn số "
                        + p.registerNo() + ", mã " + p.code() + "). Căn cứ Điều 35 Luật Tố cáo năm 2018 và kết quả xác"
                        + " minh, " + unit.name() + " kết luận như sau:"),
                Block.heading("1.", "Nội dung tố cáo"), Block.text(p.content()),
                Block.heading("2.", "Kết quả xác minh, căn cứ pháp luật và kết luận về từng nội dung"),
                Block.text(orDash(p.result())),
                Block.heading("3.", "Biện pháp xử lý theo thẩm quyền và kiến nghị"),
                Block.text("Người giải quyết tố cáo xử lý hoặc kiến nghị xử lý theo Điều 36 Luật Tố cáo năm 2018."),
                Block.text("Kết luận này được gửi cho người bị tố cáo và thông báo cho người tố cáo; thông tin về người tố"
                        + " cáo được giữ bí mật.")));
        return new Text("KẾT LUẬN", "KL-", "Nội dung tố cáo (đơn số " + p.registerNo() + ")", b, to());
    }

    Text guidance(String note) {
        List<Block> b = new ArrayList<>(opening());
        b.add(Block.text("Căn cứ Luật Tiếp công dân năm 2013 và Thông tư số 05/2021/TT-TTCP, " + unit.name()
                + " hướng dẫn " + addressee() + " như sau:"));
        b.add(Block.paragraph("-", note == null ? "Gửi đơn đến cơ quan, người có thẩm quyền giải quyết theo quy định." : note));
        b.add(Block.text("Khi gửi đơn, công dân ghi rõ ngày, tháng, năm; họ tên, địa chỉ; nội dung, lý do và yêu cầu giải"
                + " quyết; ký tên hoặc điểm chỉ."));
        return new Text("PHIẾU HƯỚNG DẪN", "PHD-", "Hướng dẫn gửi đơn " + kindName() + " (đơn số " + p.registerNo() + ")", b, to());
    }

    private List<Block> opening() {
        return List.of(Block.text("Kính gửi: " + who + "."), Block.text("Ngày " + day(p.receivedOn()) + ", " + unit.name()
                + " nhận được đơn " + kindName() + " (đơn số " + p.registerNo() + " trong sổ tiếp nhận, mã " + p.code()
                + ")" + (masked ? "." : " với nội dung: " + p.content())));
    }

    private List<String> to() {
        List<String> rec = new ArrayList<>(List.of(masked ? "Người tố cáo" : (who == null ? "Người gửi đơn" : who)));
        if (p.kind() == PetitionKind.TO_CAO) {
            rec.add("Người bị tố cáo");
        }
        rec.add("Lưu: VT, hồ sơ đơn số " + p.registerNo());
        return rec;
    }

    private String dueBasis() {
        return p.deadlines() == null ? "" : p.deadlines().stream().filter(d -> d.due().equals(p.resolutionDue())).findFirst()
                .map(d -> " (" + d.legalBasis() + ")").orElse("");
    }

    private String addressee() {
        return masked ? "người tố cáo" : "Ông/Bà " + who;
    }

    private String kindName() {
        return switch (p.kind()) {
            case KHIEU_NAI -> "khiếu nại";
            case TO_CAO -> "tố cáo";
            case KIEN_NGHI -> "kiến nghị";
            case PHAN_ANH -> "phản ánh";
        };
    }

    private static String day(LocalDate d) {
        return d == null ? "…" : d.format(VN);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "…" : s;
    }
}
