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

    /**
     * Session 25: a word that makes the candidate a clause — a tense or voice marker never stands in a body's name ("Đoàn đã nghe
     * lãnh đạo UBND xã …", "Trường … được"): the name ends before it, and a bare head left ("Đoàn") names no one.
     */
    private static final Pattern CLAUSE_MARK = Pattern.compile("^(?:đã|đang|sẽ|vừa|được|cũng|đều)$");
    /**
     * Session 25: the acts a flattened layout glues after a name — the body's verb on the next line ("TRƯỜNG TH X TRIỂN KHAI",
     * "Trường … Văn Lang phối hợp với …") or a page's download button ("… tỉnh Đắk Lắk TẢI"). None ends a body's name; words a
     * name can end with ("Ban Tổ chức", "Ban Quản lý dự án xây dựng", "Ban chỉ đạo thực hiện …") are not among them.
     */
    private static final Pattern ACT = Pattern.compile("^(?:triển khai|phối hợp|tải về|tải|ban hành|kính gửi|đề nghị|phát động|xin|thông báo)$");
    /** Session 25: words that join a name to what follows, left at its end by a cut ("Ủy ban MTTQ Việt Nam và các"). */
    private static final Pattern JOINER = Pattern.compile("^(?:và|các|của|với|cùng|cho|tại)$");

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
        String clean = ended(Texts.clean(candidate));
        if (clean == null) {
            return null;
        }
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
                if (t[i - 1].endsWith(",") && levelAt(t, i) == 0) {
                    return joined(t, i, true); // s25: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sư đoàn 10": the next body after the level's comma
                }
                int named = 0;
                boolean titled = false;
                while (i < t.length && named < 5 && properWord(t[i]) && (named == 0 || levelAt(t, i) == 0)) {
                    if (titled && capitalsWord(t[i])) {
                        return joined(t, i, false); // s25: "tỉnh Đắk Lắk TẢI": a word in capitals after a place in Title Case is the next line's
                    }
                    titled |= !capitalsWord(t[i]);
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

    /**
     * Session 25: the candidate without the words a flattened layout or a sentence glued to its end — cut before a clause's tense
     * marker, before an act that follows a proper name or ends the line ("… ĐINH BỘ LĨNH TRIỂN KHAI"), and without a joining
     * word left at the end ("… và các"); null when only a bare head is left.
     */
    static String ended(String clean) {
        if (clean == null || clean.isBlank()) {
            return clean;
        }
        boolean upper = TextLines.isUpper(clean);
        String[] t = clean.split(" ");
        int end = t.length;
        for (int i = 1; i < end; i++) {
            if (!upper && CLAUSE_MARK.matcher(t[i]).matches()) {
                if (i == 1) {
                    return null; // "Đoàn đã nghe …": a clause, no name
                }
                end = i;
                break;
            }
            int act = actAt(t, i, end, upper);
            if (act > 0) {
                end = i;
                break;
            }
        }
        while (end > 1 && (upper || t[end - 1].equals(lower(t[end - 1]))) && JOINER.matcher(lower(t[end - 1])).matches()) {
            end--;
        }
        return end == t.length ? clean : end < 2 ? null : Extractor.trimEnd(joined(t, end, true));
    }

    /**
     * How many words of an act start at {@code i} when they end the name there: after a proper name's word (a capital or a
     * number) or a level word, in lower case inside a name in running text (two words in sentence case too: "… tỉnh Thông báo
     * …"), or as the name's last words; session 26: as the name's last words after any word ("… Tỉnh ủy phối hợp").
     */
    private static int actAt(String[] t, int i, int end, boolean upper) {
        int c = t[i - 1].codePointAt(0);
        boolean level = LEVELS.contains(lower(t[i - 1]));
        if (t[i - 1].endsWith(",")) {
            return 0;
        }
        boolean after = Character.isUpperCase(c) || Character.isDigit(c) || level;
        for (int n = 2; n >= 1; n--) {
            if (i + n > end || !after && i + n < end) {
                continue; // s26: an act as the name's last words ends it whatever precedes ("Ban Tuyên giáo Tỉnh ủy phối hợp")
            }
            String words = String.join(" ", java.util.Arrays.copyOfRange(t, i, i + n));
            String tail = words.substring(words.offsetByCodePoints(0, 1));
            boolean sentenceCase = n == 2 && !upper && tail.equals(tail.toLowerCase(java.util.Locale.ROOT)); // "… tỉnh Thông báo không …"
            boolean written = upper || sentenceCase || words.equals(words.toLowerCase(java.util.Locale.ROOT));
            if (written && ACT.matcher(lower(words).replaceAll("[.,:;]$", "")).matches() && (i + n == end || !upper)) {
                return n;
            }
        }
        return 0;
    }

    /** Session 25: whether these words are an act that never ends a body's name ("thông báo", "TRIỂN KHAI"), in any case. */
    static boolean act(String words) {
        return words != null && ACT.matcher(lower(words).replaceAll("[.,:;]$", "")).matches();
    }

    /** A word written in capitals, two letters at least ("TẢI"), its punctuation aside. */
    private static boolean capitalsWord(String w) {
        String letters = w.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
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
