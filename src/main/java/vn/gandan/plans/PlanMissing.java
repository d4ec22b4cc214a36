package vn.gandan.plans;

import java.util.List;
import java.util.Map;

/**
 * What a draft still lacks before it may be submitted or signed, each part with the editor's field that fixes it (the
 * plan page links to {@code /plans/{id}/edit#anchor}); a section with a heading and nothing under it links to that
 * section.
 */
final class PlanMissing {

    /** One missing part: its code ({@code plans.missing.<code>}) and the editor's element id (null: nothing to edit). */
    record Part(String code, String anchor) {
    }

    private static final Map<String, String> FIELDS = Map.of("issuerUnitIds", "issuerUnitId", "title", "title",
            "place", "place", "kind", "kind", "signers", "signers", "recipients", "recipients", "sections", "sections");

    static List<Part> parts(List<String> codes, PlanView p) {
        return codes.stream().map(c -> new Part(c, "emptySection".equals(c) ? emptySection(p) : FIELDS.get(c))).toList();
    }

    private static String emptySection(PlanView p) {
        for (int i = 0; i < p.sections().size(); i++) {
            PlanContent.Section s = p.sections().get(i);
            if (PlanDocuments.empty(s)) return "section-" + i;
        }
        return "sections";
    }

    private PlanMissing() {}
}
