package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 26: an organ written with its standard abbreviation ("UBND tỉnh", "BCH Đảng bộ tỉnh") in the fullest form the text
 * itself writes the same name — the abbreviation spelled out, every other word as the name has it ("Ủy ban nhân dân tỉnh yêu
 * cầu …", "Nghị quyết số 04 của Ban Chấp hành Đảng bộ tỉnh về …"): gold convention 9, the name as the text writes it in its
 * fullest form. Only the organs' standard abbreviations are spelled (a fixed table: UBND, HĐND, BCH, BTV, UBMTTQ, MTTQ, LĐLĐ,
 * BCĐ, GD&amp;ĐT, LHPN); only a mention on one line that stops where the name stops — a capitalised word right after it is a
 * place or a longer name ("Ủy ban nhân dân tỉnh Lâm Đồng" is no spelling of "UBND tỉnh": the place is not added, convention 9);
 * the words are matched folded, so the text's first spelling is taken as it writes it. Unlike {@link FullerNames#spelledOut} no issuing verb is asked for: the organ's
 * words are the same, only their spelling changes.
 * <p>
 * Measured before it was wired on every tuning document (session 26): on today's answers it fires on 2 names, both then equal
 * to gold (0 wrong); read over the gold itself (every gold issuer with such an abbreviation) it fires on none — no gold keeps an
 * abbreviation the text spells out this way.
 */
final class SpelledOrgan {

    /** The organs' standard abbreviations (folded, "&amp;" dropped) and their words (folded). */
    private static final Map<String, String> ORGANS = Map.ofEntries(Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"), Map.entry("bch", "ban chap hanh"), Map.entry("btv", "ban thuong vu"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"), Map.entry("mttq", "mat tran to quoc"), Map.entry("ldld", "lien doan lao dong"),
            Map.entry("bcd", "ban chi dao"), Map.entry("gddt", "giao duc va dao tao"), Map.entry("lhpn", "lien hiep phu nu"));
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\d&]+");
    private static final Pattern TEXT_WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final Pattern SAME_LINE_GAP = Pattern.compile("[ \\t]+");

    private SpelledOrgan() {
    }

    /** A word of the text: folded, and its span. */
    private record Word(String folded, int start, int end) {
    }

    /** The final issuers, each with its organ's standard abbreviation as the text spells the same name (see {@link #of}). */
    static List<String> fullest(List<String> issuers, TextLines d) {
        if (issuers.isEmpty() || issuers.stream().allMatch(n -> spelled(n) == null)) {
            return issuers; // most names carry no standard abbreviation: the text is never read
        }
        String text = FullestForm.head(d);
        List<String> out = new ArrayList<>(issuers.size());
        for (String name : issuers) {
            String full = of(name, text);
            out.add(full != null ? full : name);
        }
        return out.equals(issuers) ? issuers : List.copyOf(out);
    }

    /** The name as the text first spells its abbreviated organ (the same words, whatever their case); else null. */
    static String of(String name, String text) {
        List<String> wanted = spelled(name);
        if (wanted == null || text == null) {
            return null;
        }
        List<Word> words = new ArrayList<>();
        Matcher m = TEXT_WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(Texts.fold(m.group()), m.start(), m.end()));
        }
        int n = wanted.size();
        for (int i = 0; i + n <= words.size(); i++) {
            if (!matches(words, i, wanted)) {
                continue;
            }
            String written = text.substring(words.get(i).start(), words.get(i + n - 1).end());
            if (written.indexOf('\n') >= 0 || runsOn(text, words, i + n)) {
                continue;
            }
            return Texts.clean(written);
        }
        return null;
    }

    /** The name's folded words with each standard abbreviation spelled out; null when it has none or is a lone word. */
    static List<String> spelled(String name) {
        List<String> out = new ArrayList<>();
        boolean any = false;
        int count = 0;
        Matcher m = NAME_WORD.matcher(Texts.clean(name == null ? "" : name));
        while (m.find()) {
            count++;
            String w = m.group();
            String key = Texts.fold(w).replace("&", "");
            String organ = ORGANS.get(key);
            if (organ != null && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.length() > 1) {
                any = true;
                out.addAll(List.of(organ.split(" ")));
            } else {
                out.add(Texts.fold(w).replace("&", ""));
            }
        }
        return any && count >= 2 ? out : null;
    }

    private static boolean matches(List<Word> words, int at, List<String> wanted) {
        for (int k = 0; k < wanted.size(); k++) {
            if (!words.get(at + k).folded().equals(wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a capitalised word follows on the same line: the name goes on (a place, a longer name). */
    private static boolean runsOn(String text, List<Word> words, int next) {
        if (next >= words.size()) {
            return false;
        }
        Word w = words.get(next);
        String gap = text.substring(words.get(next - 1).end(), w.start());
        return SAME_LINE_GAP.matcher(gap).matches() && Character.isUpperCase(text.charAt(w.start()));
    }
}
