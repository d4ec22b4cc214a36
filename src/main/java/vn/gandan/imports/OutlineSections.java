package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.plans.PlanContent;
import vn.gandan.shared.Texts;

/**
 * The document's outline as draft plan sections with the whole text: every paragraph stays under its heading; in the
 * tasks section each numbered paragraph becomes an item (its following paragraphs as body, "a) …" lines as sub-items).
 * Paragraphs before the first heading that are not bases open the first section's body.
 */
final class OutlineSections {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\.\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern LETTERED = Pattern.compile("^[a-zđ]\\)\\s*.+", Pattern.DOTALL);
    private static final int MAX_SECTIONS = 60;

    private OutlineSections() {
    }

    static List<PlanContent.Section> of(List<Outline.Part> outline, List<String> bases, List<String> reviewedHeadings) {
        List<String> lead = new ArrayList<>();
        List<PlanContent.Section> out = new ArrayList<>();
        List<String> baseKeys = bases.stream().map(Texts::fold).toList();
        for (Outline.Part part : outline) {
            if (part.heading() == null) {
                part.paragraphs().stream().filter(p -> !baseKeys.contains(Texts.fold(Extractor.trimEnd(p)))).forEach(lead::add);
                continue;
            }
            int k = out.size();
            String heading = k < reviewedHeadings.size() ? reviewedHeadings.get(k) : part.heading();
            List<String> paras = new ArrayList<>(k == 0 ? lead : List.of());
            paras.addAll(part.paragraphs());
            out.add(isTasks(part.heading()) ? items(heading, paras) : new PlanContent.Section(heading, body(paras), List.of()));
        }
        if (out.isEmpty() && !lead.isEmpty()) {
            out.add(items(DraftPlanMapping.TASKS_HEADING, lead));
        }
        return out.size() > MAX_SECTIONS ? merge(out) : out;
    }

    static boolean isTasks(String heading) {
        String h = Texts.fold(heading);
        return h.startsWith("nhiem vu") || h.startsWith("noi dung") || h.contains("nhiem vu trong tam") || h.startsWith("cac nhiem vu");
    }

    private static PlanContent.Section items(String heading, List<String> paras) {
        List<String> intro = new ArrayList<>();
        List<PlanContent.Item> items = new ArrayList<>();
        String itemText = null;
        List<String> itemBody = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        for (String p : paras) {
            Matcher m = NUMBERED.matcher(p);
            if (m.matches()) {
                if (itemText != null) {
                    items.add(item(itemText, itemBody, subs));
                }
                itemText = m.group(2);
                itemBody = new ArrayList<>();
                subs = new ArrayList<>();
            } else if (itemText == null) {
                intro.add(p);
            } else if (LETTERED.matcher(p).matches()) {
                subs.add(p);
            } else {
                itemBody.add(p);
            }
        }
        if (itemText != null) {
            items.add(item(itemText, itemBody, subs));
        }
        return new PlanContent.Section(heading, body(intro), items);
    }

    private static PlanContent.Item item(String text, List<String> body, List<String> subs) {
        boolean short_ = text.length() <= 300;
        List<String> all = new ArrayList<>(short_ ? List.of() : List.of(text));
        all.addAll(body);
        return new PlanContent.Item(short_ ? Extractor.trimEnd(text) : null, body(all), subs);
    }

    private static String body(List<String> paras) {
        return paras.isEmpty() ? null : String.join("\n", paras);
    }

    private static List<PlanContent.Section> merge(List<PlanContent.Section> all) {
        List<PlanContent.Section> out = new ArrayList<>(all.subList(0, MAX_SECTIONS - 1));
        StringBuilder rest = new StringBuilder();
        for (PlanContent.Section s : all.subList(MAX_SECTIONS - 1, all.size())) {
            rest.append(s.heading()).append('\n').append(s.body() == null ? "" : s.body()).append('\n');
        }
        out.add(new PlanContent.Section(all.get(MAX_SECTIONS - 1).heading(), rest.toString().strip(), List.of()));
        return out;
    }
}
