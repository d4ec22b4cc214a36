package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 27: a scanned page's OCR misreads Vietnamese marks in a steady way ("hướng dân" for "hướng dẫn", "chông" for
 * "chống", "KIẾM TRA" for "KIỂM TRA", "SƠ GIAO DỤC" for "SỞ GIÁO DỤC"). For a text that shows the traits of such a reading,
 * a value's syllable is replaced by one with the same base letters only on strong evidence from the general
 * {@link SyllableInventory}: next to its neighbours it is never written while the variant is written often, or it is a
 * syllable never seen while one variant is common. A clean text is never changed.
 */
final class OcrSpelling {

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final int PASSES = 3;

    private OcrSpelling() {
    }

    /** The extraction with its title, issuers, parent and place corrected when the text shows OCR traits ({@code scanned}). */
    static Extraction corrected(Extraction e, boolean scanned) {
        if (!scanned) {
            return e;
        }
        List<String> issuers = e.issuers() == null ? null : e.issuers().stream().map(OcrSpelling::value).toList();
        return new Extraction(e.file(), e.docKind(), e.number(), e.symbol(), value(e.issuePlace()), e.issueDate(), issuers,
                value(e.parentIssuer()), value(e.title()), e.period(), e.bases(), e.baseTexts(), e.citations(), e.sections(),
                e.tasks(), e.reportDeadlines(), e.recipients(), e.signers(), e.confidence(), e.outline());
    }

    /** One value with each misread syllable replaced; the rest of its characters as they were. */
    static String value(String v) {
        if (v == null || v.isBlank()) {
            return v;
        }
        String s = Normalizer.normalize(v, Normalizer.Form.NFC);
        List<int[]> spans = new ArrayList<>();
        Matcher m = SYLLABLE.matcher(s);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        String[] words = new String[spans.size()];
        boolean[] joined = new boolean[spans.size()]; // joined[i]: syllable i follows syllable i-1 across blanks only
        for (int i = 0; i < words.length; i++) {
            words[i] = s.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(Locale.ROOT);
            joined[i] = i > 0 && s.substring(spans.get(i - 1)[1], spans.get(i)[0]).isBlank();
        }
        SyllableInventory inv = SyllableInventory.get();
        boolean changed = false;
        for (int pass = 0; pass < PASSES; pass++) {
            boolean any = false;
            for (int i = 0; i < words.length; i++) {
                String prev = i > 0 && joined[i] ? words[i - 1] : null;
                String next = i + 1 < words.length && joined[i + 1] ? words[i + 1] : null;
                String better = better(inv, words[i], prev, next);
                if (better != null) {
                    words[i] = better;
                    any = true;
                }
            }
            changed |= any;
            if (!any) {
                break;
            }
        }
        if (!changed) {
            return v;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            String was = s.substring(spans.get(i)[0], spans.get(i)[1]);
            out.append(s, at, spans.get(i)[0]).append(was.toLowerCase(Locale.ROOT).equals(words[i]) ? was : cased(words[i], was));
            at = spans.get(i)[1];
        }
        return out.append(s.substring(at)).toString();
    }

    /** The variant the evidence calls for, or null to keep the syllable as read. */
    static String better(SyllableInventory inv, String w, String prev, String next) {
        if (w.length() < 2) {
            return null;
        }
        int own = inv.pair(prev, w) + inv.pair(w, next);
        int ownCount = inv.count(w);
        String best = null;
        int bestContext = 0;
        int secondContext = 0;
        for (String c : inv.variants(w)) {
            if (samePlacement(c, w)) {
                continue;
            }
            int context = inv.pair(prev, c) + inv.pair(c, next);
            if (context > bestContext) {
                secondContext = bestContext;
                bestContext = context;
                best = c;
            } else if (context > secondContext) {
                secondContext = context;
            }
        }
        if (best != null && bestContext >= 3 && bestContext >= 10 * own && bestContext >= 5 * secondContext
                && inv.count(best) >= 5 * Math.max(1, Math.min(ownCount, 10))) {
            return best;
        }
        return null;
    }

    /** Two spellings that differ only in where the tone mark sits ("hoà" and "hòa", "uỷ" and "ủy"). */
    static boolean samePlacement(String a, String b) {
        return placementKey(a).equals(placementKey(b));
    }

    private static String placementKey(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char ch : d.toCharArray()) {
            if (ch == '\u0300' || ch == '\u0301' || ch == '\u0303' || ch == '\u0309' || ch == '\u0323') {
                tones.append(ch);
            } else {
                letters.append(ch);
            }
        }
        return letters + "|" + tones;
    }

    /** The word in the case of the syllable it replaces (all capitals, first capital, or small). */
    static String cased(String word, String as) {
        boolean allUpper = as.length() > 1 && as.equals(as.toUpperCase(Locale.ROOT));
        if (allUpper) {
            return word.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(as.charAt(0)) ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
    }
}
