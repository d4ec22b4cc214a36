package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 28: a scanned page's title syllable the OCR misread ("Tết Nguyên đán Mậu Tuât 2018", "xét tuyên đợt 2") is
 * mended from the same document's body, which repeats the title's words — mostly spelled right — next to the same
 * neighbours ("… đón Tết Nguyên đán Mậu Tuất 2018. Để chuẩn bị …"). For each title syllable, the body's syllables with the
 * same base letters (marks folded) that stand next to the title's own left or right neighbour are counted against the
 * title's spelling in the same places; a variant replaces the title's spelling only when the general
 * {@link SyllableInventory} does not prefer the title's spelling: it writes the variant next to these neighbours at least
 * twice as often, or the body writes the variant there half again as often as the title's spelling while the inventory
 * knows the variant at least as well. Only a text with a scan's OCR traits is read; a clean text is never changed.
 */
final class BodyEchoSpelling {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    /** The body read for echoes: the first pages, as {@link OcrTraits} reads them. */
    static final int READ_CHARS = OcrTraits.READ_CHARS;

    private BodyEchoSpelling() {
    }

    /** The extraction with its title mended from the body when the text reads like a scan's OCR ({@code scanned}, {@link OcrTraits}). */
    static Extraction corrected(Extraction e, CharSequence text, boolean scanned) {
        if (e.title() == null || e.title().isBlank() || !scanned) {
            return e;
        }
        String title = mended(e.title(), text);
        if (title.equals(e.title())) {
            return e;
        }
        return new Extraction(e.file(), e.docKind(), e.number(), e.symbol(), e.issuePlace(), e.issueDate(), e.issuers(),
                e.parentIssuer(), title, e.period(), e.bases(), e.baseTexts(), e.citations(), e.sections(), e.tasks(),
                e.reportDeadlines(), e.recipients(), e.signers(), e.confidence(), e.outline());
    }

    /** The title with each syllable the body spells otherwise, on the evidence described above, replaced. */
    static String mended(String title, CharSequence whole) {
        CharSequence head = whole.length() > READ_CHARS ? whole.subSequence(0, READ_CHARS) : whole;
        List<String> body = tokens(Normalizer.normalize(head, Normalizer.Form.NFC));
        List<String> bodyFolds = body.stream().map(Texts::fold).toList();
        String t = Normalizer.normalize(title, Normalizer.Form.NFC);
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        List<String> words = spans.stream().map(s -> t.substring(s[0], s[1]).toLowerCase(Locale.ROOT)).toList();
        SyllableInventory inv = SyllableInventory.get();
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String prev = i > 0 ? words.get(i - 1) : null;
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            String better = better(inv, words.get(i), prev, next, body, bodyFolds);
            String was = t.substring(spans.get(i)[0], spans.get(i)[1]);
            out.append(t, at, spans.get(i)[0]).append(better == null ? was : OcrSpelling.cased(better, was));
            changed |= better != null;
            at = spans.get(i)[1];
        }
        return changed ? out.append(t.substring(at)).toString() : title;
    }

    /** The body's spelling of one title syllable where the evidence calls for it, or null to keep the title's. */
    static String better(SyllableInventory inv, String w, String prev, String next, List<String> body, List<String> folds) {
        if (w.length() < 2) {
            return null;
        }
        String wf = Texts.fold(w);
        String pf = prev == null ? null : Texts.fold(prev);
        String nf = next == null ? null : Texts.fold(next);
        int own = 0;
        Map<String, Integer> variants = new LinkedHashMap<>();
        for (int j = 0; j < body.size(); j++) {
            boolean left = pf != null && j > 0 && folds.get(j - 1).equals(pf);
            boolean right = nf != null && j + 1 < body.size() && folds.get(j + 1).equals(nf);
            if (!left && !right || !folds.get(j).equals(wf)) {
                continue;
            }
            if (body.get(j).equals(w)) {
                own++;
            } else {
                variants.merge(body.get(j), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> v : variants.entrySet()) {
            best = best == null || v.getValue() > variants.get(best) ? v.getKey() : best;
        }
        if (best == null) {
            return null;
        }
        int bestContext = inv.pair(prev, best) + inv.pair(best, next);
        int ownContext = inv.pair(prev, w) + inv.pair(w, next);
        boolean inventorySays = bestContext >= 1 && bestContext >= 2 * ownContext;
        boolean bodySays = 2 * variants.get(best) >= 3 * Math.max(1, own) && inv.count(best) >= inv.count(w)
                && bestContext >= ownContext;
        return inventorySays || bodySays ? best : null;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
