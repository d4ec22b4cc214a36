package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gandan.documents.DocxRenderer;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * The unit's report for a period as an official document (kind BÁO CÁO) in the layout of its issuer: the
 * unit's own report when it has one (e.g. the pre-filled synthesis), otherwise the consolidated figures.
 * Number, date and signer stay blank: the văn thư fills them in when the leader signs.
 */
@Component
class ReportDocument {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final ReportQueries reports;
    private final UnitService units;
    private final DocxRenderer docx;

    ReportDocument(ReportQueries reports, UnitService units, DocxRenderer docx) {
        this.reports = reports;
        this.units = units;
        this.docx = docx;
    }

    byte[] docx(long unitId, String formCode, String period) {
        return docx.render(document(unitId, formCode, period));
    }

    OfficialDocument document(long unitId, String formCode, String period) {
        UnitView unit = units.get(unitId);
        FormView form = reports.form(formCode);
        SubmissionView own = reports.find(unitId, formCode, period).orElse(null);
        Map<String, BigDecimal> values = own != null ? own.values() : reports.consolidated(unitId, formCode, period).values();
        Map<String, String> texts = own != null ? own.sections() : Map.of();
        // defect 10: the recipient is named as the unit writes its name (it was upper-cased, then lower-cased)
        String superior = units.parentId(unitId, ReportPeriod.parse(period).referenceDate())
                .flatMap(units::find).map(UnitView::name).orElse(null);
        String governing = units.superiorName(unitId, ReportPeriod.parse(period).referenceDate())
                .map(n -> n.toUpperCase(java.util.Locale.forLanguageTag("vi"))).orElse(null);
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        int n = 0;
        for (FormView.Item section : form.sections()) {
            String heading = section.label().replaceFirst("^[IVX]+(\\.\\d+)?\\.\\s*", "");
            if (section.label().matches("^[IVX]+\\.\\d+\\..*")) {
                // defect 10: a sub-heading keeps its number ("I.2. …" prints as "2. …")
                blocks.add(OfficialDocument.Block.paragraph(section.label().replaceFirst("^[IVX]+\\.(\\d+)\\..*$", "$1."), heading));
            } else {
                blocks.add(OfficialDocument.Block.heading(ROMAN[Math.min(n++, ROMAN.length - 1)] + ".", heading.toUpperCase(java.util.Locale.forLanguageTag("vi"))));
            }
            String body = texts.get(section.code());
            if (body != null && !body.isBlank()) {
                for (String para : body.split("\\n\\s*\\n")) {
                    blocks.add(OfficialDocument.Block.text(para.strip()));
                }
            }
        }
        blocks.add(OfficialDocument.Block.heading(ROMAN[Math.min(n, ROMAN.length - 1)] + ".", "SỐ LIỆU"));
        for (FormView.Item i : form.indicators()) {
            BigDecimal v = values.get(i.code());
            // defect 10: a figure nobody entered prints empty, never as 0
            blocks.add(OfficialDocument.Block.text("- " + i.label() + ":" + (v == null ? ""
                    : " " + v.stripTrailingZeros().toPlainString() + (i.unit() == null ? "" : " " + i.unit()) + ".")));
        }
        List<String> recipients = new ArrayList<>();
        if (superior != null) {
            recipients.add(superior + " (để báo cáo)");
        }
        recipients.add("Lưu: VT");
        return new OfficialDocument(Layout.forIssuer(unit.kind()),
                List.of(new OfficialDocument.Issuer(governing, unit.name(), unit.shortName())), null,
                unit.place() == null ? "" : unit.place(), null, "BÁO CÁO",
                form.name().replaceFirst("^Báo cáo ", "") + " " + periodLabel(period), blocks, List.of(),
                List.of(new OfficialDocument.Signature(null, null, "THỦ TRƯỞNG ĐƠN VỊ", "")), recipients);
    }

    /** The report as issued: its own content, the register's number and date, the signer's name under the title. */
    OfficialDocument issued(long unitId, SubmissionView report, String numberSymbol, java.time.LocalDate on, String signer) {
        OfficialDocument d = document(unitId, report.formCode(), report.period());
        List<OfficialDocument.Signature> signatures = d.signatures().stream()
                .map(g -> new OfficialDocument.Signature(g.authority(), g.authorityOf(), g.title(), signer == null ? g.name() : signer))
                .toList();
        return new OfficialDocument(d.layout(), d.issuers(), numberSymbol, d.place(), on, d.kindName(), d.subject(),
                d.blocks(), d.footnotes(), signatures, d.recipients());
    }

    static String periodLabel(String period) {
        ReportPeriod p = ReportPeriod.parse(period);
        String code = p.code();
        if (code.matches("\\d{4}")) {
            return "năm " + code;
        }
        if (code.matches("\\d{4}-\\d{4}")) {
            return "năm học " + code;
        }
        String year = code.substring(0, 4);
        if (code.charAt(5) == 'D') {
            return "(báo cáo ngày " + code.substring(8, 10) + "/" + code.substring(6, 8) + "/" + year + ")";
        }
        return switch (code.substring(5)) {
            case "S1" -> "6 tháng đầu năm " + year;
            case "S2" -> "6 tháng cuối năm " + year;
            case "M9" -> "9 tháng năm " + year;
            default -> "quý " + code.charAt(6) + " năm " + year;
        };
    }
}
