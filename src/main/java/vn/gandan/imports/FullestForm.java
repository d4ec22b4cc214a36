package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 19: the chosen issuer completed to the fullest form the text gives it (seeds README: "a fuller name in the body wins
 * over the abbreviated header line"), judged after every other issuer step, for a header's issuer and a news subject alike.
 * <p>
 * An issuer written with an abbreviation ("TRƯỜNG MN HOA HỒNG", "Sở GDĐT") takes the text's spelled-out name of the same body
 * ("Trường mầm non Hoa Hồng", "Sở Giáo dục và Đào tạo (GDĐT) tỉnh Đồng Nai", bracket dropped, the locality the text attaches
 * kept) only where that name stands as the body acting on a document — the subject of an issuing verb ("… xây dựng kế
 * hoạch", "… vừa công bố kế hoạch") or the enacting line of the header ("HIỆU TRƯỞNG TRƯỜNG MẦM NON HOA HỒNG"). The gold keeps
 * the header's abbreviation where the spelled-out name is only a place or the author of a cited document ("Tại trường Tiểu
 * học …", "Nghị quyết … của Trường Tiểu học …"): such mentions are never taken. Abbreviations are expanded only through a
 * mention the text writes out, never by the table alone.
 * <p>
 * A news item's subject that only named the body ("Huyện đoàn Tây Giang tổ chức Hội trại …") takes the body's standing board
 * when the text names the board as the one that drew up the document ("Ban Thường vụ Huyện đoàn Tây Giang xây dựng Kế hoạch
 * …"); only without a header (a header names its issuer itself).
 */
final class FullestForm {

    /** Abbreviations of a body's name (folded) and the words they stand for (folded). */
    private static final Map<String, String> SPELLED = Map.ofEntries(Map.entry("mn", "mam non"), Map.entry("mg", "mau giao"),
            Map.entry("th", "tieu hoc"), Map.entry("thcs", "trung hoc co so"), Map.entry("thpt", "trung hoc pho thong"),
            Map.entry("gddt", "giao duc va dao tao"), Map.entry("ubnd", "uy ban nhan dan"), Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("lhpn", "lien hiep phu nu"), Map.entry("cdcs", "cong doan co so"), Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("mttq", "mat tran to quoc"), Map.entry("ldld", "lien doan lao dong"));
    /** "GD&ĐT", "GD & ĐT", "GD-ĐT" written as one abbreviation. */
    private static final Pattern GDDT = Pattern.compile("\\bgd\\s*(?:&|-|va)\\s*dt\\b");
    /** The verbs of a body acting on a document, after its name (folded text). */
    private static final Pattern ACTS = Pattern.compile("^(?:\\s*\\([^()\\n]{1,15}\\))?(?:\\s+(?:da|vua|moi|cung))*\\s+(?:xay dung|ban hanh|trien khai|thong bao"
            + "|cong bo|lap|huong dan|de ra|chi dao|co (?:ke hoach|van ban|cong van))(?![\\p{L}])");
    /** The locality the text attaches after the name, an abbreviation in brackets allowed before it (original text, case kept). */
    private static final Pattern LOCALITY = Pattern.compile("^(?:\\s*\\(([^()\\n]{1,15})\\))?\\s+((?i:" + IssuerShapes.LEVEL
            + ")(?:\\s+(?!(?i:vừa|đã|mới)(?![\\p{L}]))\\p{Lu}\\p{L}*){1,3})(?![\\p{L}])");
    /** The enacting line of a header: the office and the body's name alone on its line (folded). */
    private static final Pattern ENACTING = Pattern.compile("^\\s*(?:hieu truong|giam doc|chu tich|truong ban|truong phong|bi thu)\\s+$");
    /** A standing board named before a body ("Ban Thường vụ Huyện đoàn …"), then the act of drawing up a document (folded). */
    private static final Pattern BOARD = Pattern.compile("(?:ban thuong vu|ban chap hanh|ban thuong truc)\\s+$");
    private static final Pattern DRAWS_UP = Pattern.compile("^(?:\\s+(?:da|vua|moi))*\\s+(?:xay dung|ban hanh|lap)\\s+(?:ke hoach|chuong trinh|huong dan)(?![\\p{L}])");
    /** How much of the text is read: the head, where the body names itself. */
    private static final int HEAD_CHARS = 40_000;

    private FullestForm() {
    }

    /** The decision with each issuer in its fullest form; {@code headed}: the issuer came from a header's unit lines. */
    static IssuerSignals.Decision complete(IssuerSignals.Decision who, boolean headed, TextLines d) {
        if (who.issuers().isEmpty() || who.issuers().size() > 2) {
            return who;
        }
        Text t = null;
        List<String> out = new ArrayList<>(who.issuers().size());
        boolean changed = false;
        for (String name : who.issuers()) {
            String[] words = words(name);
            boolean abbreviated = false;
            for (String w : words) {
                abbreviated |= SPELLED.containsKey(w);
            }
            String full = null;
            if (abbreviated || !headed && who.issuers().size() == 1) {
                t = t == null ? new Text(d) : t;
                full = abbreviated ? spelledOut(words, t) : board(words, t);
            }
            changed |= full != null;
            out.add(full != null ? full : name);
        }
        return changed ? new IssuerSignals.Decision(out, who.parent(), who.confidence()) : who;
    }

    /** The folded words of a name, "GD&ĐT" as one word. */
    static String[] words(String name) {
        String f = GDDT.matcher(Texts.fold(name)).replaceAll("gddt");
        return f.replaceAll("[^\\p{L}\\d]+", " ").strip().split(" ");
    }

    /** The pattern of a name's words in folded text, each abbreviation spelled out. */
    private static String wordsPattern(String[] words, boolean spell) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\d])");
        for (int i = 0; i < words.length; i++) {
            String w = spell && SPELLED.containsKey(words[i]) ? SPELLED.get(words[i]) : words[i];
            sb.append(i == 0 ? "" : "\\s+").append(Pattern.quote(w).replace(" ", "\\E\\s+(?:&\\s+|-\\s+)?\\Q"));
        }
        return sb.append("(?![\\p{L}\\d])").toString();
    }

    /** The spelled-out name acting on a document (subject of an act, or the enacting line), with its locality; else null. */
    private static String spelledOut(String[] words, Text t) {
        Matcher m = Pattern.compile(wordsPattern(words, true)).matcher(t.folded);
        String best = null;
        while (m.find()) {
            String name = t.text.substring(m.start(), m.end());
            Matcher loc = LOCALITY.matcher(t.text.substring(m.end(), Math.min(t.text.length(), m.end() + 80)));
            int after = m.end();
            String full = name;
            if (loc.lookingAt() && !Texts.fold(name).contains(Texts.fold(loc.group(2)))) {
                full = name + " " + loc.group(2);
                after = m.end() + loc.end();
            }
            String rest = t.folded.substring(after, Math.min(t.folded.length(), after + 60));
            String before = t.folded.substring(t.folded.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start());
            boolean acting = ACTS.matcher(rest.replace('\n', ' ')).lookingAt(); // a verb broken over lines ("xây\ndựng")
            boolean enacting = ENACTING.matcher(before).find() && rest.matches("(?s)^[ \\t]*(?:\\n.*)?$");
            if ((acting || enacting) && (best == null || full.length() > best.length())) {
                best = Texts.clean(full);
            }
        }
        return best;
    }

    /** The body's standing board that drew up the document, named before the body; else null. */
    private static String board(String[] words, Text t) {
        if (words.length < 2) {
            return null;
        }
        Matcher m = Pattern.compile(wordsPattern(words, false)).matcher(t.folded);
        while (m.find()) {
            String before = t.folded.substring(Math.max(0, m.start() - 20), m.start());
            Matcher b = BOARD.matcher(before);
            if (b.find() && DRAWS_UP.matcher(t.folded.substring(m.end(), Math.min(t.folded.length(), m.end() + 60)).replace('\n', ' ')).lookingAt()) {
                int start = m.start() - (before.length() - b.start());
                return Texts.clean(t.text.substring(start, m.end()));
            }
        }
        return null;
    }

    /** The head of the text, lines joined by line breaks, and its folded copy of the same length (one char for one char). */
    private static final class Text {
        final String text;
        final String folded;

        Text(TextLines d) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < d.lines.size() && sb.length() < HEAD_CHARS; i++) {
                sb.append(Normalizer.normalize(d.lines.get(i), Normalizer.Form.NFC)).append('\n');
            }
            text = sb.toString();
            StringBuilder f = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                f.append(foldChar(text.charAt(i)));
            }
            folded = f.toString();
        }

        private static char foldChar(char c) {
            if (c < 128) {
                return Character.toLowerCase(c);
            }
            if (c == 'đ' || c == 'Đ') {
                return 'd';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return ' ';
            }
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            return Character.getType(base) == Character.NON_SPACING_MARK ? c : Character.toLowerCase(base);
        }
    }
}
