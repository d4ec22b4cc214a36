package vn.gandan.emulation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * A commendation decision in the NĐ 30/2020 layout: the issuing body under its superior, "QUYẾT ĐỊNH Về việc khen
 * thưởng …", the legal bases, the three articles, the signature and, appended, the list of commended units and
 * persons with the form and achievements of each.
 */
@Component
class DecisionDocument {

    private final UnitService units;

    DecisionDocument(UnitService units) {
        this.units = units;
    }

    OfficialDocument of(DecisionView d) {
        UnitView u = units.get(d.unitId());
        String superior = units.superiorName(u.id(), d.signedOn()).orElse(null);
        String head = (d.signerTitle().replaceFirst("^(PHÓ |Phó )", "")).toUpperCase(java.util.Locale.ROOT);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading("", head + " " + u.name().toUpperCase(java.util.Locale.ROOT)));
        blocks.add(Block.text("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"));
        blocks.add(Block.text("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
                + "thi hành một số điều của Luật Thi đua, khen thưởng;"));
        blocks.add(Block.text("Căn cứ kết quả " + lower(d.movementName()) + ";"));
        blocks.add(Block.text(d.reason().endsWith(".") ? d.reason() : d.reason() + "."));
        blocks.add(Block.heading("", "QUYẾT ĐỊNH:"));
        blocks.add(Block.paragraph("Điều 1.", "Khen thưởng " + counts(d.commended()) + " (có danh sách kèm theo) đã có thành "
                + "tích trong " + lower(d.movementName()) + "."));
        blocks.add(Block.paragraph("Điều 2.", "Các tập thể, cá nhân có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy "
                + "định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành."));
        blocks.add(Block.paragraph("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. Bộ phận thi đua, khen thưởng và các "
                + "tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."));
        blocks.add(Block.heading("", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"));
        blocks.add(Block.text("(Kèm theo Quyết định số " + d.numberSymbol() + " ngày " + Dates.vn(d.signedOn()) + ")"));
        int i = 1;
        for (ProposalView p : d.commended()) blocks.add(Block.paragraph(i++ + ".", line(p)));
        String authorityOf = d.authority() == null ? null : head;
        return new OfficialDocument(Layout.ND30, List.of(new OfficialDocument.Issuer(superior, u.name(),
                u.shortName() == null || u.shortName().isBlank() ? u.code() : u.shortName())), d.numberSymbol(),
                u.place() == null || u.place().isBlank() ? u.name() : u.place(), d.signedOn(), "QUYẾT ĐỊNH",
                "Về việc khen thưởng trong " + lower(d.movementName()), blocks, List.of(),
                List.of(new OfficialDocument.Signature(d.authority(), authorityOf, d.signerTitle().toUpperCase(java.util.Locale.ROOT),
                        d.signerName())), List.of("Như Điều 3;", "Lưu: VT, TĐKT."));
    }

    static String line(ProposalView p) {
        String who = p.nomineeName() + (p.position() == null ? "" : ", " + p.position())
                + ("INDIVIDUAL".equals(p.nomineeKind()) ? ", " + p.unitName() : "");
        return who + " — " + FormNames.vi(p.form()) + ": " + p.achievements();
    }

    static String counts(List<ProposalView> list) {
        long collectives = list.stream().filter(p -> "COLLECTIVE".equals(p.nomineeKind())).count();
        long persons = list.size() - collectives;
        List<String> parts = new ArrayList<>();
        if (collectives > 0) parts.add(collectives + " tập thể");
        if (persons > 0) parts.add(persons + " cá nhân");
        return String.join(" và ", parts);
    }

    private static String lower(String movementName) {
        return movementName.startsWith("Phong trào") ? "p" + movementName.substring(1) : "phong trào " + movementName;
    }
}
