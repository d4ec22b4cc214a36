package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * The noise a copy's characters carry, undone where the text is read (session 20, robustness to how the same document
 * arrives; measured by the test harness {@code CorpusVariants}). None of it is a document's quirk: each is a way the
 * same letters come out of a PDF font, an OCR pass or an old font, and each is undone only where its shape leaves no doubt.
 * <ul>
 * <li>A PDF font's "ƣ" / "Ƣ" (U+01A3 / U+01A2, letters no Vietnamese word has) for "ư" / "Ư" ("Dƣơng"): in the whole text.</li>
 * <li>Among the first lines (the header): a block of lines in the TCVN3 font kept in an otherwise Unicode text (123doc
 * debris of a header table) converted, its toned capitals typed in the capitals font ("HUYệN") written as capitals;</li>
 * <li>"Y BAN" for "ỦY BAN" at the start of a cell (the first letter lost under its marks);</li>
 * <li>the words of a date line read by OCR — "thág", "ngy", "nm" (a letter lost), "l5", "I0" (l and I for 1, O for 0) —
 * when the line is otherwise a whole "ngày D tháng M năm YYYY"; the same digits in the header's "Số: l2/…";</li>
 * <li>a header cell's "TRUONG" (the horned letters lost: "TRUỜNG") before a school's kind, "THUONG TRUC", "BAN THUONG VU",
 * "UBND PHUONG", "THỦ TUONG CHÍNH PHỦ" — the few unit words whose accents their place leaves no doubt about;</li>
 * <li>the motto's and the slogan's words with a letter lost or changed ("CHỦ NGHA", "Hạnh phc").</li>
 * </ul>
 * A text without any of them is returned as it is (the same object: a large text keeps its compact form).
 */
final class CopyNoise {

    /** How many lines from the top are the header's, where the letter-level repairs apply. */
    private static final int TOP = 40;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern Y_BAN = Pattern.compile("(^|\\t|\\|\\s*|\\s{2,}|-\\s+)([Yy])(\\s+)(BAN|[Bb]an)(?=\\s+\\p{L})");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{2,5})(\\s*)([\\dlIO]{1,2})(\\s+)(\\p{L}{3,6})(\\s*)([\\dlIO]{1,2})(\\s+)(\\p{L}{2,4})(\\s*)([\\dlIO]{4})(?![\\p{L}\\d])");
    private static final String VOWELS = "aeiouy";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}])((?:Số|SỐ|số)\\s*[:.]?\\s*)([\\dlIO]{1,5})(?=\\s*/)");
    private static final Pattern CELL_WORD = Pattern.compile("(^|\\t|\\|\\s*|\\s{2,}|-\\s+)(\\p{L}+)(\\s+)(\\p{L}+)");
    private static final java.util.Set<String> SCHOOL_KINDS = java.util.Set.of("thcs", "thpt", "th", "mn", "mam", "tieu", "trung",
            "dai", "cao", "pt", "ptdtbt", "ptdtnt", "ptcs", "mau", "chinh", "boi", "lien", "nha");

    private CopyNoise() {
    }

    /** The text with its copy noise undone; the same object when it carries none. */
    static CharSequence repaired(CharSequence text) {
        CharSequence t = pdfLetters(text);
        int end = 0;
        for (int line = 0; line < TOP && end < t.length(); line++) {
            while (end < t.length() && t.charAt(end) != '\n') {
                end++;
            }
            if (end < t.length()) {
                end++;
            }
        }
        String head = t.subSequence(0, end).toString();
        String fixed = header(head);
        if (fixed.equals(head)) {
            return t;
        }
        return fixed + t.subSequence(end, t.length());
    }

    /** "ƣ" / "Ƣ" read as "ư" / "Ư"; the same object when the text has none. */
    static CharSequence pdfLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u01A3' || c == '\u01A2') {
                return text.toString().replace('\u01A3', 'ư').replace('\u01A2', 'Ư');
            }
        }
        return text;
    }

    /** The header's lines repaired. */
    static String header(String head) {
        List<String> lines = new ArrayList<>(List.of(head.split("\n", -1)));
        tcvn3Blocks(lines);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            Words read = Words.of(s); // the line's words, folded once for both phrases (the slogan's pass reads them again only after the motto's changed the line)
            String motto = phrase(s, read, MOTTO, MOTTO_FOLDED, 6);
            s = phrase(motto, motto == s ? read : Words.of(motto), SLOGAN, SLOGAN_FOLDED, 4);
            s = garbledBelow(lines, i) ? s : yBan(s);
            s = date(s);
            s = number(s);
            s = BlankCells.cleared(s); // s27: a signed scan's blank number and day cells read with debris
            s = unitWords(s);
            lines.set(i, s);
        }
        return String.join("\n", lines);
    }

    /**
     * A run of lines without a Unicode Vietnamese letter, carrying three or more characters no Unicode Vietnamese word has
     * and the TCVN3 font uses for letters (µ ¸ ¹ § ¢ Ö è…: {@link #FOREIGN}), in a text that is otherwise Unicode: those lines converted (the reader converts a whole text only).
     */
    static void tcvn3Blocks(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            int from = i;
            int strong = 0;
            while (i < lines.size()) {
                int[] counts = new int[3];
                LegacyFonts.count(lines.get(i), counts);
                if (counts[0] > 0) {
                    break;
                }
                strong += Math.max(counts[1], foreign(lines.get(i)));
                i++;
            }
            if (strong >= 3) {
                for (int j = from; j < i; j++) {
                    lines.set(j, LegacyFonts.capitals(LegacyFonts.fromTcvn3(lines.get(j))));
                }
            }
            i = Math.max(i, from) + 1;
        }
    }

    /** Latin-1 characters no Vietnamese word written in Unicode has, which the TCVN3 font uses for its letters ("§" Đ, "¢" Â, "Ö" ệ). */
    private static final String FOREIGN = "¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ";

    static int foreign(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += FOREIGN.indexOf(line.charAt(i)) >= 0 ? 1 : 0;
        }
        return n;
    }

    private static final String[] MOTTO = {"Cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "Việt", "Nam"};
    private static final String[] SLOGAN = {"Độc", "lập", "Tự", "do", "Hạnh", "phúc"};
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final String[] MOTTO_FOLDED = folded(MOTTO);
    private static final String[] SLOGAN_FOLDED = folded(SLOGAN);

    /** A line's words: where each stands and its folded form. */
    private record Words(List<int[]> spans, List<String> folded) {
        static Words of(String s) {
            List<int[]> spans = new ArrayList<>();
            List<String> folded = new ArrayList<>();
            Matcher m = LETTERS.matcher(s);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                folded.add(foldWord(m.group()));
            }
            return new Words(spans, folded);
        }
    }

    private static String[] folded(String[] words) {
        String[] f = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            f[k] = Texts.fold(words[k]);
        }
        return f;
    }

    /**
     * The motto's or the slogan's words read by OCR with a letter lost or changed ("CHỦ NGHA", "Hạnh phc"): a run of the
     * phrase's words in order, at least {@code exact} of them whole (accents aside) and every other one letter from its
     * word, is written with the phrase's words, in the case each had. The words between stay as they were.
     */
    static String phrase(String s, String[] words, int exact) {
        return phrase(s, Words.of(s), words, folded(words), exact);
    }

    /** {@link #phrase(String, String[], int)} with the line's words read and the phrase's words folded beforehand ({@code f}). */
    private static String phrase(String s, Words read, String[] words, String[] f, int exact) {
        List<int[]> spans = read.spans();
        List<String> folded = read.folded();
        if (spans.size() < words.length) {
            return s;
        }
        for (int i = 0; i + words.length <= spans.size(); i++) {
            int whole = 0;
            boolean near = true;
            for (int k = 0; k < words.length && near; k++) {
                String w = folded.get(i + k);
                boolean same = w.equals(f[k]);
                whole += same ? 1 : 0;
                near = same || oneEdit(w, f[k]);
            }
            if (near && whole >= exact && whole < words.length) {
                StringBuilder sb = new StringBuilder(s);
                for (int k = words.length - 1; k >= 0; k--) {
                    int[] at = spans.get(i + k);
                    String w = s.substring(at[0], at[1]);
                    if (!folded.get(i + k).equals(f[k])) {
                        sb.replace(at[0], at[1], cased(w, words[k].toUpperCase(VI)));
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    /**
     * A header name some of whose words lost their marks while the others kept them ("UBND PHƯỜNG KIẾN TUONG", "THỊ TRẤN
     * HUONG SON": a font without the horned letters) is written with the marks the text gives the same words where it writes
     * them with their neighbour ("phường Kiến Tường"), in the name's case — only a word the text writes with a horned letter
     * (ư, ơ: the letters such a font lacks; "NAM ĐỊNH" is no "năm Định"). A name with every word marked, or none (that is
     * {@code HeaderUnits.accented}'s), is returned as it is; so is a word the text never writes with marks beside the same neighbour.
     */
    static String reaccented(String name, CharSequence text) {
        return new Marks(text).reaccented(name);
    }

    /**
     * One text's marked word pairs, read once, when a name first needs them (the issuers, the superior and the place of one
     * import: {@link #reaccented(String, CharSequence)} for each).
     */
    static final class Marks {

        private final CharSequence text;
        private java.util.Map<String, String> pairs;

        Marks(CharSequence text) {
            this.text = text;
        }

        private java.util.Map<String, String> pairs() {
            if (pairs == null) {
                pairs = CopyNoise.pairs(text);
            }
            return pairs;
        }

        /** The issuers and superior with {@link #reaccented(String)} names; the same object when none changes. */
        IssuerSignals.Decision reaccented(IssuerSignals.Decision who) {
            List<String> issuers = who.issuers().stream().map(this::reaccented).toList();
            String parent = reaccented(who.parent());
            return issuers.equals(who.issuers()) && java.util.Objects.equals(parent, who.parent()) ? who
                    : new IssuerSignals.Decision(issuers, parent, who.confidence());
        }

        /** {@link CopyNoise#reaccented(String, CharSequence)} on this text. */
        String reaccented(String name) {
            return CopyNoise.reaccented(name, this::pairs);
        }
    }

    private static String reaccented(String name, java.util.function.Supplier<java.util.Map<String, String>> pairsOfText) {
        if (name == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = LETTERS.matcher(name);
        boolean marked = false;
        boolean bare = false;
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            boolean ascii = ascii(m.group());
            marked |= !ascii;
            bare |= ascii && m.group().length() >= 2 && m.group().matches("(?i).*[aeiouy].*");
        }
        if (!marked || !bare) {
            return name;
        }
        java.util.Map<String, String> pairs = pairsOfText.get();
        StringBuilder sb = new StringBuilder(name);
        for (int i = spans.size() - 1; i >= 0; i--) {
            String w = name.substring(spans.get(i)[0], spans.get(i)[1]);
            if (!ascii(w) || w.length() < 2 || !w.matches("(?i).*[aeiouy].*")) {
                continue;
            }
            String prev = i > 0 ? Texts.fold(name.substring(spans.get(i - 1)[0], spans.get(i - 1)[1])) : null;
            String next = i + 1 < spans.size() ? Texts.fold(name.substring(spans.get(i + 1)[0], spans.get(i + 1)[1])) : null;
            String f = Texts.fold(w);
            String found = prev != null ? pairs.get(prev + " " + f + " 1") : null;
            found = found == null && next != null ? pairs.get(f + " " + next + " 0") : found;
            if (found != null && java.text.Normalizer.normalize(found, java.text.Normalizer.Form.NFD).indexOf('\u031B') >= 0) { // a horn lost ("Năm" is no "NAM")
                sb.replace(spans.get(i)[0], spans.get(i)[1], w.equals(w.toUpperCase(Locale.ROOT)) ? found.toUpperCase(VI)
                        : cased(w, found.toUpperCase(VI)));
            }
        }
        return sb.toString();
    }

    /** A word of letters folded: {@link Texts#fold} (an ASCII word has nothing to fold but its case, so it is only lower-cased). */
    private static String foldWord(String word) {
        return ascii(word) ? word.toLowerCase(Locale.ROOT) : Texts.fold(word);
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Folded word pairs of the text's first 30,000 characters to the marked word ("kien tuong 1" → "Tường": its second). */
    private static java.util.Map<String, String> pairs(CharSequence text) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        Matcher m = LETTERS.matcher(text.subSequence(0, Math.min(text.length(), 30000)));
        String prev = null;
        String prevFold = null;
        while (m.find()) {
            String w = m.group();
            String f = foldWord(w);
            if (prev != null) {
                if (!ascii(w)) {
                    out.putIfAbsent(prevFold + " " + f + " 1", w);
                }
                if (!ascii(prev)) {
                    out.putIfAbsent(prevFold + " " + f + " 0", prev);
                }
            }
            prev = w;
            prevFold = f;
        }
        return out;
    }

    /** Whether two folded words differ by one letter lost, added or changed (both of two letters or more). */
    static boolean oneEdit(String a, String b) {
        if (Math.min(a.length(), b.length()) < 2 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    private static final Pattern FRAGMENT = Pattern.compile("^\\s*\\p{Lu}{1,2}\\s*$");

    /**
     * Whether one of the two lines below is a fragment of one or two capitals ("T" / "NH BÌNH PHƯỚC"): a legal library's
     * garble, which lost letters all through the header; {@code HeaderUnits.garbled} reads that name again, whole, from the
     * decision's enacting line, and a repaired "ỦY BAN" would hide the garble from it.
     */
    private static boolean garbledBelow(List<String> lines, int i) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            if (FRAGMENT.matcher(lines.get(j)).matches()) {
                return true;
            }
        }
        return false;
    }

    static String yBan(String s) {
        Matcher m = Y_BAN.matcher(s);
        if (!m.find()) {
            return s;
        }
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + (r.group(2).equals("Y") ? "ỦY" : "Ủy") + r.group(3) + r.group(4)));
    }

    /** A date line's words and digits as OCR misread them, when the line is otherwise a whole date. */
    static String date(String s) {
        Matcher m = DATE.matcher(s);
        boolean found = false;
        while (!found && m.find()) { // a header run on one line holds other word-digit runs before its date
            found = dateWord(m.group(1), "ngay") && dateWord(m.group(5), "thang") && dateWord(m.group(9), "nam")
                    && digits(m.group(3)) && digits(m.group(7)) && digits(m.group(11)) && m.group(11).matches(".*\\d.*");
        }
        if (!found) {
            return s;
        }
        String day = m.group(3);
        String month = m.group(7);
        String year = m.group(11);
        String out = word(m.group(1), "ngày") + m.group(2) + digit(day) + m.group(4) + word(m.group(5), "tháng") + m.group(6)
                + digit(month) + m.group(8) + word(m.group(9), "năm") + m.group(10) + digit(year);
        return s.substring(0, m.start()) + out + s.substring(m.end());
    }

    static String number(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find() || m.group(2).matches("\\d+") || !m.group(2).matches(".*\\d.*|[lI]{1,3}")) {
            return s;
        }
        return s.substring(0, m.start(2)) + digit(m.group(2)) + s.substring(m.end(2));
    }

    /** A header cell's unit words whose horned letters were lost, where the next word leaves no doubt. */
    static String unitWords(String s) {
        Matcher m = CELL_WORD.matcher(s);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String w = m.group(2);
            String next = Texts.fold(m.group(4));
            String f = Texts.fold(w);
            String to = null;
            if (f.equals("truong") && SCHOOL_KINDS.contains(next) && lostMarks(w, "TRƯỜNG")) {
                to = "TRƯỜNG";
            } else if (f.equals("thuong") && next.equals("truc") && lostMarks(w, "THƯỜNG")) {
                to = "THƯỜNG";
            } else if (f.equals("thu") && next.equals("tuong") && !m.group(4).toUpperCase(VI).equals("TƯỚNG")
                    && Texts.fold(s.substring(m.end())).startsWith("chinh phu")) { // "THỦ TUONG CHÍNH PHỦ"
                changed = true;
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + cased(w, "THỦ") + m.group(3) + cased(m.group(4), "TƯỚNG")));
                continue;
            }
            if (to != null) {
                changed = true;
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + cased(w, to) + m.group(3) + m.group(4)));
            }
        }
        if (!changed) {
            return phrases(s);
        }
        m.appendTail(sb);
        return phrases(sb.toString());
    }

    private static final Pattern THUONG_VU = Pattern.compile("\\b(BAN|Ban) (THUONG|THUỜNG|Thuong|Thuờng) (VU|VỤ|vu|vụ)\\b");
    private static final Pattern UBND_PHUONG = Pattern.compile("^(\\s*UBND\\s+)(PHUONG|PHUỜNG|PHƯONG)(?=\\s+\\p{L})");

    private static String phrases(String s) {
        String t = THUONG_VU.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + " " + cased(r.group(2), "THƯỜNG") + " "
                + cased(r.group(3), "VỤ")));
        return UBND_PHUONG.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "PHƯỜNG"));
    }

    /** Whether {@code w} is {@code full} with some of its marks lost (not a word of its own, as "TRƯƠNG" is). */
    private static boolean lostMarks(String w, String full) {
        String u = w.toUpperCase(VI);
        return !u.equals(full) && !u.equals("TRƯƠNG") && !u.equals("THƯƠNG");
    }

    private static String cased(String original, String upper) {
        if (original.equals(original.toUpperCase(Locale.ROOT))) {
            return upper;
        }
        String low = upper.toLowerCase(VI);
        return Character.isUpperCase(original.charAt(0)) ? Character.toUpperCase(low.charAt(0)) + low.substring(1) : low;
    }

    /** Whether a word is {@code target} (folded) or {@code target} with one letter lost. */
    /**
     * A date word as a copy lost or changed one of its letters: {@link #near} (a letter lost, "ngy", "nm") or one vowel
     * read as another (a legacy font's vowels mis-mapped while its consonants survive: "thỏng" for "tháng").
     */
    static boolean dateWord(String word, String target) {
        if (near(word, target)) {
            return true;
        }
        String f = Texts.fold(word);
        if (f.length() != target.length()) {
            return false;
        }
        int diff = -1;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != target.charAt(i)) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        return diff > 0 && VOWELS.indexOf(f.charAt(diff)) >= 0 && VOWELS.indexOf(target.charAt(diff)) >= 0;
    }

    static boolean near(String word, String target) {
        String f = Texts.fold(word);
        return f.equals(target) || f.length() == target.length() - 1 && oneEdit(f, target);
    }

    private static String word(String original, String canonical) {
        String f = Texts.fold(original);
        if (f.equals(Texts.fold(canonical))) {
            return original;
        }
        return cased(original, canonical.toUpperCase(VI));
    }

    private static boolean digits(String token) {
        return token.matches("[\\dlIO]+") && (token.matches(".*\\d.*") || token.length() <= 2);
    }

    private static String digit(String token) {
        return token.replace('l', '1').replace('I', '1').replace('O', '0');
    }
}
