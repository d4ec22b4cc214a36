package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 25: the body a news item's headline or lead names as the one that issued the document it tells of, read only when
 * no other step named an issuer and the page has no header column. Three shapes of a lead, each a body's name that must parse
 * whole by {@link NameGrammar} (never a sentence, a heading or a person):
 * <ul>
 *   <li>the body acting on the document — "(QNO) - Trung ương Đoàn vừa ban hành kế hoạch tổ chức …", "Hội Nông dân tỉnh A ký
 *       kết Chương trình phối hợp với Hội Nông dân tỉnh B giai đoạn …" (the partner after "phối hợp với" is a joint issuer);</li>
 *   <li>a joint programme between two bodies — "Chương trình phối hợp về công tác dân vận giữa Ban Dân vận Tỉnh ủy và Ban Cán
 *       sự Đảng UBND tỉnh …": both;</li>
 *   <li>the document named by its kind and its author, without a number — "Năm nay, theo kế hoạch của Ủy ban MTTQ Việt Nam
 *       tỉnh, Ngày hội …": the author, the name ending at the comma or at "về".</li>
 * </ul>
 */
final class LeadIssuer {

    /** How many of the page's first paragraphs (its headline and lead) are read. */
    private static final int PARAS = 6;
    /** A clause's words before the act: no sentence punctuation, a dot only inside an abbreviation ("TP.HCM"), a hyphen only inside a word. */
    private static final String CLAUSE = "(?:[^,;:.()\\n–\\-]|\\.(?=\\p{Lu})|(?<=\\S)-(?=\\S)){2,140}?";
    private static final String KIND = "(?:kế hoạch|chương trình|hướng dẫn|công văn|thông báo|quyết định|chỉ thị|nghị quyết|quy chế|quy định|đề án|kết luận)";
    /** The body, adverbs, an act of issuing and the document's kind word (no number: a numbered naming is another reader's). */
    private static final Pattern ACT = Pattern.compile("(" + CLAUSE + ")\\s+(?iu:(?:(?:đã|vừa|mới|chính thức|cũng)\\s+)*(?:ban hành|xây dựng|ký kết|có|lập"
            + "|thông qua|công bố|phát hành)\\s+(?:văn bản\\s+)?" + KIND + ")(?![\\p{L}])(?!\\s+số\\s)([^\\n]*)");
    /** The partner of a programme the body signs: "… phối hợp với <partner> …". */
    private static final Pattern WITH = Pattern.compile("^(?iu:\\s+(?:liên tịch\\s+|hành động\\s+)?phối hợp\\s+với)\\s+([^,;:\\n]{3,120})");
    /** "Chương trình phối hợp (về …) giữa A và B". */
    private static final Pattern BETWEEN = Pattern.compile("(?iu:(?:chương trình|kế hoạch|quy chế)\\s+(?:(?:liên tịch|phối hợp|hành động)\\s+)+"
            + "(?:về\\s[^,;:.\\n]{0,100}?\\s+)?giữa)\\s+([^,;:\\n]{6,200})");
    /** "theo kế hoạch của X, …" / "… kế hoạch của X về …": the author of an unnumbered document. */
    private static final Pattern OF = Pattern.compile("(?<![\\p{L}])(?iu:theo\\s+)(?:kế hoạch|chương trình|hướng dẫn)\\s+của\\s+(" + CLAUSE + ")(?=\\s*,|\\s+về\\s)");
    /** An office or a person in front of a body ("Chủ tịch UBND tỉnh …", "Đ/c …"): not a body that issues. */
    private static final Pattern PERSON = Pattern.compile("^(?iu:chủ tịch|phó|bí thư|giám đốc|hiệu trưởng|trưởng|đồng chí|đ/c|ông|bà|thủ tướng"
            + "|hội (?:nghị|thảo|thi|trại|diễn)|đoàn (?:viên|công tác|kiểm tra|giám sát|đại biểu))(?![\\p{L}])");
    /** Words of a sentence going on, never of a body's name in running text ("Hội nghị đã thống nhất và …"). */
    private static final Pattern RUNNING = Pattern.compile("(?<![\\p{L}])(?:đã|vừa|mới|sẽ|được|là|có|này|đó|các|những|cũng|khi|sau|trước|nhằm|để|đang|thì"
            + "|nay|cùng|vì|nên|đến|cho|theo|tại|vào|nhân|từ|của|về|trong|giai đoạn|nhiệm kỳ|năm|tháng)(?![\\p{L}])");
    private static final Pattern LEADING_DATE = Pattern.compile("^(?iu:(?:ngày|sáng|chiều|tối)\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?\\s+");

    private LeadIssuer() {
    }

    /** The decision, its issuers read from the page's lead when it had none. */
    static IssuerSignals.Decision filled(IssuerSignals.Decision who, TextLines d) {
        if (!who.issuers().isEmpty()) {
            return who;
        }
        List<String> named = of(NewsLead.withoutTeasers(d.paras.subList(0, Math.min(d.paras.size(), PARAS + 2))));
        return named.isEmpty() ? who : new IssuerSignals.Decision(named, who.parent(), 0.5);
    }

    /** The issuing bodies the first paragraphs name, or an empty list. */
    static List<String> of(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), PARAS); i++) {
            String para = Texts.clean(paras.get(i));
            List<String> found = acting(para);
            found = found.isEmpty() ? between(para) : found;
            found = found.isEmpty() ? authorOf(para) : found;
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> acting(String para) {
        Matcher m = ACT.matcher(para);
        while (m.find()) {
            String body = whole(LEADING_DATE.matcher(m.group(1).strip()).replaceFirst(""));
            if (body == null) {
                continue;
            }
            Matcher with = WITH.matcher(m.group(2));
            String partner = with.find() ? cut(with.group(1)) : null;
            return partner == null ? List.of(body) : List.of(body, partner);
        }
        return List.of();
    }

    private static List<String> between(String para) {
        Matcher m = BETWEEN.matcher(para);
        if (!m.find()) {
            return List.of();
        }
        String pair = m.group(1);
        Matcher and = Pattern.compile("\\s+(?:và|với)\\s+").matcher(pair);
        while (and.find()) {
            String first = whole(pair.substring(0, and.start()));
            String second = first == null ? null : cut(pair.substring(and.end()));
            if (second != null) {
                return List.of(first, second);
            }
        }
        return List.of();
    }

    private static List<String> authorOf(String para) {
        Matcher m = OF.matcher(para);
        if (!m.find()) {
            return List.of();
        }
        String body = whole(m.group(1));
        return body == null ? List.of() : List.of(body);
    }

    /** The text when all of it parses as one body's name (two words at least, no office, no person); else null. */
    static String whole(String text) {
        String t = Texts.clean(text);
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || t.split(" ").length < 2 || t.split(" ").length > 16 || PERSON.matcher(t).lookingAt() || TextLines.isUpper(t)
                || RUNNING.matcher(t).find() || t.matches(".*\\s(?:và|với)$")) {
            return null;
        }
        String name = NameGrammar.name(t);
        return t.equals(name) && proper(t) ? t : null;
    }

    /** The body's name a text opens with, cut where the grammar ends (the sentence going on); null when it opens with none. */
    static String cut(String text) {
        String t = Texts.clean(text);
        Matcher running = RUNNING.matcher(t);
        t = running.find() ? t.substring(0, running.start()).strip() : t; // "… với Hội Cựu chiến binh về công tác …"
        if (PERSON.matcher(t).lookingAt()) {
            return null;
        }
        String name = NameGrammar.name(t);
        return name == null || TextLines.isUpper(name) || name.split(" ").length < 2 || name.split(" ").length > 16 || !proper(name) ? null : name;
    }

    /** A body's own name holds a capital after its head word ("Trung ương Đoàn", "Hội Nông dân tỉnh …"); "Ban chỉ đạo" of a task list names none. */
    private static boolean proper(String name) {
        return name.substring(name.indexOf(' ') + 1).matches("(?s).*(?<![\\p{L}])\\p{Lu}.*");
    }
}
