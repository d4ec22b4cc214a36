package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 27: the body a header-less text (a news item, a portal post) tells ISSUED a document, read from the issuing act in
 * its lead, numbered or not. Three shapes, each with open slots (any body whose name parses by {@link NameGrammar}, any kind
 * word of {@link KindWords}):
 * <pre>
 *   act     = BODY (đã|vừa|mới|chính thức)* (ký)? (ban hành|xây dựng) KIND      "…, Ban Chỉ đạo huyện vừa ban hành Công văn số 25 …"
 *   by      = KIND … (ban hành bởi|do) BODY (ban hành|ký|về)                    "Nghị quyết số 22/NQ-TU ban hành bởi Tỉnh ủy X về …"
 *   signed  = (ký)? ban hành KIND (số …)? (ngày …)? của BODY (về|V/v)            "… ký ban hành Chỉ thị của Tỉnh ủy X về …"
 * </pre>
 * BODY is the whole stretch between a clause boundary (the paragraph's start, a comma, a stop) and the verb, and it must parse
 * whole as a body's own name (a head word, a capital after it); a name followed by "thuộc …" (its superior) is cut there. A
 * stretch that is a sentence, a person's name or an office holder does not parse: nothing is read (when unsure, nothing).
 */
final class IssuingLead {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(?:" + KindWords.ANY + ")(?![\\p{L}])";
    private static final Pattern ACT = Pattern.compile("\\s+(?:(?:đã|vừa|mới|chính thức)\\s+)*(?:ký\\s+)?(?:ban hành|xây dựng)\\s+" + KIND, CI);
    private static final Pattern BY = Pattern.compile(KIND + "[^.;:]{0,80}?\\s(?:ban hành bởi|do)\\s+(\\p{Lu}[^.;:]{2,100}?)\\s+(?:ban hành|ký|về|V/v)(?![\\p{L}])", CI);
    private static final Pattern SIGNED = Pattern.compile("ban hành\\s+" + KIND + "(?:\\s+số\\s*:?\\s*[\\p{L}\\d/\\-–.&]+)?(?:\\s*,?\\s*ngày\\s+[\\d/.\\-]+)?"
            + "\\s+của\\s+(\\p{Lu}[^.;:]{2,100}?)\\s+(?:về|V/v)(?![\\p{L}])", CI);
    /** Where a clause opens: the paragraph's start, or after a comma, a stop, a colon. */
    private static final Pattern BOUNDARY = Pattern.compile("^|[,.;:]\\s+");
    /** A superior named after the body ("Tiểu ban … thuộc Ủy ban …"): the body is what comes before. */
    private static final Pattern SUPERIOR = Pattern.compile("\\s+(?:thuộc|trực thuộc)\\s+.*$", CI);
    private static final int LEAD_PARAS = 8;
    /** An office holder, not a body ("Thường trực Ban Bí thư …", "Chủ tịch UBND xã …", "Bộ trưởng Bộ …", "Trưởng Ban …"). */
    private static final Pattern OFFICE = Pattern.compile("(?:Thường trực Ban Bí thư|Chủ tịch|Phó Chủ tịch|Bộ trưởng|Thứ trưởng|Thủ tướng|Phó Thủ tướng"
            + "|Trưởng ban|Phó Trưởng ban|Bí thư|Phó Bí thư|Giám đốc|Hiệu trưởng|Trưởng phòng)(?![\\p{L}])", CI);
    /**
     * What no single body's name holds: a header's run of lines ("… Số: 367 …", "CỘNG HOÀ …"), a trailing comma, a partner
     * ("… phối hợp với …"), joint bodies ("A - B", "A và Bộ B"), a holder acting for a body ("thay mặt").
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("Số\\s*:|CỘNG HOÀ|CỘNG HÒA|Độc lập|ngày\\s+\\d|,$|phối hợp|thay mặt|\\s[-–]\\s|\\svà\\s+(?:"
            + Issuers.UNIT_START.pattern() + ")", CI);

    private IssuingLead() {
    }

    /**
     * The fields with the issuing lead's body as the issuer where the extractor named none (measured on every tuning document:
     * right 5 of 5 where the issuers were empty; 110 of 121 where they were not, so those are left as they are).
     */
    static HeaderFields filled(HeaderFields f, Extractor.Source s) {
        if (!f.issuers().isEmpty()) {
            return f;
        }
        String body = body(s.d().paras);
        if (body == null) {
            return f;
        }
        return new HeaderFields(f.kind(), f.number(), f.symbol(), f.place(), f.date(), List.of(body), f.parent(), f.title(), f.period(), f.confidence());
    }

    /** The body the lead tells issued a document, or null when no lead clause reads so. */
    static String body(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), LEAD_PARAS); i++) {
            String p = Texts.clean(paras.get(i));
            String found = inParagraph(p);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String inParagraph(String p) {
        int first = Integer.MAX_VALUE;
        String found = null;
        Matcher act = ACT.matcher(p);
        if (act.find()) {
            String b = before(p, act.start());
            if (b != null) {
                first = act.start();
                found = b;
            }
        }
        for (Pattern named : List.of(BY, SIGNED)) {
            Matcher m = named.matcher(p);
            if (m.find() && m.start() < first) {
                String b = whole(m.group(1));
                if (b != null) {
                    first = m.start();
                    found = b;
                }
            }
        }
        return found;
    }

    /** The body written between a clause boundary and the verb at {@code verb}: the nearest boundary whose stretch parses whole. */
    private static String before(String p, int verb) {
        String head = p.substring(0, verb);
        Matcher b = BOUNDARY.matcher(head);
        List<Integer> starts = new java.util.ArrayList<>();
        while (b.find()) {
            starts.add(b.end());
        }
        for (int k = starts.size() - 1, tried = 0; k >= 0 && tried < 3; k--, tried++) {
            String body = whole(head.substring(starts.get(k)));
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    /** The stretch as a body's own name when it parses whole (its superior after "thuộc" cut), else null. */
    static String whole(String stretch) {
        String t = SUPERIOR.matcher(Texts.clean(stretch)).replaceFirst("").strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
            return null;
        }
        String name = NameGrammar.name(t);
        if (name == null || !name.equals(t) || !MentionBody.proper(name) || OFFICE.matcher(name).lookingAt() || NOT_A_NAME.matcher(name).find()
                || name.split("\\s+").length > 14) {
            return null;
        }
        return name;
    }
}
