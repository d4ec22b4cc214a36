package vn.gandan.imports;

import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 22: the grammar every issuer candidate must parse as, whichever step proposed it. A body's name is
 * <pre>
 *   name      = head words locality* (sub-unit name)?
 *   head      = an organ or body word of the lexicon: Ủy ban nhân dân / UBND, Hội đồng nhân dân, Tỉnh ủy, Huyện ủy, Đảng ủy,
 *               Chi bộ, Ban …, Sở …, Phòng …, Trường …, Hội …, Liên đội, Công đoàn, Mặt trận, Thường trực, Chủ tịch …
 *   words     = the body's own words (its field, its school's kind and name …), read as written
 *   locality  = level (tỉnh | thành phố | huyện | quận | thị xã | xã | phường | thị trấn | TP | TX) proper-name?
 *               — the proper name in capitals or a number ("quận 9"), a comma before the next level allowed
 *   sub-unit  = a name of its own after the locality (a unit head again), or a joint partner after "và" / a dash
 * </pre>
 * In running text (a name not all in capitals) the name ends where the grammar ends: after a locality, a word in lower case
 * that opens no locality, no unit and no term ("khóa XIII") is the sentence going on — "UBND xã kiểm điểm công tác" is "UBND xã"
 * and a verb phrase. A candidate that opens with no head does not parse: no issuer (never a heading or a body sentence).
 * A name in capitals cannot show where running words start, so it is returned whole (the kind words and verbs that end it are
 * {@link UnitNames#clip}'s).
 */
final class NameGrammar {

    /** Heads that open a body's name besides those of {@link WordLists#startsUnit}. */
    private static final List<String> MORE_HEADS = List.of("thanh tra", "mat tran", "lien doi", "thu tuong", "chinh phu", "thuong truc",
            "tieu ban", "dai hoi", "cong an", "lien minh", "thu vien", "chu tich", "ubmttq", "ubtw", "uy ban", "hoi dong", "nha truong",
            "bi thu", "giam doc", "hieu truong", "ban", "trung uong", "ldld", "tong cuc", "hnd");
    /**
     * The level words of a locality, two-word levels first, in lower case with their accents ("quận", never "quan" of "cơ quan",
     * "tỉnh", never "tình" of "tình nguyện").
     */
    private static final List<String> LEVELS = List.of("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "tp", "tx");
    /** A level word followed by these is an organ ("Tỉnh ủy", "Huyện đoàn"), not a locality. */
    private static final Pattern ORGAN_AFTER_LEVEL = Pattern.compile("^(?:ủy|uỷ|đoàn|hội)$");
    /** A body's term or congress after its locality ("khóa XIII", "khoá 10", "lần thứ XI"): two words or three, a number last. */
    private static final Pattern TERM = Pattern.compile("^(?:khóa|khoá|lần thứ)$");
    private static final Pattern TERM_VALUE = Pattern.compile("^(?:[IVXLC]+|\\d{1,2})[,.;]?$");
    /** Words that follow a locality in a sentence but never name a place ("… huyện Bình Chánh Nhiệm kỳ …", "… Năm 2024"). */
    private static final Pattern NOT_PLACE = Pattern.compile("^(?:nhiệm|năm|giai|về|và|của|tại|trên|theo|khóa|khoá|đến|lần|thực|trong)$");

    /** "của" before a name ("CỦA THỦ TƯỚNG CHÍNH PHỦ" under the kind line): the name is what follows. */
    private static final Pattern OF = Pattern.compile("(?iu)^của\\s+(?=\\S+\\s+\\S)");

    private NameGrammar() {
    }

    /** Whether the candidate opens with a body's head word. */
    static boolean headed(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String f = Texts.fold(Texts.clean(name)) + " ";
        return WordLists.startsUnit(name) || MORE_HEADS.stream().anyMatch(h -> f.startsWith(h + " "));
    }

    /**
     * The candidate cut where the grammar of a body's name ends; null when it opens with no head (it does not parse). A name in
     * capitals is returned whole.
     */
    static String name(String candidate) {
        candidate = candidate == null ? null : OF.matcher(Texts.clean(candidate)).replaceFirst("");
        if (!headed(candidate)) {
            return null;
        }
        String clean = Texts.clean(candidate);
        if (TextLines.isUpper(clean)) {
            return clean;
        }
        String[] t = clean.split(" ");
        boolean afterLocality = false;
        int i = 1;
        while (i < t.length) {
            int level = levelAt(t, i);
            if (level > 0) {
                i += level;
                int named = 0;
                while (i < t.length && named < 5 && properWord(t[i])) {
                    boolean comma = t[i].endsWith(",");
                    i++;
                    named++;
                    if (comma) {
                        if (levelAt(t, i) == 0) {
                            return joined(t, i, true);
                        }
                        break;
                    }
                }
                afterLocality = true;
                continue;
            }
            if (!afterLocality) {
                i++;
                continue;
            }
            String f = lower(t[i]);
            if (TERM.matcher(f).matches() && i + 1 < t.length && TERM_VALUE.matcher(t[i + 1]).matches()) {
                i += 2; // "Ban Chấp hành Đảng bộ tỉnh khóa XIII"
                continue;
            }
            if (i + 2 < t.length && TERM.matcher(f + " " + lower(t[i + 1])).matches() && TERM_VALUE.matcher(t[i + 2]).matches()) {
                i += 3; // "Đại hội đại biểu Đảng bộ tỉnh X lần thứ XI"
                continue;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(t, i, t.length));
            if (Character.isUpperCase(t[i].codePointAt(0)) && headed(rest)) {
                afterLocality = false; // a sub-unit under the locality's body
                i++;
                continue;
            }
            if (f.matches("^(?:và|-|–)$") && i + 1 < t.length && headed(String.join(" ", java.util.Arrays.copyOfRange(t, i + 1, t.length)))) {
                afterLocality = false; // a joint partner
                i++;
                continue;
            }
            return joined(t, i, false);
        }
        return clean;
    }

    /** How many words of a level word start at {@code i} (0 when none, or when an organ word follows: "Tỉnh ủy"). */
    private static int levelAt(String[] t, int i) {
        for (String level : LEVELS) {
            String[] ws = level.split(" ");
            if (i + ws.length > t.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < ws.length && all; k++) {
                all = lower(t[i + k]).replaceAll("[.,]$", "").equals(ws[k]);
            }
            if (all && (i + ws.length >= t.length || !ORGAN_AFTER_LEVEL.matcher(lower(t[i + ws.length])).matches())) {
                return ws.length;
            }
        }
        return 0;
    }

    /** A word of a place's proper name: a capital or a number, and no running word ("Năm", "Về"). */
    private static boolean properWord(String w) {
        int c = w.codePointAt(0);
        return (Character.isUpperCase(c) || Character.isDigit(c) && w.replaceAll("[,.]$", "").matches("\\d{1,3}"))
                && !NOT_PLACE.matcher(lower(w).replaceAll("[,.]$", "")).matches();
    }

    /** A word in lower case, its accents kept (NFC). */
    private static String lower(String w) {
        return Texts.clean(w).toLowerCase(java.util.Locale.ROOT);
    }

    private static String joined(String[] t, int end, boolean dropComma) {
        String s = String.join(" ", java.util.Arrays.copyOfRange(t, 0, end));
        return dropComma || s.endsWith(",") ? s.replaceFirst(",$", "") : s;
    }
}
