package vn.gandan.imports;

import java.text.Normalizer;

/**
 * Legacy Vietnamese font encodings, detected and converted to Unicode (NFC). Text typed with the TCVN3 (ABC,
 * fonts .VnTime…) or VNI (VNI-Times…) keyboards arrives as Latin-1 characters: TCVN3 uses one precomposed
 * code per letter (á = ¸, đ = ®), VNI a base vowel followed by a mark letter (á = aù, ấ = aá, đ = ñ).
 */
final class LegacyFonts {

    enum Encoding { UNICODE, TCVN3, VNI }

    /** TCVN3 code (index = code - 0xA1) to Unicode; 0 = not a TCVN3 letter. */
    private static final char[] TCVN3 = new char[0x100 - 0xA1];
    private static final String TCVN3_PAIRS =
            "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đ"
                    + "µà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞị"
                    + "ßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöửø" + "ứùựúỳûỷüỹýýþỵ÷ữ";
    private static final String STRONG_TCVN3 = "µ¶·¸¹»¼½¾®\u00ad¨©ª«¬";

    static {
        for (int i = 0; i + 1 < TCVN3_PAIRS.length(); i += 2) {
            TCVN3[TCVN3_PAIRS.charAt(i) - 0xA1] = TCVN3_PAIRS.charAt(i + 1);
        }
    }

    private LegacyFonts() {
    }

    /** Converts the text when it is in a legacy encoding; Unicode text is returned unchanged (NFC). */
    static String toUnicode(String s) {
        return switch (detect(s)) {
            case TCVN3 -> fromTcvn3(s);
            case VNI -> fromVni(s);
            case UNICODE -> Normalizer.normalize(s, Normalizer.Form.NFC);
        };
    }

    static Encoding detect(CharSequence s) {
        int[] counts = new int[3];
        count(s, counts);
        return decide(counts);
    }

    /** Adds the text's Unicode, TCVN3 and VNI letters to {@code counts}: a text's lines may be counted one by one. */
    static void count(CharSequence s, int[] counts) {
        char prev = '\n';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x0102 && c <= 0x01B0) || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)) {
                counts[0]++;
            } else if (STRONG_TCVN3.indexOf(c) >= 0) {
                counts[1]++;
            } else if (c == 'ñ' || c == 'Ñ' || (isVowel(prev) && vniMark(c) != null)) {
                counts[2]++;
            }
            prev = c;
        }
    }

    /** The encoding the counts of {@link #count} show. */
    static Encoding decide(int[] counts) {
        int unicode = counts[0];
        int tcvn = counts[1];
        int vni = counts[2];
        if (unicode >= Math.max(tcvn, vni)) {
            return Encoding.UNICODE;
        }
        if (tcvn >= 3 && tcvn >= vni) {
            return Encoding.TCVN3;
        }
        return vni >= 3 ? Encoding.VNI : Encoding.UNICODE;
    }

    static String fromTcvn3(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char u = c >= 0xA1 && c <= 0xFF ? TCVN3[c - 0xA1] : 0;
            sb.append(u != 0 ? u : c);
        }
        return capitals(Normalizer.normalize(sb.toString(), Normalizer.Form.NFC));
    }

    /** A cell of a line: the text between tabs, runs of two or more spaces, " | " and line breaks. */
    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("[^\\t\\n|]+?(?=\\s{2,}|\\t|\\||\\n|$)");

    /**
     * s20: a cell typed in the TCVN3 capitals font (.VnTimeH), which writes a toned capital with the lower-case letter's
     * code ("HUYệN", "ủY BAN"): a cell whose ASCII letters (two or more) are all capitals and that holds a lower-case
     * Vietnamese letter is written in capitals, and so is such a word with two ASCII capitals in any cell ("CHấP"). A word
     * with one ASCII capital in a mixed cell is as it was typed ("Bộ", "Lý").
     */
    static String capitals(String s) {
        java.util.regex.Matcher m = CELL.matcher(s);
        StringBuilder sb = null;
        int from = 0;
        while (m.find()) {
            String w = m.group();
            int asciiUpper = 0;
            boolean asciiLower = false;
            boolean otherLower = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                asciiUpper += c >= 'A' && c <= 'Z' ? 1 : 0;
                asciiLower |= c >= 'a' && c <= 'z';
                otherLower |= c > 0x7F && Character.isLowerCase(c);
            }
            if (asciiUpper >= 2 && !asciiLower && otherLower) {
                sb = sb == null ? new StringBuilder(s.length()) : sb;
                sb.append(s, from, m.start()).append(w.toUpperCase(java.util.Locale.ROOT));
                from = m.end();
            }
        }
        String cells = sb == null ? s : sb.append(s, from, s.length()).toString();
        java.util.regex.Matcher w = WORD.matcher(cells);
        StringBuilder out = null;
        from = 0;
        while (w.find()) { // a word with two ASCII capitals is in capitals whatever its cell ("CHấP", "QUYếT"); "Bộ", "Lý" stay
            String word = w.group();
            if (word.chars().filter(c -> c >= 'A' && c <= 'Z').count() >= 2 && word.chars().noneMatch(c -> c >= 'a' && c <= 'z')
                    && word.chars().anyMatch(c -> c > 0x7F && Character.isLowerCase(c))) {
                out = out == null ? new StringBuilder(cells.length()) : out;
                out.append(cells, from, w.start()).append(word.toUpperCase(java.util.Locale.ROOT));
                from = w.end();
            }
        }
        String words = out == null ? cells : out.append(cells, from, cells.length()).toString();
        return between(words);
    }

    /** A word with one ASCII capital and lower-case Vietnamese letters ("Kế") between two words in capitals is in capitals. */
    private static String between(String s) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(s);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        StringBuilder sb = null;
        for (int i = 1; i + 1 < spans.size(); i++) {
            String word = s.substring(spans.get(i)[0], spans.get(i)[1]);
            boolean one = Character.isUpperCase(word.charAt(0)) && word.charAt(0) < 0x80
                    && word.substring(1).chars().allMatch(c -> Character.isLowerCase(c) && c > 0x7F);
            if (one && word.length() > 1 && upper(s.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]))
                    && upper(s.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]))) {
                sb = sb == null ? new StringBuilder(s) : sb;
                sb.replace(spans.get(i)[0], spans.get(i)[1], word.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean upper(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    static String fromVni(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String standalone = vniStandalone(c);
            if (standalone != null) {
                sb.append(standalone);
                continue;
            }
            String mark = sb.length() > 0 && isVowelOrHorn(sb.charAt(sb.length() - 1)) ? vniMark(c) : null;
            sb.append(mark != null ? mark : String.valueOf(c));
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    /** VNI letters that stand alone: ơ ư đ and the toned i's. */
    private static String vniStandalone(char c) {
        return switch (c) {
            case 'ô' -> "ơ";
            case 'Ô' -> "Ơ";
            case 'ö' -> "ư";
            case 'Ö' -> "Ư";
            case 'ñ' -> "đ";
            case 'Ñ' -> "Đ";
            case 'í' -> "í";
            case 'Í' -> "Í";
            case 'ì' -> "ì";
            case 'Ì' -> "Ì";
            case 'æ' -> "ỉ";
            case 'Æ' -> "Ỉ";
            case 'ó' -> "ĩ";
            case 'Ó' -> "Ĩ";
            case 'ò' -> "ị";
            case 'Ò' -> "Ị";
            default -> null;
        };
    }

    /** The combining marks a VNI mark letter stands for (shape then tone), or null. */
    private static String vniMark(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'ù' -> "\u0301";
            case 'ø' -> "\u0300";
            case 'û' -> "\u0309";
            case 'õ' -> "\u0303";
            case 'ï' -> "\u0323";
            case 'â' -> "\u0302";
            case 'á' -> "\u0302\u0301";
            case 'à' -> "\u0302\u0300";
            case 'å' -> "\u0302\u0309";
            case 'ã' -> "\u0302\u0303";
            case 'ä' -> "\u0302\u0323";
            case 'ê' -> "\u0306";
            case 'é' -> "\u0306\u0301";
            case 'è' -> "\u0306\u0300";
            case 'ú' -> "\u0306\u0309";
            case 'ü' -> "\u0306\u0303";
            case 'ë' -> "\u0306\u0323";
            default -> null;
        };
    }

    private static boolean isVowel(char c) {
        return "aeouyAEOUYôöÔÖ".indexOf(c) >= 0;
    }

    private static boolean isVowelOrHorn(char c) {
        return "aeouyAEOUYơưƠƯ".indexOf(c) >= 0;
    }
}
