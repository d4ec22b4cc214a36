package vn.gandan.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * The staff conference's resolution (nghị quyết hội nghị CBCCVC, G5) and the head's decision recognising the people's
 * inspection board (quyết định công nhận Ban TTND, G6), as official documents in the NĐ 30/2020 layout.
 */
@Component
class DecisionDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> ROLES = Map.of("TRUONG_BAN", "Trưởng ban", "PHO_TRUONG_BAN", "Phó Trưởng ban",
            "UY_VIEN", "Ủy viên");

    private final UnitService units;

    DecisionDocuments(UnitService units) {
        this.units = units;
    }

    OfficialDocument resolution(MeetingView m) {
        UnitView u = units.get(m.unitId());
        List<Block> b = new ArrayList<>();
        b.add(Block.text("HỘI NGHỊ " + (m.delegateMode() ? "ĐẠI BIỂU " : "") + "CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC " + u.name().toUpperCase()));
        b.add(Block.text("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;"));
        b.add(Block.text("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;"));
        b.add(Block.text("Căn cứ kết quả thảo luận và biểu quyết tại hội nghị ngày " + DAY.format(m.heldOn())
                + (m.present() == null ? "" : " (có mặt " + m.present() + (m.invited() == null ? "" : "/" + m.invited())
                + (m.delegateMode() ? " đại biểu" : " người") + " được triệu tập" + (m.turnout() == null ? "" : ", đạt " + m.turnout() + "%") + ")") + ","));
        b.add(Block.heading("", "QUYẾT NGHỊ:"));
        b.add(Block.paragraph("Điều 1.", m.resolution() == null ? "Thông qua các nội dung của hội nghị." : m.resolution()));
        int n = 2;
        List<MeetingView.Item> voted = m.items().stream().filter(i -> i.result() != null).toList();
        if (!voted.isEmpty()) {
            b.add(Block.paragraph("Điều " + n++ + ".", "Kết quả biểu quyết các nội dung bàn và quyết định:"));
            voted.forEach(i -> b.add(Block.subItem("-", i.title() + ": tán thành " + i.votesFor() + "/" + i.present()
                    + " người có mặt" + ("PASSED".equals(i.result()) ? " — thông qua." : " — không thông qua."))));
        }
        b.add(Block.paragraph("Điều " + n + ".", "Thủ trưởng đơn vị, Ban Chấp hành Công đoàn và toàn thể cán bộ, công chức, viên chức,"
                + " người lao động có trách nhiệm thực hiện Nghị quyết này. Nghị quyết được công khai tại đơn vị"
                + (m.disclosureRef() == null ? "." : " (" + m.disclosureRef() + ").")));
        return document(u, m.heldOn(), "NGHỊ QUYẾT", m.title(), b,
                new OfficialDocument.Signature("TM.", "HỘI NGHỊ", "CHỦ TỊCH ĐOÀN", m.chair() == null ? "" : m.chair()),
                List.of("Cấp trên trực tiếp (để báo cáo)", "CBCCVC, người lao động (để thực hiện)", "Lưu: VT"));
    }

    OfficialDocument boardDecision(BoardView board, LocalDate electedOn) {
        UnitView u = units.get(board.unitId());
        String head = u.kind() == UnitKind.TRUONG ? "HIỆU TRƯỞNG" : "THỦ TRƯỞNG ĐƠN VỊ";
        String term = DAY.format(board.termFrom()) + " – " + DAY.format(board.termTo());
        List<Block> b = new ArrayList<>();
        b.add(Block.text(head + " " + u.name().toUpperCase()));
        b.add(Block.text("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;"));
        b.add(Block.text("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ;"));
        if (electedOn != null) b.add(Block.text("Căn cứ biên bản bầu Ban Thanh tra nhân dân tại hội nghị cán bộ, công chức, viên chức ngày " + DAY.format(electedOn) + ";"));
        b.add(Block.text("Theo đề nghị của " + (board.proposedBy() == null ? "Ban Chấp hành Công đoàn" : board.proposedBy()) + "."));
        b.add(Block.heading("", "QUYẾT ĐỊNH:"));
        b.add(Block.paragraph("Điều 1.", "Công nhận Ban Thanh tra nhân dân " + u.name() + ", nhiệm kỳ " + term + ", gồm "
                + board.members().size() + " ông (bà) có tên sau:"));
        int i = 1;
        for (BoardView.Member m : board.members()) {
            b.add(Block.subItem(i++ + ".", m.name() + " — " + m.position() + " — " + ROLES.getOrDefault(m.role(), m.role())));
        }
        b.add(Block.paragraph("Điều 2.", "Ban Thanh tra nhân dân có nhiệm vụ, quyền hạn theo quy định của Luật Thực hiện dân chủ ở cơ sở;"
                + " hoạt động theo kế hoạch được hội nghị thông qua và chịu sự hướng dẫn của Ban Chấp hành Công đoàn."));
        b.add(Block.paragraph("Điều 3.", "Quyết định có hiệu lực kể từ ngày ký. Các bộ phận liên quan và các ông (bà) có tên tại Điều 1"
                + " chịu trách nhiệm thi hành Quyết định này."));
        return document(u, board.termFrom(), "QUYẾT ĐỊNH", "Về việc công nhận Ban Thanh tra nhân dân nhiệm kỳ " + term, b,
                new OfficialDocument.Signature(null, null, head, ""), List.of("Như Điều 3", "Công đoàn cơ sở", "Lưu: VT"));
    }

    private OfficialDocument document(UnitView u, LocalDate on, String kind, String subject, List<Block> blocks,
                                      OfficialDocument.Signature signature, List<String> recipients) {
        String superior = u.governingBody() != null ? u.governingBody() : units.superiorName(u.id(), on).orElse(null);
        return new OfficialDocument(Layout.forIssuer(u.kind()),
                List.of(new OfficialDocument.Issuer(superior, u.name(), u.shortName() == null ? u.code() : u.shortName())),
                null, u.place() == null ? "" : u.place(), on, kind, subject, blocks, List.of(), List.of(signature), recipients);
    }
}
