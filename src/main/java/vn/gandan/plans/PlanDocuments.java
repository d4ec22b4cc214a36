package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitKind;

/** Turns a plan into an {@link OfficialDocument}: bases as "Căn cứ …;" lines, sections I., II., items 1., 2., sub-items a), b). */
final class PlanDocuments {

    /** What the document needs to know about an issuer. */
    record IssuerInfo(String superior, String name, String shortName, UnitKind kind) {}

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    static OfficialDocument toDocument(Plan plan, List<IssuerInfo> issuers, List<String> baseTexts) {
        return toDocument(plan, issuers, baseTexts, List.of());
    }

    /** With the task assignment table ({@link PlanAssignments}) after the plan's own sections. */
    static OfficialDocument toDocument(Plan plan, List<IssuerInfo> issuers, List<String> baseTexts, List<Block> assignments) {
        Layout layout = Layout.forIssuer(issuers.get(0).kind());
        boolean party = layout == Layout.PARTY;
        PlanContent c = plan.content();
        List<Block> blocks = new ArrayList<>();
        if (plan.kind() == PlanKind.CONG_VAN) blocks.addAll(kinhGui(c.recipients()));
        for (String base : baseTexts) blocks.add(Block.text("Căn cứ " + base + ";"));
        int s = 0;
        for (PlanContent.Section sec : c.sections()) {
            String label = (s < ROMAN.length ? ROMAN[s] : Integer.toString(s + 1)) + (party ? "-" : ".");
            s++;
            blocks.add(Block.heading(label, sec.heading()));
            vn.gandan.shared.Texts.lines(sec.body()).forEach(p -> blocks.add(Block.text(p)));
            int i = 1;
            for (PlanContent.Item item : sec.items()) {
                List<String> body = vn.gandan.shared.Texts.lines(item.body()); // its paragraphs, one per line as PlanChecks stores them
                String first = body.isEmpty() ? null : body.get(0);
                String text = item.heading() == null ? first : first == null ? item.heading() : item.heading() + ": " + first;
                blocks.add(Block.paragraph(i++ + ".", text));
                body.stream().skip(1).forEach(p -> blocks.add(Block.text(p))); // the item's further paragraphs, each its own
                char sub = 'a';
                for (String si : item.subItems()) blocks.add(Block.subItem(sub++ + ")", si));
            }
        }
        if (!assignments.isEmpty()) {
            blocks.add(Block.heading((s < ROMAN.length ? ROMAN[s] : Integer.toString(s + 1)) + (party ? "-" : "."),
                    PlanAssignments.HEADING));
            blocks.addAll(assignments);
        }
        List<OfficialDocument.Signature> sigs = c.signers().stream().map(PlanDocuments::signature).toList();
        return new OfficialDocument(layout,
                issuers.stream().map(i -> new OfficialDocument.Issuer(i.superior(), i.name(), i.shortName())).toList(),
                plan.numberSymbol(), c.place(), plan.issueDate(), plan.kind().typeName, c.title(), blocks, c.footnotes(),
                sigs, c.recipients());
    }

    /**
     * Defect 12: a công văn opens with "Kính gửi:" its addressees — the recipients other than "Như trên" and "Lưu: …"
     * — on one line for one addressee, one "- …;" line each for several (NĐ 30/2020, Phụ lục I).
     */
    static List<Block> kinhGui(List<String> recipients) {
        List<String> to = recipients.stream().filter(r -> !r.matches("(?iu)^(như trên|lưu\\b).*")).toList();
        if (to.isEmpty()) return List.of();
        if (to.size() == 1) return List.of(Block.text("Kính gửi: " + to.get(0) + "."));
        List<Block> out = new ArrayList<>(List.of(Block.text("Kính gửi:")));
        for (int i = 0; i < to.size(); i++) out.add(Block.text("- " + to.get(i) + (i == to.size() - 1 ? "." : ";")));
        return out;
    }

    /** "KT. TRƯỞNG PHÒNG" → authority "KT." of "TRƯỞNG PHÒNG"; Party "T/M BAN THƯỜNG VỤ" alike. */
    static OfficialDocument.Signature signature(PlanContent.Signer s) {
        String ob = s.onBehalf();
        if (ob == null || ob.isBlank()) return new OfficialDocument.Signature(null, null, s.title(), s.name());
        String t = ob.strip();
        int sp = t.indexOf(' ');
        return sp < 0 ? new OfficialDocument.Signature(t, "", s.title(), s.name())
                : new OfficialDocument.Signature(t.substring(0, sp), t.substring(sp + 1).strip(), s.title(), s.name());
    }

    /**
     * Rules F8 before issuing: the elements the drafter must supply (number and date are assigned by issuing).
     * Keys name the API fields: issuerUnitIds, title, place, signers, recipients.
     */
    static List<String> missingForIssue(Plan plan, List<IssuerInfo> issuers) {
        var doc = toDocument(plan, issuers, List.of());
        var withNumber = new OfficialDocument(doc.layout(), doc.issuers(), "00", doc.place(), LocalDate.of(2000, 1, 1),
                doc.kindName(), doc.subject(), doc.blocks(), doc.footnotes(), doc.signatures(), doc.recipients());
        List<String> missing = new ArrayList<>();
        if (plan.content().sections().stream().anyMatch(PlanDocuments::empty)) missing.add("emptySection");
        for (String m : withNumber.missingElements()) {
            missing.add(switch (m) {
                case "issuer" -> "issuerUnitIds";
                case "subject" -> "title";
                case "signature" -> "signers";
                default -> m;
            });
        }
        return missing;
    }

    /** A section with a heading and nothing under it (it would be issued as a bare heading). */
    static boolean empty(PlanContent.Section s) {
        return (s.body() == null || s.body().isBlank()) && s.items().isEmpty();
    }

    private PlanDocuments() {}

}
