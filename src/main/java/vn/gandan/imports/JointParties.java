package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 26: the parties of a joint document, read from the words that name it when no header gives them. Two shapes, each
 * with open slots (any body, any joint kind, any subject); every party must parse whole by {@link NameGrammar} (two words at
 * least, no office or person in front, no running word), else the reader says nothing:
 * <ul>
 *   <li>the parties as the subject of the signing — "Sáng 1.3, Ủy ban nhân dân (UBND) và Ủy ban MTTQ tỉnh A đã ký kết quy chế
 *       phối hợp …", "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Nghị quyết liên tịch …"
 *       (a list "A, B và C" too);</li>
 *   <li>the parties after "giữa" in a joint document's naming — "Nghị quyết liên tịch số 01, giữa Hội Cựu chiến binh và Bộ Công
 *       an về việc …", "… Quy chế phối hợp thực hiện cuộc vận động … giữa Công an tỉnh và Hội Cựu chiến binh tỉnh B để …".</li>
 * </ul>
 * A name holding "và" ("Sở Giáo dục và Đào tạo", "Ban Tuyên giáo và Dân vận Tỉnh ủy") stays one party: the list is split at a
 * "và" only where the words after it open a body's name of their own.
 */
final class JointParties {

    /** How many of the text's first paragraphs are read (headline, lead, or a header-less act's enacting sentence). */
    private static final int PARAS = 12;
    /** A joint document's kind: a kind word with a word of joining, or an agreement. */
    private static final String JOINT_KIND = "(?:(?:nghị quyết|thông tư|hướng dẫn|kế hoạch|chương trình|quy chế|quy định|quyết định|thông báo|kết luận)"
            + "\\s+(?:liên tịch|phối hợp|liên ngành)|thỏa thuận|thoả thuận|biên bản ghi nhớ)";
    /** Any document kind word. */
    private static final String KIND = "(?:nghị quyết|thông tư|hướng dẫn|kế hoạch|chương trình|quy chế|quy định|quyết định|thông báo|kết luận|thỏa thuận|thoả thuận"
            + "|biên bản ghi nhớ)";
    /** The signing act after the parties: "(đã) ký kết <kind>", "ban hành <joint kind>", "thống nhất ban hành …". */
    private static final Pattern SIGNING = Pattern.compile("(?iu)\\s+(?:(?:đã|vừa|mới|chính thức|cùng|cũng|đồng)\\s+)*(?:(?:ký kết|ký)\\s+(?:văn bản\\s+)?" + KIND
            + "|(?:thống nhất\\s+|liên tịch\\s+)?ban hành\\s+(?:văn bản\\s+)?" + JOINT_KIND + ")(?![\\p{L}])");
    /** A joint document's naming, then "giữa" in the same sentence. */
    private static final Pattern BETWEEN = Pattern.compile("(?iu)(?<![\\p{L}])" + JOINT_KIND + "(?![\\p{L}])[^.;!?]{0,240}?(?<![\\p{L}])giữa\\s+([^.;!?]{6,400})");
    /** A signing act right before a joint document's naming: "… đã ký kết Nghị quyết liên tịch …" (not "Thực hiện Chương trình …"). */
    private static final Pattern SIGNED_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:ký kết|ký|ban hành)\\s+(?:văn bản\\s+)?$");
    /** Where a clause starts: a sentence's end, a dash after an agency's stamp, a colon. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?:[.;:!?]\\s|\\s[–-]\\s)");
    /** A short bracketed abbreviation after a name ("Ủy ban nhân dân (UBND)") or an agency's stamp ("(THTG)"). */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\((?:[\\p{Lu}\\p{Nd}&./-]{1,12})\\)");
    /** The separators of a list of parties. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s+|\\s+(?:và|với|cùng)\\s+");
    /** An office or a person in front of a body: no party. */
    private static final Pattern PERSON = Pattern.compile("^(?iu:chủ tịch|phó|bí thư|giám đốc|hiệu trưởng|trưởng|đồng chí|đ/c|ông|bà|thủ tướng|đại diện|lãnh đạo"
            + "|hội (?:nghị|thảo|thi|trại|diễn)|đoàn (?:viên|công tác|kiểm tra|giám sát|đại biểu))(?![\\p{L}])");
    /** Words of a sentence going on, never of a body's name in running text. */
    private static final Pattern RUNNING = Pattern.compile("(?<![\\p{L}])(?:đã|vừa|mới|sẽ|được|là|có|này|đó|các|những|cũng|khi|sau|trước|nhằm|để|đang|thì"
            + "|nay|vì|nên|đến|cho|theo|tại|vào|nhân dịp|từ|của|về|trong|giai đoạn|nhiệm kỳ|năm|tháng|ngày|sáng|chiều|hôm)(?![\\p{L}])");

    /** The parties a text names for its joint document, which shape named them, and whether the text tells of its signing. */
    record Parties(List<String> names, Shape shape, boolean signed) {
        static final Parties NONE = new Parties(List.of(), Shape.NONE, false);
    }

    enum Shape { NONE, SIGNING, BETWEEN }

    private JointParties() {
    }

    /** The decision, its issuers read from a joint document's naming where the header gave none. */
    static IssuerSignals.Decision filled(IssuerSignals.Decision who, TextLines d) {
        Parties parties = of(d);
        if (parties.names().isEmpty()) {
            return who;
        }
        if (who.issuers().isEmpty()) {
            return new IssuerSignals.Decision(parties.names(), who.parent(), 0.5);
        }
        List<String> completed = parties.signed() ? completed(who.issuers(), parties.names()) : null; // a cited programme's parties complete no one
        return completed == null ? who : new IssuerSignals.Decision(completed, who.parent(), who.confidence());
    }

    /**
     * A joint answer that lost a partner completed by the parties: when every chosen name is one of the parties (word sets
     * agreeing at 0.8 Dice) and the parties are more, the parties, each matched one in the fuller of its two forms; else null.
     */
    static List<String> completed(List<String> chosen, List<String> parties) {
        if (chosen.size() >= parties.size()) {
            return null;
        }
        List<String> out = new ArrayList<>(parties);
        for (String name : chosen) {
            int k = matching(name, out);
            if (k < 0) {
                return null;
            }
            out.set(k, BodyWords.of(name).size() > BodyWords.of(out.get(k)).size() ? name : out.get(k));
        }
        return List.copyOf(out);
    }

    private static int matching(String name, List<String> parties) {
        java.util.Set<String> a = BodyWords.of(name);
        for (int k = 0; k < parties.size(); k++) {
            if (BodyWords.similar(a, BodyWords.of(parties.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    /** The parties the text's first paragraphs name, or {@link Parties#NONE}. */
    static Parties of(TextLines d) {
        return of(NewsLead.withoutTeasers(d.paras.subList(0, Math.min(d.paras.size(), PARAS + 2))));
    }

    /** The parties these paragraphs name (first paragraph naming two or more wins), or {@link Parties#NONE}. */
    static Parties of(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), PARAS); i++) {
            String para = BRACKETED.matcher(Texts.clean(paras.get(i))).replaceAll("");
            List<String> found = signing(para);
            if (found.size() >= 2) {
                return new Parties(found, Shape.SIGNING, true);
            }
            Matcher m = BETWEEN.matcher(para);
            while (m.find()) {
                found = listed(m.group(1), true);
                if (found.size() >= 2) {
                    return new Parties(found, Shape.BETWEEN, SIGNED_BEFORE.matcher(para.substring(0, m.start())).find());
                }
            }
        }
        return Parties.NONE;
    }

    /** "A và B (đã) ký kết …": the parties of the clause in front of the act. */
    static List<String> signing(String para) {
        Matcher m = SIGNING.matcher(para);
        while (m.find()) {
            String before = para.substring(0, m.start());
            Matcher start = CLAUSE_START.matcher(before);
            int from = 0;
            while (start.find()) {
                from = start.end();
            }
            List<String> parties = listed(before.substring(from), false);
            if (parties.size() >= 2) {
                return parties;
            }
        }
        return List.of();
    }

    /**
     * The parties of a list "A, B và C", its items grouped so that an item opening no body's name stays with the one before it
     * ("Sở Giáo dục" + "và" + "Đào tạo"). Before an act ({@code afterGiua} false) the list is read back from its end while every
     * group parses whole, and must end at the clause's start or at words opening no body ("Sáng 1.3, A và B …"); after "giữa"
     * it is read on from its start, the first group whose name ends early (the sentence going on) being the last party.
     */
    private static List<String> listed(String text, boolean afterGiua) {
        List<String> groups = groups(text);
        List<String> parties = new ArrayList<>();
        if (afterGiua) {
            for (String group : groups) {
                String name = whole(group, !parties.isEmpty());
                if (name == null) {
                    String cut = cut(group);
                    if (cut != null && (!parties.isEmpty() || Character.isUpperCase(cut.codePointAt(0)))) {
                        parties.add(cut);
                    }
                    break;
                }
                parties.add(name);
            }
        } else {
            int k = groups.size() - 1;
            for (; k >= 0; k--) {
                String name = whole(groups.get(k), k > 0);
                if (name == null) {
                    break;
                }
                parties.add(0, name);
            }
            if (k >= 0 && NameGrammar.headed(Texts.clean(groups.get(k)))) {
                return List.of(); // a body's words that do not parse before the list: not a clean list of parties
            }
        }
        return parties.size() >= 2 && parties.stream().distinct().count() == parties.size() && parties.stream().allMatch(JointParties::capitalised)
                ? List.copyOf(parties) : List.of();
    }

    /** The list's items, an item opening no body's name joined to the one before it with its separator. */
    private static List<String> groups(String text) {
        List<String> groups = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(text);
        int at = 0;
        int sepStart = 0;
        int groupStart = 0;
        boolean more = true;
        while (more) {
            more = sep.find();
            int end = more ? sep.start() : text.length();
            if (at > 0 && NameGrammar.headed(Texts.clean(text.substring(at, end)))) {
                groups.add(text.substring(groupStart, sepStart));
                groupStart = at;
            }
            sepStart = end;
            at = more ? sep.end() : text.length();
        }
        groups.add(text.substring(groupStart));
        return groups;
    }

    /** A body's own name holds a capital somewhere ("Ủy ban nhân dân", "ủy ban MTTQ tỉnh A"); "thành đoàn" of a list names none. */
    private static boolean capitalised(String name) {
        return name.codePoints().anyMatch(Character::isUpperCase);
    }

    /** The item when all of it parses as one body's name (two words at least, no office, no person, no running word); else null. */
    static String whole(String text, boolean lowerStart) {
        String t = Texts.clean(text);
        if (t.isEmpty() || !lowerStart && !Character.isUpperCase(t.codePointAt(0))) {
            return null;
        }
        int words = t.split(" ").length;
        if (words < 2 || words > 16 || PERSON.matcher(t).lookingAt() || RUNNING.matcher(t).find()) {
            return null;
        }
        String name = NameGrammar.name(t);
        return t.equals(name) ? t : null;
    }

    /** The body's name the text opens with, cut where the sentence goes on; null when it opens with none. */
    static String cut(String text) {
        String t = Texts.clean(text);
        Matcher running = RUNNING.matcher(t);
        t = running.find() ? t.substring(0, running.start()).strip() : t;
        t = t.replaceFirst("[,]$", "");
        if (PERSON.matcher(t).lookingAt()) {
            return null;
        }
        String name = NameGrammar.name(t);
        return name == null || name.split(" ").length < 2 || name.split(" ").length > 16 ? null : name;
    }
}
