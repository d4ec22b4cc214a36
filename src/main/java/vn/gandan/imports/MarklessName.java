package vn.gandan.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A body's name read from a text layer that lost every Vietnamese mark (an old scanner's OCR layer or a PDF font without
 * them), written back with its marks: {@code "PHONG GIAO DUC VA DAO TAO"} → {@code "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"}. The
 * name's words are spelled left to right by the {@link SyllableInventory}'s pairs of neighbouring syllables (a mark-less
 * "D" may stand for "Đ", a Q or V inside a word for the dotted "Ọ" or "Ụ" an OCR reads
 * them as: {@code "BQ GIAO DVC"}), each pair only when it names one spelling beyond doubt; a word that is an abbreviation in
 * capitals ("UBND", "GD") stays as written. A name any of whose pairs the inventory cannot spell gives null (empty beats
 * wrong); a name that carries a mark is no mark-less name and gives null too.
 */
final class MarklessName {

    private static final int SURE = 5;
    private static final int BEYOND = 10;
    /** An abbreviation in capitals: no vowel to spell once a Q or V inside the word is read as the vowel it stands for. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-Z](?:[BCDGHKLMNPRSTXĐ&])*|[BCDGHKLMNPRSTXĐ&]{2,6}");

    private MarklessName() {
    }

    /** The name in capitals with its marks, or null when it is not mark-less or a pair cannot be spelled beyond doubt. */
    static String spelled(String name) {
        if (name == null || !name.matches("[A-Z&]+(?: [A-Z&]+)+")) {
            return null;
        }
        String[] words = name.split(" ");
        SyllableInventory inv = SyllableInventory.get();
        List<String> out = new ArrayList<>();
        String prev = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (ABBREVIATION.matcher(read(w)).matches()) {
                out.add(w);
                prev = null;
                continue;
            }
            Set<String> own = candidates(inv, w);
            String next = i + 1 < words.length && !ABBREVIATION.matcher(read(words[i + 1])).matches() ? words[i + 1] : null;
            Set<String> after = next == null ? Set.of() : candidates(inv, next);
            String best = null;
            int bestCount = 0;
            int second = 0;
            for (String x : own) {
                int c = 0;
                if (prev != null) {
                    c += inv.pair(prev, x);
                }
                int onward = 0;
                for (String y : after) {
                    onward = Math.max(onward, inv.pair(x, y));
                }
                c += onward;
                if (c > bestCount) {
                    second = bestCount;
                    bestCount = c;
                    best = x;
                } else if (c > second) {
                    second = c;
                }
            }
            if (best == null || bestCount < SURE || bestCount < BEYOND * second) {
                return null;
            }
            out.add(best.toUpperCase(Locale.ROOT));
            prev = best;
        }
        return String.join(" ", out);
    }

    /** The word with a Q or V after its first letter read as the dotted "Ọ" or "Ụ" an OCR takes them for ("BQ", "DVC"). */
    static String read(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).replace('Q', 'O').replace('V', 'U');
    }

    /** The known syllables a mark-less word may stand for: the same base letters, a first "d" also read as "đ". */
    private static Set<String> candidates(SyllableInventory inv, String word) {
        String w = read(word).toLowerCase(Locale.ROOT);
        Set<String> all = new LinkedHashSet<>();
        if (inv.count(w) > 0) {
            all.add(w);
        }
        all.addAll(inv.variants(w));
        if (w.startsWith("d")) {
            String d = "đ" + w.substring(1);
            if (inv.count(d) > 0) {
                all.add(d);
            }
            all.addAll(inv.variants(d));
        }
        return all;
    }
}
