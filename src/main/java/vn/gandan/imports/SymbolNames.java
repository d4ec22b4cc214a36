package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gandan.shared.Texts;

/**
 * Session 22: the symbol's issuer part read as an abbreviation of the issuing body's name ("KH-UBND", "KH/BTGDVTU", "CT/TW",
 * "HD/BDVTU", "BC-THCSAB", "KH-SGDĐT"). A symbol abbreviates a run of the name's words, each word by its initial ("Ban Dân vận
 * Tỉnh ủy" → BDVTU, "Sở Giáo dục và Đào tạo" → SGDĐT) or, for an acronym in the name, by its letters or their head ("Trường THCS
 * An Bình" → THCSAB, "Đoàn TNCS" → ĐTN), connectors ("và", "về", "&", "-") left out; some bodies by a fixed form of the lexicon
 * ("Trung ương" → TW, "Bộ Chính trị" → TW, "Thủ tướng" → TTg, "Chính phủ" → CP, "Đảng bộ tỉnh" → TU, "Đoàn" → ĐTN).
 * <p>
 * The run may start at any word: a symbol names a body by its own words after a board, an office or a school's kind ("Ban Thường
 * vụ Tỉnh ủy" → TU, "Trường Mầm non Mai Vàng" → MNMV, "Văn phòng Tỉnh ủy" → TU). Every part after the kind is an issuer part (a
 * joint symbol "QC-UBND-LĐLĐ" names each of its bodies); a kind alone ("BC") says nothing. In the tuning gold, 410 of the 432
 * issuers whose symbol has an issuer part agree with it; the others are joint symbols abbreviating the bodies' group ("CTPH-MTTW-ĐTCTXH") or a unit's
 * own part ("KH-TV" of a school's library plan). A contradiction therefore refuses nothing by itself: refusing a name read from
 * the text when an organ's symbol ("KH-UBND") named another body lost a held-out document and gained no tuning one (session 22).
 */
final class SymbolNames {

    /** What the symbol says of a name. */
    enum Verdict { AGREES, CONTRADICTS, SILENT }

    /** Word runs (folded) a symbol writes in a fixed form, not by initials. */
    private static final Map<String, List<String>> LEXICON = Map.of(
            "tw", List.of("trung uong", "bo chinh tri", "ban bi thu", "ban chap hanh trung uong"),
            "ttg", List.of("thu tuong", "thu tuong chinh phu"),
            "cp", List.of("chinh phu"),
            "tp", List.of("thanh pho"),
            "tu", List.of("tinh uy", "dang bo tinh"),
            "hu", List.of("huyen uy", "dang bo huyen"),
            "dtn", List.of("doan tncs", "doan thanh nien", "doan"),
            "tr", List.of("truong"));
    /** Connectors a symbol never abbreviates. */
    private static final List<String> CONNECTORS = List.of("va", "ve", "&", "-", "–", ",");

    private SymbolNames() {
    }

    /** Whether the symbol's issuer part abbreviates the name, contradicts it, or says nothing. */
    static Verdict judge(String name, String symbol) {
        List<String> parts = issuerParts(symbol);
        if (parts.isEmpty() || name == null || name.isBlank()) {
            return Verdict.SILENT;
        }
        return parts.stream().anyMatch(p -> abbreviates(p, name)) ? Verdict.AGREES : Verdict.CONTRADICTS;
    }

    /**
     * The symbol's issuer parts, folded letters: every part after the kind ("QCPH-UBND-LĐLĐ" → ubnd, ldld; "KH/BDVTW-BCSĐCP" →
     * bdvtw, bcsdcp), or every part of a letter's symbol ("1510/UBND-GDĐT" → ubnd, gddt); none for a kind alone ("BC").
     */
    static List<String> issuerParts(String symbol) {
        if (symbol == null) {
            return List.of();
        }
        String upper = Texts.clean(symbol).toUpperCase(Locale.ROOT);
        String[] parts = upper.replaceAll("^[0-9 ]*[/-]?", "").split("\\s*[/\\-–]\\s*");
        boolean letter = DocKinds.letterSymbol(upper);
        List<String> out = new ArrayList<>();
        for (int i = letter ? 0 : 1; i < parts.length; i++) {
            if (parts[i].matches("\\p{L}[\\p{L}&.]{0,14}")) {
                out.add(Texts.fold(parts[i]).replaceAll("[^a-z]", ""));
            }
        }
        return out;
    }

    /** Whether {@code part} (folded letters, "bdvtu") abbreviates a run of the name's words as described above. */
    static boolean abbreviates(String part, String name) {
        List<Word> words = words(name);
        for (int start : starts(words)) {
            if (consumes(part, 0, words, start, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words of {@code run}, all of them from the first, spell the abbreviation {@code part} (folded letters) as a
     * symbol's part does ("tiểu học Vân Sơn" spells thvs, "Trung tâm GDNN" spells ttgdnn, "Ủy ban nhân dân" spells ubnd).
     */
    static boolean spells(String part, String run) {
        return consumes(part, 0, words(run), 0, true);
    }

    /** A word of the name: folded, and whether it is written as an acronym (every letter a capital, in a name that is not). */
    private record Word(String folded, boolean acronym) {
    }

    private static List<Word> words(String name) {
        String clean = Texts.clean(name);
        boolean upper = TextLines.isUpper(clean);
        List<Word> out = new ArrayList<>();
        for (String w : clean.split("\\s+|(?<=&)|(?=&)|(?<=\\p{L})[-–](?=\\p{L})")) {
            String t = w.length() == 1 ? w : w.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (t.isEmpty()) {
                continue;
            }
            boolean acronym = t.length() >= 2 && (upper ? t.length() <= 5 : t.equals(t.toUpperCase(Locale.ROOT)));
            out.add(new Word(Texts.fold(t).replaceAll("[^a-z0-9&\\-–,]", ""), acronym));
        }
        return out;
    }

    /** Where a run may start: any word but a connector (a symbol may name the body by its own words after a board or a head). */
    private static List<Integer> starts(List<Word> words) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!CONNECTORS.contains(words.get(i).folded())) {
                out.add(i);
            }
        }
        return out;
    }

    /** How many words from {@code at} spell the folded phrase, or 0. */
    private static int matches(List<Word> words, int at, String phrase) {
        String[] ps = phrase.split(" ");
        if (at + ps.length > words.size()) {
            return 0;
        }
        for (int i = 0; i < ps.length; i++) {
            if (!words.get(at + i).folded().equals(ps[i])) {
                return 0;
            }
        }
        return ps.length;
    }

    /** Whether the letters of {@code part} from {@code p} are spelled by the words from {@code w} on ({@code whole}: by all of them). */
    private static boolean consumes(String part, int p, List<Word> words, int w, boolean whole) {
        if (p == part.length()) {
            return !whole || w == words.size();
        }
        if (w >= words.size()) {
            return false;
        }
        Word word = words.get(w);
        if (CONNECTORS.contains(word.folded()) || word.folded().isEmpty()) {
            return consumes(part, p, words, w + 1, whole);
        }
        for (Map.Entry<String, List<String>> e : LEXICON.entrySet()) {
            if (part.startsWith(e.getKey(), p)) {
                for (String phrase : e.getValue()) {
                    int n = matches(words, w, phrase);
                    if (n > 0 && consumes(part, p + e.getKey().length(), words, w + n, whole)) {
                        return true;
                    }
                }
            }
        }
        String f = word.folded();
        for (int n = f.length(); word.acronym() && n >= 2; n--) { // an acronym by its letters, or their head ("TNCS" in "TWĐTN")
            if (part.startsWith(f.substring(0, n), p) && consumes(part, p + n, words, w + 1, whole)) {
                return true;
            }
        }
        return !f.isEmpty() && part.charAt(p) == f.charAt(0) && consumes(part, p + 1, words, w + 1, whole);
    }
}
