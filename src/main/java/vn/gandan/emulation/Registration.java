package vn.gandan.emulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.Texts;

/**
 * The ten fields of the registration form (MTTQ 249/MTTQ-BTT): name, situation and reason, aims and criteria,
 * content and method, area and target group, forces with their roles, resources, timing, verifiable outputs,
 * sustainability and replicability (H1).
 */
public record Registration(String name, String situation, String aims, String content, String area, String forces,
                           String resources, String timing, String outputs, String sustainability) {

    static final int MAX_NAME = 500;
    static final int MAX_TEXT = 8000;
    static final List<String> FIELDS = List.of("name", "situation", "aims", "content", "area", "forces", "resources",
            "timing", "outputs", "sustainability");

    /** Other spellings a JSON body may use for each field (compared without case, spaces or underscores). */
    private static final Map<String, Set<String>> ALIASES = Map.of(
            "name", Set.of("name", "tenmohinh", "title", "modelname"),
            "situation", Set.of("situation", "reason", "thuctrang", "thuctranglydo", "situationreason", "background"),
            "aims", Set.of("aims", "aim", "goals", "objectives", "muctieu", "muctieutieuchi", "aimscriteria", "criteria"),
            "content", Set.of("content", "method", "contentmethod", "noidung", "noidungcachthuc", "methods"),
            "area", Set.of("area", "target", "targetgroup", "areatarget", "diaban", "diabandoituong", "scope", "location"),
            "forces", Set.of("forces", "participants", "implementers", "lucluong", "lucluongthuchien", "roles"),
            "resources", Set.of("resources", "resource", "funding", "nguonluc", "budget"),
            "timing", Set.of("timing", "time", "schedule", "timeline", "thoigian", "milestones"),
            "outputs", Set.of("outputs", "output", "products", "results", "expectedresults", "sanpham", "sanphamketqua"),
            "sustainability", Set.of("sustainability", "replicability", "scalability", "sustainabilityreplication",
                    "khanangduytri", "khanangduytrinhanrong", "replication"));

    /** Reads a JSON object: known names and aliases first, then any remaining values in order into the blanks. */
    static Registration from(Map<String, Object> body, String fallbackName) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        (body == null ? Map.<String, Object>of() : body).forEach((k, v) -> {
            String key = k == null ? "" : Texts.fold(k).replaceAll("[^a-z0-9]", "");
            String field = ALIASES.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey)
                    .filter(f -> !out.containsKey(f)).findFirst().orElse(null);
            String text = v == null ? null : String.valueOf(v);
            if (field != null) out.put(field, text);
            else if (text != null) unmatched.add(text);
        });
        for (String f : FIELDS) {
            if (!out.containsKey(f) && !"name".equals(f) && !unmatched.isEmpty()) out.put(f, unmatched.remove(0));
        }
        if (out.get("name") == null || out.get("name").isBlank()) out.put("name", fallbackName);
        return new Registration(out.get("name"), out.get("situation"), out.get("aims"), out.get("content"),
                out.get("area"), out.get("forces"), out.get("resources"), out.get("timing"), out.get("outputs"),
                out.get("sustainability"));
    }

    /** NFC, trimmed (the name on one line). */
    Registration clean() {
        return new Registration(Texts.clean(name), t(situation), t(aims), t(content), t(area), t(forces),
                t(resources), t(timing), t(outputs), t(sustainability));
    }

    List<String> values() {
        return java.util.Arrays.asList(name, situation, aims, content, area, forces, resources, timing, outputs,
                sustainability);
    }

    /** One problem per missing or too long field, named "registration.&lt;field&gt;". */
    List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        List<String> v = values();
        for (int i = 0; i < FIELDS.size(); i++) {
            String f = "registration." + FIELDS.get(i);
            String s = v.get(i);
            int max = i == 0 ? MAX_NAME : MAX_TEXT;
            if (s == null || s.isBlank()) out.add(FieldProblem.of(f, "emulation.model.error.required." + FIELDS.get(i)));
            else if (s.length() > max) out.add(FieldProblem.of(f, "emulation.model.error.tooLong", max));
            else if (i == 0 && (s.contains("<") || s.contains(">"))) out.add(FieldProblem.of(f, "emulation.model.error.markup"));
        }
        return out;
    }

    private static String t(String s) {
        return s == null ? null : Texts.nfc(s).strip();
    }
}
