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
 * A superior body without locality ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over a school) takes the one the text attaches to the same body
 * wherever it names it ("… của Phòng Giáo dục &amp; Đào tạo huyện Yên Dũng"), unless the text names it with two.
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
    /** "… (đã / vừa) tổ chức hội nghị / cuộc họp" after a body's name, folded (tested per mention: compiled once). */
    private static final Pattern HELD_MEETING = Pattern.compile("^\\s+(?:da\\s+|vua\\s+)?to chuc\\s+(?:hoi nghi|cuoc hop)(?![\\p{L}]).*");
    private static final Pattern GDDT = Pattern.compile("\\bgd\\s*(?:&|-|va)\\s*dt\\b");
    /** The verbs of a body acting on a document, after its name (folded text). */
    static final Pattern ACTS = Pattern.compile("^(?:\\s*\\([^()\\n]{1,15}\\))?(?:\\s+(?:da|vua|moi|cung))*\\s+(?:xay dung|ban hanh|trien khai|thong bao"
            + "|cong bo|lap|huong dan|de ra|chi dao|co (?:ke hoach|van ban|cong van))(?:(?![\\p{L}])|(?=ke hoach))"); // "xây dựngkế hoạch": glued by the PDF
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
        return complete(who, headed, null, d);
    }

    /**
     * As above; {@code place} is the document's own place (its date line), a locality the issuer may be named with without its
     * level ("Phòng GD&ĐT Hiệp Hòa" under "UBND HUYỆN HIỆP HÒA", dated "Hiệp Hòa, ngày …").
     */
    static IssuerSignals.Decision complete(IssuerSignals.Decision who, boolean headed, String place, TextLines d) {
        if (who.issuers().isEmpty()) {
            String enacted = enacted(d);
            enacted = enacted == null ? drawnUpBy(d) : enacted;
            enacted = enacted == null ? officeHolder(d) : enacted;
            enacted = enacted == null && !headed ? NewsNamed.opinionGiver(d) : enacted;
            enacted = enacted == null && !headed ? NewsNamed.headlineIssuer(d) : enacted; // s21: "Chương trình của Ban Chấp hành Đảng bộ tỉnh … thực hiện …" // s21: "…; Ủy ban nhân dân Tỉnh có ý kiến như sau:"
            List<String> headline = enacted == null ? numberedHeadline(d) : List.of(enacted);
            return headline.isEmpty() ? who : new IssuerSignals.Decision(headline, who.parent(), 0.6);
        }
        if (who.issuers().size() > 2) {
            return who;
        }
        List<String> pair = headed || who.issuers().size() != 1 ? who.issuers() : NewsSentence.units(who.issuers().get(0));
        if (pair.size() == 2) { // a news subject "A và B" naming two bodies ("Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình ký kết …")
            return new IssuerSignals.Decision(pair, who.parent(), who.confidence());
        }
        Text t = null;
        List<String> out = new ArrayList<>(who.issuers().size());
        boolean changed = false;
        for (String name : who.issuers()) {
            List<Word> words = canonical(name);
            boolean abbreviated = words.stream().anyMatch(Word::abbreviated);
            boolean bare = who.issuers().size() == 1 && BARE_BOARD.matcher(Texts.fold(name)).matches();
            t = t == null ? new Text(d) : t;
            String full = bare && who.parent() != null ? boardOf(words, canonical(who.parent()), t) : fuller(words, abbreviated, !hasLocality(name), places(who.parent(), place), t);
            full = full == null && !abbreviated && !headed && who.issuers().size() == 1 ? board(words, t) : full;
            full = full == null && !headed && who.issuers().size() == 1 ? bodyOfMeeting(name, t) : full;
            changed |= full != null;
            out.add(full != null ? full : name);
        }
        String parent = who.parent();
        if (parent != null && !hasLocality(parent) && out.size() == 1) { // the superior's locality, named wherever the text names the body
            t = t == null ? new Text(d) : t;
            String placed = fuller(canonical(parent), false, true, List.of(), t, true);
            changed |= placed != null;
            parent = placed != null ? placed : parent;
        }
        return changed ? new IssuerSignals.Decision(out, parent, who.confidence()) : who;
    }

    /**
     * The enacting line of a decision or regulation, the office and its body in capitals alone on a line ("THỦ TRƯỞNG CƠ QUAN
     * TRƯỜNG TIỂU HỌC HOÀNH MÔ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"): in every tuning document that has one, its body is the gold
     * issuer (21 of 21), so a page printed without its header still names its issuer there.
     */
    private static final Pattern ENACTING_LINE = Pattern.compile("^(?:HIỆU TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|THỦ TRƯỞNG(?: CƠ QUAN)?|TRƯỞNG BAN|BỘ TRƯỞNG"
            + "|TRƯỞNG PHÒNG)\\s+((?:TRƯỜNG|SỞ|PHÒNG|[ỦU][ỶY] BAN|UBND|BAN|BỘ|HỘI|TRUNG TÂM)\\s[\\p{Lu}\\d&\\s\\-–]{3,80}?)\\s*$");

    /** The body of the enacting line among the first lines, when no other source named an issuer; else null. */
    static String enacted(TextLines d) {
        for (int i = 0; i < Math.min(d.lines.size(), 150); i++) {
            Matcher m = ENACTING_LINE.matcher(Texts.clean(d.lines.get(i)));
            if (m.matches()) {
                String unit = UnitNames.clip(m.group(1));
                return unit != null && UnitNames.wellFormed(unit) ? unit : null;
            }
        }
        return null;
    }

    /**
     * A sentence opening with a body's long name that draws up the document ("Ban chỉ đạo “Chăm sóc sức khỏe ban đầu” trường mầm
     * non Đức Giang xây dựng kế hoạch …", "Ban chỉ đạo công tác y tế trường học trường tiểu học Minh Tân xây dựng kế hoạch …"):
     * a steering committee named by its task and its school runs past the word limit of the subject reading.
     */
    private static final Pattern DRAWN_UP = Pattern.compile("(?:^|(?<=[.;])\\s+)((?:" + Issuers.UNIT_START.pattern() + ")(?:\\s+[\\p{L}“”\"&\\-–]+){2,24}?)"
            + "\\s+(?:đã\\s+)?(?:xây dựng|ban hành|lập)\\s+(?:kế hoạch|chương trình)(?![\\p{L}])");

    /** The body drawing up the document in the first paragraphs' sentences, when no other source named one; else null. */
    static String drawnUpBy(TextLines d) {
        for (int i = 0; i < Math.min(d.paras.size(), 25); i++) {
            Matcher m = DRAWN_UP.matcher(d.paras.get(i));
            if (m.find()) {
                String unit = UnitNames.clip(m.group(1));
                boolean generic = unit == null || Texts.fold(unit).matches("(?:phong|truong|ban|hoi|bo|so|doan)(?: \\p{L}+)?|ban giam (?:hieu|doc)(?: .*)?|ban lanh dao(?: .*)?");
                return !generic && UnitNames.wellFormed(unit.replaceAll("[“”\"]", "")) ? Texts.clean(unit) : null; // a programme's name in quotes
            }
        }
        return null;
    }

    /**
     * Session 19: an office holder who notifies in person, opening a paragraph with the body and its term ("Chủ tịch HĐND huyện
     * Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021 thông báo lịch tiếp công dân …"): the office and its body, without the term.
     */
    private static final Pattern OFFICE_NOTIFIES = Pattern.compile("^((?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban)\\s+(?:HĐND|" + Issuers.UNIT_START.pattern()
            + ")(?:\\s+\\p{L}+){1,8}?)(?:\\s+(?:khóa|khoá)\\s+[IVXLC\\d]+)?(?:\\s*,\\s*nhiệm kỳ\\s+\\d{4}\\s*[-–]\\s*\\d{4})?\\s+thông báo(?![\\p{L}])");

    /** The office holder notifying in the first paragraphs, when no other source named an issuer; else null. */
    static String officeHolder(TextLines d) {
        for (int i = 0; i < Math.min(d.paras.size(), 12); i++) {
            Matcher m = OFFICE_NOTIFIES.matcher(d.paras.get(i).strip());
            if (m.find()) {
                String unit = UnitNames.clip(m.group(1));
                return unit != null && unit.equals(Texts.clean(m.group(1))) ? unit : null;
            }
        }
        return null;
    }

    /**
     * Session 19: a page's headline naming its document by kind, number and bodies ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ
     * THƯ VỀ …"), read on the folded line so that a garbled diacritic ("CỦÀ", "KẾT LỦẬN") does not hide it: each body, as written,
     * when every part of the "của" phrase opens a body's name.
     */
    private static final Pattern NUMBERED_HEADLINE = Pattern.compile("^(?:ket luan|nghi quyet|chi thi|quyet dinh|quy dinh|ke hoach|thong bao|huong dan"
            + "|thong tu|chuong trinh)\\s+(?:so\\s+)?\\d+\\s*[-/]\\s*\\S+\\s+cua\\s+(.{3,120}?)\\s+ve\\s");

    static List<String> numberedHeadline(TextLines d) {
        int seen = 0;
        for (int i = 0; i < d.lines.size() && seen < 3; i++) {
            String line = Normalizer.normalize(Texts.clean(d.lines.get(i)), Normalizer.Form.NFC);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            StringBuilder f = new StringBuilder(line.length());
            for (int k = 0; k < line.length(); k++) {
                f.append(Text.foldChar(line.charAt(k)));
            }
            Matcher m = NUMBERED_HEADLINE.matcher(f);
            if (m.lookingAt()) {
                List<String> parts = new ArrayList<>();
                for (String part : line.substring(m.start(1), m.end(1)).split("\\s*,\\s*|\\s+(?:và|VÀ)\\s+")) {
                    if (!WordLists.startsUnit(part) || part.strip().split("\\s+").length < 2) {
                        return List.of();
                    }
                    parts.add(part.strip());
                }
                return parts;
            }
        }
        return List.of();
    }

    /** A word of a name in canonical form (folded, abbreviations spelled out, "và" / "&" dropped) and its span in the text. */
    record Word(String w, int start, int end, boolean abbreviated) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d]+|&");

    /** The canonical words of a name or of the text's folded head: "Phòng GD & ĐT" and "PHÒNG GIÁO DỤC-ĐÀO TẠO" read alike. */
    static List<Word> canonical(String folded, boolean fold) {
        String f = fold ? Texts.fold(folded) : folded;
        List<Word> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(f);
        int gd = -1;
        while (m.find()) {
            String w = m.group();
            if (w.equals("va") || w.equals("&")) {
                continue;
            }
            if (w.equals("gd")) {
                gd = m.start();
                continue;
            }
            if (gd >= 0 && w.equals("dt")) {
                w = "gddt";
            } else if (gd >= 0) {
                out.add(new Word("gd", gd, gd + 2, false));
            }
            int from = gd >= 0 && w.equals("gddt") ? gd : m.start();
            gd = -1;
            String spelled = SPELLED.get(w);
            if (spelled == null) {
                out.add(new Word(w, from, m.end(), false));
            } else {
                for (String x : spelled.split(" ")) {
                    if (!x.equals("va")) {
                        out.add(new Word(x, from, m.end(), true));
                    }
                }
            }
        }
        return out;
    }

    static List<Word> canonical(String name) {
        return canonical(name, true);
    }

    /** The folded words of a name, "GD&ĐT" as one word. */
    static String[] words(String name) {
        String f = GDDT.matcher(Texts.fold(name)).replaceAll("gddt");
        return f.replaceAll("[^\\p{L}\\d]+", " ").strip().split(" ");
    }

    private static final Pattern BARE_BOARD = Pattern.compile("(?:ban thuong vu|ban chap hanh|ban thuong truc|btv|bch)");
    private static final Pattern HAS_LOCALITY = Pattern.compile("(?iu)(?:^|\\s)" + IssuerShapes.LEVEL + "\\s+\\S");

    private static boolean hasLocality(String name) {
        return HAS_LOCALITY.matcher(name).find();
    }

    /** Capitalised words right after a name: a locality named without its level, if the header knows it. */
    private static final Pattern PLACE_NAME = Pattern.compile("^[ \\t]+(\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,2})(?![\\p{L}])");
    private static final Pattern PARENT_PLACE = Pattern.compile("(?iu)(?:^|\\s)" + IssuerShapes.LEVEL + "\\s+(\\S.*)$");

    /** The localities the header names (folded): the superior's after its level word, and the document's own place. */
    private static List<String> places(String parent, String place) {
        List<String> out = new ArrayList<>(2);
        Matcher m = parent == null ? null : PARENT_PLACE.matcher(Texts.clean(parent));
        if (m != null && m.find()) {
            out.add(Texts.fold(m.group(1)));
        }
        if (place != null && !place.isBlank()) {
            out.add(Texts.fold(place));
        }
        return out;
    }

    /** Where the canonical words of a name stand in the text's words, each as [first, last] word index. */
    static List<int[]> find(List<Word> name, List<Word> text) {
        List<int[]> out = new ArrayList<>();
        int n = name.size();
        for (int i = 0; n > 0 && i < text.size(); i++) {
            if (i > 0 && text.get(i - 1).start() == text.get(i).start()) {
                continue; // inside an abbreviation spelled out: no name starts there
            }
            int j = i;
            int k = 0;
            while (k < n && j < text.size()) {
                if (text.get(j).w().equals(name.get(k).w())) {
                    j++;
                } else if (j + 1 < text.size() && text.get(j + 1).start() != text.get(j).start()
                        && (text.get(j).w() + text.get(j + 1).w()).equals(name.get(k).w())) {
                    j += 2; // a name word glued in the issuer ("BÌNHCANG") written apart in the text ("Bình Cang")
                } else {
                    break;
                }
                k++;
            }
            if (k == n) {
                out.add(new int[] {i, j - 1});
                i = j - 1;
            }
        }
        return out;
    }

    /**
     * The fuller name acting on a document (subject of an act, or the enacting line): spelled out where the issuer was
     * abbreviated, or with the locality the text attaches where the issuer had none; else null.
     */
    private static String fuller(List<Word> name, boolean abbreviated, boolean placeless, List<String> places, Text t) {
        return fuller(name, abbreviated, placeless, places, t, false);
    }

    private static String fuller(List<Word> name, boolean abbreviated, boolean placeless, List<String> places, Text t, boolean anyRole) {
        if (!abbreviated && !placeless || name.size() < 2) {
            return null;
        }
        String best = null;
        for (int[] at : find(name, t.words)) {
            Word first = t.words.get(at[0]);
            Word last = t.words.get(at[1]);
            if (first.start() > 0 && Character.isLetterOrDigit(t.folded.charAt(first.start() - 1))
                    || last.end() < t.folded.length() && Character.isLetterOrDigit(t.folded.charAt(last.end()))) {
                continue; // part of a word: an abbreviation split off a longer one
            }
            boolean spelled = true;
            for (int k = at[0]; k <= at[1]; k++) {
                spelled &= !t.words.get(k).abbreviated();
            }
            String written = t.text.substring(first.start(), last.end());
            Matcher loc = LOCALITY.matcher(t.text.substring(last.end(), Math.min(t.text.length(), last.end() + 80)));
            int after = last.end();
            String full = written;
            Matcher bare = PLACE_NAME.matcher(t.text.substring(last.end(), Math.min(t.text.length(), last.end() + 60)));
            if (placeless && loc.lookingAt() && !hasLocality(written)) {
                full = written + " " + loc.group(2);
                after = last.end() + loc.end();
            } else if (placeless && bare.lookingAt() && places.contains(Texts.fold(bare.group(1))) && !hasLocality(written)) {
                full = written + " " + bare.group(1); // "Phòng GD&ĐT Hiệp Hòa": the locality without its level, known from the header
                after = last.end() + bare.end();
            }
            if (!(abbreviated && spelled) && full.equals(written)) {
                continue; // neither spelled out nor placed: no fuller than the issuer
            }
            String rest = t.folded.substring(after, Math.min(t.folded.length(), after + 60));
            String before = t.folded.substring(t.folded.lastIndexOf('\n', Math.max(0, first.start() - 1)) + 1, first.start());
            boolean acting = ACTS.matcher(rest.replace('\n', ' ')).lookingAt(); // a verb broken over lines ("xây\ndựng")
            boolean enacting = ENACTING.matcher(before).find() && rest.matches("(?s)^[ \\t]*(?:\\n.*)?$");
            if (anyRole && !full.equals(written) && best != null && !Texts.fold(best).equals(Texts.fold(full))) {
                return null; // a superior named with two localities: which is its own is not known
            }
            if ((acting || enacting || anyRole && !full.equals(written)) && (best == null || full.length() > best.length())) {
                best = Texts.clean(full);
            }
        }
        return best;
    }

    /**
     * A header's bare board ("BAN THƯỜNG VỤ" under "HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI") named with its organisation where it draws
     * up the document ("Ban Thường vụ Hội LHPN Hà Nội xây dựng kế hoạch …"); else null.
     */
    private static String boardOf(List<Word> board, List<Word> organisation, Text t) {
        List<Word> both = new ArrayList<>(board);
        both.addAll(organisation);
        for (int[] at : find(both, t.words)) {
            Word last = t.words.get(at[1]);
            String rest = t.folded.substring(last.end(), Math.min(t.folded.length(), last.end() + 60)).replace('\n', ' ');
            if (ACTS.matcher(rest).lookingAt()) {
                return Texts.clean(t.text.substring(t.words.get(at[0]).start(), last.end()));
            }
        }
        return null;
    }

    /** The body's standing board that drew up the document, named before the body; else null. */
    private static String board(List<Word> name, Text t) {
        if (name.size() < 2) {
            return null;
        }
        for (int[] at : find(name, t.words)) {
            int start = t.words.get(at[0]).start();
            int end = t.words.get(at[1]).end();
            String before = t.folded.substring(Math.max(0, start - 20), start);
            Matcher b = BOARD.matcher(before);
            if (b.find() && DRAWS_UP.matcher(t.folded.substring(end, Math.min(t.folded.length(), end + 60)).replace('\n', ' ')).lookingAt()) {
                return Texts.clean(t.text.substring(start - (before.length() - b.start()), end));
            }
        }
        return null;
    }

    /** A standing board opening a news subject, then its body ("Ban Thường vụ Đảng ủy phường X"). */
    private static final Pattern BOARD_OF = Pattern.compile("(?iu)^(?:Ban Thường vụ|Ban Chấp hành|Ban Thường trực|Thường trực)\\s+(\\S.*)$");
    /** The plan a meeting puts to work, numbered, and whose it is: "… Kế hoạch số 01-KH/ĐU, ngày 9-7-2025 của Đảng ủy …". */
    private static final Pattern NUMBERED_OF = Pattern.compile("(?iu)(?:Kế hoạch|Chương trình|Nghị quyết|Chỉ thị|Hướng dẫn)\\s+số\\s+\\d+[-/][\\p{L}\\d/\\-]+"
            + "(?:\\s*,?\\s*ngày\\s+[\\d/.\\-]{6,10})?\\s*,?\\s+của\\s+((?-i:\\p{Lu})[\\p{L}]*(?:\\s+(?-i:\\p{Ll})[\\p{L}]*)?)");

    /**
     * Session 19: a board that holds a meeting to put its body's own plan to work ("Ban Thường vụ Đảng ủy phường X tổ chức Hội
     * nghị triển khai Kế hoạch …; Kế hoạch số 01-KH/ĐU, ngày … của Đảng ủy …"): the plan is the body's, so the body issues it,
     * named as the subject names it. A board that draws up the plan itself keeps its name ({@link #board}).
     */
    private static String bodyOfMeeting(String name, Text t) {
        Matcher b = BOARD_OF.matcher(Texts.clean(name));
        if (!b.matches()) {
            return null;
        }
        String body = b.group(1);
        List<Word> whole = canonical(name);
        boolean meeting = false;
        for (int[] at : find(whole, t.words)) {
            String rest = t.folded.substring(t.words.get(at[1]).end(), Math.min(t.folded.length(), t.words.get(at[1]).end() + 30)).replace('\n', ' ');
            meeting |= HELD_MEETING.matcher(rest).matches();
        }
        if (!meeting) {
            return null;
        }
        Matcher own = NUMBERED_OF.matcher(t.text);
        if (!own.find()) {
            return null;
        }
        List<Word> of = canonical(own.group(1));
        List<Word> bodyWords = canonical(body);
        boolean prefix = of.size() <= bodyWords.size() && !BOARD_OF.matcher(own.group(1) + " x").matches();
        for (int k = 0; prefix && k < of.size(); k++) {
            prefix = of.get(k).w().equals(bodyWords.get(k).w());
        }
        return prefix ? body : null;
    }

    /** The head of the text, where a body names itself: its first lines (NFC) joined by line breaks. */
    static String head(TextLines d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.lines.size() && sb.length() < HEAD_CHARS; i++) {
            sb.append(Normalizer.normalize(d.lines.get(i), Normalizer.Form.NFC)).append('\n');
        }
        return sb.toString();
    }

    /** The head of the text, lines joined by line breaks, and its folded copy of the same length (one char for one char). */
    static final class Text {
        final String text;
        final String folded;
        final List<Word> words;

        Text(TextLines d) {
            text = head(d);
            StringBuilder f = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                f.append(foldChar(text.charAt(i)));
            }
            folded = f.toString();
            words = canonical(folded, false);
        }

        static char foldChar(char c) {
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
