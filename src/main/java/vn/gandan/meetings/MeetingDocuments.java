package vn.gandan.meetings;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** The invitation (giấy mời) and the minutes (biên bản) of a meeting as official documents in the NĐ 30 layout. */
@Component
class MeetingDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitService units;

    MeetingDocuments(UnitService units) {
        this.units = units;
    }

    OfficialDocument invitation(MeetingView m) {
        UnitView u = units.get(m.unitId());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(u.name() + " trân trọng kính mời: toàn thể cán bộ, công chức, viên chức, người lao động."));
        blocks.add(Block.paragraph("1.", "Nội dung: " + m.title() + "."));
        blocks.add(Block.paragraph("2.", "Thời gian: " + (m.startsAt() == null ? "" : m.startsAt() + ", ") + "ngày "
                + DAY.format(m.heldOn()) + "."));
        blocks.add(Block.paragraph("3.", "Địa điểm: " + (m.place() == null ? u.name() : m.place()) + "."));
        m.items().forEach(i -> blocks.add(Block.subItem("-", i.title())));
        blocks.add(Block.text("Rất mong quý vị tham dự đầy đủ, đúng giờ."));
        return document(u, m, "GIẤY MỜI", m.title(), blocks, List.of("Như trên", "Lưu: VT"));
    }

    OfficialDocument minutes(MeetingView m) {
        UnitView u = units.get(m.unitId());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("Hôm nay, ngày " + DAY.format(m.heldOn()) + ", tại " + (m.place() == null ? u.name() : m.place())
                + ", " + u.name() + " tổ chức " + m.title() + "."));
        if (m.present() != null) {
            blocks.add(Block.heading("I.", "THÀNH PHẦN"));
            blocks.add(Block.text("Có mặt " + m.present() + (m.invited() == null ? "" : "/" + m.invited()) + " người được mời."
                    + (m.chair() == null ? "" : " Chủ trì: " + m.chair() + ".")));
        }
        blocks.add(Block.heading("II.", "NỘI DUNG"));
        if (m.minutes() != null) blocks.add(Block.text(m.minutes()));
        int n = 1;
        for (MeetingView.Opinion o : m.opinions()) {
            String line = o.content() + (o.answered() ? " — Trả lời: " + o.answer() : "")
                    + (o.taskId() == null ? "" : " — Cam kết: " + o.taskTitle() + ", hạn " + DAY.format(o.due()));
            blocks.add(Block.paragraph(n++ + ".", line));
        }
        for (MeetingView.Item i : m.items()) {
            if (i.result() != null) {
                blocks.add(Block.subItem("-", i.title() + ": tán thành " + i.votesFor() + "/" + i.present() + " người có mặt ("
                        + i.turnout() + "% số được biểu quyết)."));
            }
        }
        if (m.resolution() != null) blocks.add(Block.text("Nghị quyết: " + m.resolution()));
        return document(u, m, "BIÊN BẢN", m.title(), blocks, List.of("Người dự họp", "Lưu: VT"));
    }

    private OfficialDocument document(UnitView u, MeetingView m, String kind, String subject, List<Block> blocks,
                                      List<String> recipients) {
        String superior = u.governingBody() != null ? u.governingBody()
                : units.superiorName(u.id(), m.heldOn()).orElse(null);
        return new OfficialDocument(Layout.forIssuer(u.kind()),
                List.of(new OfficialDocument.Issuer(superior, u.name(), u.shortName() == null ? u.code() : u.shortName())),
                null, u.place() == null ? "" : u.place(), m.heldOn(), kind, subject, blocks, List.of(),
                List.of(new OfficialDocument.Signature(null, null, m.chair() == null ? "CHỦ TRÌ" : m.chair().toUpperCase(), "")),
                recipients);
    }
}
