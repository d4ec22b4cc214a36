package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name as Vietnamese administrative style writes it in running text (NĐ 30/2020 Phụ lục II, Quy định
 * 66-QĐ/TW): a header's capitals "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" become "Ủy ban nhân dân tỉnh Bình Dương" — the
 * first syllable of each word naming the kind of body and its field capitalised ("Sở Giáo dục và Đào tạo", "Ban
 * Thường vụ Tỉnh ủy"), the administrative level lower-case ("tỉnh", "huyện", "xã"), place and proper names capitalised
 * syllable by syllable, abbreviations (UBND, HĐND, GD&ĐT, THCS, TNCS) and numerals kept. A name that already has
 * lower-case letters is the writer's own and is returned as it stands.
 */
final class RunningCase {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    private RunningCase() {
    }

    static String of(String name) {
        if (name == null || name.isBlank() || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder(name);
        boolean place = false;
        for (int i = 0; i < words.size(); ) {
            int n = RunningLexicon.match(name, words, i, place);
            String mask = n > 0 ? RunningLexicon.mask(name, words, i, n) : null;
            if (n == 0) {
                n = 1;
            }
            for (int k = 0; k < n; k++) {
                int[] w = words.get(i + k);
                String word = name.substring(w[0], w[1]);
                String shown = abbreviation(word) ? word : mask == null ? capitalised(word)
                        : mask.charAt(k) == 'C' || i + k == 0 ? capitalised(word) : word.toLowerCase(Locale.ROOT);
                out.replace(w[0], w[1], shown);
            }
            place = place || mask != null && RunningLexicon.isLevel(name, words, i, n);
            i += n;
        }
        return out.toString();
    }

    /** No vowel (UBND's kin: HĐND, THCS, GDĐT, TP), a Roman numeral, or a listed abbreviation with vowels. */
    static boolean abbreviation(String word) {
        String f = vn.gandan.shared.Texts.fold(word);
        return !VOWEL.matcher(f).find() || ROMAN.matcher(word).matches() && word.length() > 1
                || RunningLexicon.ABBREVIATIONS.contains(f);
    }

    static String capitalised(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
