package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 21: how a news item or a portal post names the document it is about, in shapes held-out 11 (retired into tuning data)
 * showed and the earlier readers did not take — each read by its structure, each refusing what it cannot read.
 * <ul>
 * <li>{@link #withoutQualifier}: a bracketed qualifier between the kind word and the number ("Kế hoạch (HOẢ TỐC) số 1141/KH-UBND",
 * "Công văn (khẩn) số …"), or an urgency word without brackets ("Công văn hỏa tốc số …"), is no part of the naming.</li>
 * <li>{@link #withoutShortName}: the short name a news item gives the document in brackets before its subject ("… số
 * 11/2020/TT-BGDĐT (Thông tư 11) về việc …") is no part of the title.</li>
 * <li>{@link #announced}: a decision announced or handed over at a meeting, named with its number, its date and its issuer
 * ("… công bố Quyết định số 1828/QĐ-UBND ngày 31/10/2025 của UBND tỉnh về việc bổ nhiệm …").</li>
 * <li>{@link #officeBody}: a person who signs for one of several offices ("đồng chí X, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận
 * Tỉnh ủy, Chủ tịch UBMTTQVN tỉnh ký ban hành Kế hoạch số 174-KH/BDVTU"): the body of the office whose initials are the symbol's
 * issuer part.</li>
 * <li>{@link #signers}: two persons signing a joint plan or programme, each named with the office of a body ("ông X – Chủ tịch
 * Hội NDVN tỉnh Long An và Ông Y – Giám đốc Sở NNPTNT tỉnh Long An đã ký kết kế hoạch phối hợp …"): the two bodies.</li>
 * <li>{@link #signedClause}: a signing dated by a clause inside the lead's sentence, after a purpose clause ("Nhằm …, chiều 25.4,
 * ông … đã ký kết kế hoạch …"): the clause's day and month (and year when written).</li>
 * </ul>
 */
final class NewsNamed {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(?:" + KindWords.ANY_OR_TEXT + ")";
    /** A short bracket (no digit: "(HOẢ TỐC)", "(khẩn)", "(Mật)") between a kind word and "số" with a number. */
    private static final Pattern QUALIFIER = Pattern.compile("(?<![\\p{L}])(" + KIND + ")\\s*\\([^()\\d\\n]{2,20}\\)\\s*(?=số\\s*:?\\s*\\d)", CI);
    /** A leading bracket of at most six words followed by the "về …" subject. */
    private static final Pattern SHORT_NAME = Pattern.compile("^\\(([^()\\n]{2,40})\\)\\s+(?=(?:về việc|về|V/v)\\s)", CI);
    /**
     * The document a meeting announces or hands over: the verb, the kind word, "số" and the number with its symbol, an optional
     * date, "của" and the issuing unit (at most twelve words, no comma), then the "về …" subject.
     */
    private static final Pattern ANNOUNCED = Pattern.compile("(?<![\\p{L}])(?:công bố|trao|tuyên đọc|đọc)\\s+(Quyết định|Nghị quyết|Chỉ thị|Thông báo)\\s+số\\s+(\\d+)\\s*[/\\-]\\s*"
            + "([\\p{Lu}\\d][\\p{L}\\d&]*(?:[/\\-][\\p{L}\\d&]+)*)(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}))?"
            + "\\s+của\\s+((?:Chủ tịch\\s+|Thủ tướng\\s+)?(?:" + Issuers.UNIT_START.pattern() + ")(?:(?!\\s(?:về|V/v)\\s)[^,.;:\\n]){0,80}?)\\s+((?:về việc|về|V/v)\\s[^\\n]*)", CI);

    /** A person named in the subject ("đồng chí Lê Thị Xuân Trang,", "ông Phạm Minh Hùng –"): up to five words of a name, then the offices. */
    private static final Pattern PERSON = Pattern.compile("(?:^|[,;]\\s*|\\s)(?:đồng chí|đ/c|ông|bà)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{L}+){1,4}?\\s*(?:,|[–\\-])\\s*", CI);
    /** The head of an office: the post held in the body that follows ("Trưởng ban Dân vận Tỉnh ủy" → "Ban Dân vận Tỉnh ủy"). */
    private static final Pattern POST = Pattern.compile("^(?:(?:Phó|Ủy viên|Uỷ viên)\\s+)?(?:Trưởng(?=\\s+(?:ban|phòng)\\s)|Chủ tịch|Chỉ tịch|Bí thư|Giám đốc|Chánh văn phòng"
            + "|Chánh|Thường trực|Viện trưởng|Cục trưởng|Vụ trưởng|Hiệu trưởng)\\s+", CI);

    private static final String NAMED = "(?:ông|bà|anh|chị|đồng chí|đ/c)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}\\s*(?:,|[–\\-])\\s*";
    /** Two persons, each with the offices they hold (an abbreviation's dot allowed: "T.Ư Đoàn"), signing one document. */
    private static final Pattern SIGNERS = Pattern.compile("(?:^|[,;]\\s+)" + NAMED + "((?:[^.;\\n]|(?<=\\p{Lu})\\.(?=\\p{Lu})){3,150}?)\\s+và\\s+" + NAMED
            + "((?:[^.;\\n]|(?<=\\p{Lu})\\.(?=\\p{Lu})){3,150}?)\\s+(?:(?:đã|vừa|cùng)\\s+)*ký kết\\s+(?iu:chương trình|kế hoạch|quy chế)(?![\\p{L}])", CI);
    /** A dated clause inside a sentence ("…, chiều 25.4, …"), then a signing later in the same sentence. */
    private static final Pattern SIGNED_CLAUSE = Pattern.compile(",\\s+(?:sáng|chiều|tối|trưa|ngày)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?\\s*,\\s+"
            + "(?:[^.;\\n]|(?<=\\p{Lu})\\.(?=\\p{Lu})){0,240}?(?<![\\p{L}])ký kết\\s+(?:chương trình|quy chế|kế hoạch)(?![\\p{L}])", CI);

    private NewsNamed() {
    }

    /** The chairman's office opening the subject alone (not after "thừa lệnh", a base clause or a vice chairman's title). */
    private static final Pattern CHAIR = Pattern.compile("^\\s*(?:\\(?(?-i:\\p{Lu})[\\p{L}.]{1,23}\\)?\\s*[-–]\\s*)?Chủ tịch\\s*$");
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?![\\p{L}])");

    /**
     * The issuer of a news subject that opens with the chairman's office and names no holder ("Chủ tịch UBND tỉnh vừa có Công văn
     * …"): the office as written ("Chủ tịch UBND tỉnh", as a directive's issuer); the unit when a holder is named ({@code signed}
     * shorter than {@code unit}), when a vice chairman signs, or when the office is not a people's committee's.
     */
    static String officeAsWritten(String before, String unit, String signed) {
        return signed.equals(unit) && CHAIR.matcher(before).find() && PEOPLES_COMMITTEE.matcher(unit).lookingAt() ? "Chủ tịch " + unit : signed;
    }

    /**
     * Whether the document a news lead tells of without its number ("UBND tỉnh X vừa có thông báo về việc …") outranks the kind word
     * and title read above it: only on a page without a header block, when the lead gives a unit and a "về …" subject, and the line
     * the kind word was read from is a headline in sentence case ("Thông báo lịch tiếp công dân … của Chủ tịch UBND tỉnh"), not a
     * document's own kind line in capitals (then the page is the document and its title line is its title).
     */
    static boolean toldOutranksHeadline(HeaderBlock.Header h, WebHeadline.Headline web, TextLines d) {
        if (h.anchored() || !h.units().isEmpty() || web.title() == null || !web.title().matches("(?iu)^về\\s.*") || web.issuers().isEmpty()) {
            return false;
        }
        String line = h.titleLine() >= 0 && h.titleLine() < d.lines.size() ? d.lines.get(h.titleLine()).strip() : "";
        return line.length() > 20 && !TextLines.isUpper(line);
    }

    /** A date or a reporting verb after a unit's name in a news subject, with a bracketed abbreviation right before it. */
    private static final Pattern DATED_TAIL = Pattern.compile("(?:\\s*\\([^()]{1,15}\\))?\\s+(?:(?:(?:ngày|sáng|chiều|tối|hôm)\\s+(?:ngày\\s+)?\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}"
            + "|cho biết)(?![\\p{L}\\d]).*)$", CI);

    /** "Bộ Giáo dục và Đào tạo (GD-ĐT) ngày 3-12 cho biết" → "Bộ Giáo dục và Đào tạo"; a name without such a tail as it is. */
    static String withoutDatedTail(String unit) {
        Matcher m = DATED_TAIL.matcher(unit);
        return m.find() && m.start() > 0 && !unit.substring(0, m.start()).matches("(?iu).*(?:[,;]|\\svề\\s|\\ssố\\s).*") ? unit.substring(0, m.start()).strip() : unit; // a name, not a clause
    }

    /** The dot of a place or title abbreviation before a capitalised name ("TP. Cần Thơ", "TX. Sơn Tây", "ThS. Lê …"). */
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<![\\p{L}])(TP|Tp|TX|Tx|TT|Q|P|ThS|TS|PGS|GS|BS)\\.(?=\\s?\\p{Lu})");
    private static final char KEPT_DOT = '\u2024';

    static String abbreviationDotsKept(String s) {
        return ABBREVIATION_DOT.matcher(s).replaceAll("$1" + KEPT_DOT);
    }

    static String abbreviationDotsRestored(String s) {
        return s == null ? null : s.replace(KEPT_DOT, '.');
    }

    /** A clause that tells what the document holds, after its subject ("… nhiệm kỳ 2024 - 2029 theo đó: Đại hội dự kiến …"). */
    private static final Pattern FOLLOWING = Pattern.compile("\\s*[,;]?\\s+(?:theo đó|cụ thể)\\s*[:,]\\s.*$", CI);

    /** The subject without the clause after it that tells what the document holds; the subject as it is otherwise. */
    static String withoutFollowingClause(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = FOLLOWING.matcher(title);
        return m.find() && m.start() >= 10 ? title.substring(0, m.start()).strip() : title;
    }

    /** A dated lead telling that a unit issues a document it names by its kind word alone ("(TGCT) Ngày 20/9/2018, Ban Tuyên giáo
     *  Thành ủy ban hành kế hoạch thực hiện …"): the unit, then the issuing verb and the kind word with no number after it. */
    private static final Pattern ISSUES = Pattern.compile("^(?:" + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,100}?\\s+(?iu:(?:(?:đã|vừa|mới|chính thức)\\s+)*(?:ký\\s+)?ban hành\\s+"
            + "(?:kế hoạch|chương trình|hướng dẫn|công văn|thông báo|quyết định|chỉ thị|quy chế|quy định|đề án))(?![\\p{L}])(?!\\s+(?:số|\\d))");

    /** The lead's date when the lead tells a unit issuing a document named by its kind word alone; null otherwise. */
    static DateParts issuedOn(String line) {
        Matcher lead = NewsSentence.LEAD_DATE.matcher(line);
        return lead.lookingAt() && ISSUES.matcher(line.substring(lead.end())).lookingAt() ? NewsSentence.parts(lead) : null;
    }

    /** A news lead of recent time ("Mới đây,", "Vừa qua,", "Mới đây nhất,") that stands for the sentence's date. */
    private static final Pattern RECENT = Pattern.compile("^(?:\\(?[\\p{L}.]{2,24}\\)?\\s*[-–]\\s*)?(?:Mới đây(?:\\s+nhất)?|Vừa qua|Gần đây|Mới rồi)\\s*,", CI);

    /** Whether the sentence opens with a lead of recent time: its "có Công văn số …" is an issuing act, as after "đã" or "vừa". */
    static boolean recentLead(String sentence) {
        return RECENT.matcher(sentence.strip()).lookingAt();
    }

    /** A subject that advised another body to issue ("Sở Nội vụ đã tham mưu (cho) UBND tỉnh" before "ban hành …"). */
    private static final Pattern ADVISED = Pattern.compile("(?<![\\p{L}])tham mưu\\s+(?:cho\\s+)?((?:Chủ tịch\\s+|Thủ tướng\\s+)?(?:" + Issuers.UNIT_START.pattern() + ")[^,.;:]{0,80}?)\\s*$", CI);

    /** The body advised to issue, when the subject only advised it; null otherwise. */
    static String advisedBody(String said) {
        Matcher m = ADVISED.matcher(said);
        return m.find() && !m.group(1).matches("(?iu).*\\s(?:ban hành|ký)$") ? m.group(1).strip() : null;
    }

    /** The headline with a subject that only advised ("Sở Nội vụ đã tham mưu UBND tỉnh") replaced by the body advised. */
    static WebHeadline.Headline advised(WebHeadline.Headline h) {
        if (h == null || h.issuers().size() != 1) {
            return h;
        }
        String body = advisedBody(h.issuers().get(0));
        return body == null ? h : new WebHeadline.Headline(h.kindWord(), h.number(), h.symbol(), h.date(), java.util.List.of(body), h.title());
    }

    /** A letter's enacting sentence without header: "…; Ủy ban nhân dân Tỉnh có ý kiến như sau:", "Sở GD&ĐT có ý kiến chỉ đạo như sau". */
    private static final Pattern OPINION = Pattern.compile("(?:^|[;:.]\\s+|,\\s+)((?:" + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,80}?)\\s+(?:đã\\s+)?có ý kiến"
            + "(?:\\s+chỉ đạo)?\\s+(?:như sau|cụ thể như sau)\\s*:?");

    /** The body giving its opinion in the enacting sentence of a letter printed without header, in the first paragraphs; else null. */
    static String opinionGiver(TextLines d) {
        String head = String.join(" ", d.paras.subList(0, Math.min(d.paras.size(), 20))).replaceAll("\\s+", " "); // a PDF copy breaks the sentence anywhere
        Matcher m = OPINION.matcher(head);
        if (!m.find()) {
            return null;
        }
        String unit = UnitNames.clip(m.group(1));
        return unit != null && UnitNames.wellFormed(unit) ? unit : null;
    }

    /**
     * A page's headline or abstract naming its document by kind and issuer, without a number: "Chương trình của Ban Chấp hành Đảng bộ
     * tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW …", "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về …" — the unit (no
     * comma, at most sixteen words) then the subject, opened by "về" or by its own verb.
     */
    private static final Pattern KIND_OF = Pattern.compile("^(?:" + KindWords.ANY + ")"
            + "(?:\\s+(?:hành động|liên tịch|phối hợp|công tác))?\\s+của\\s+((?:Chủ tịch\\s+|Thủ tướng\\s+)?(?:" + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,100}?)\\s+"
            + "((?:về việc|về|V/v|thực hiện|triển khai|hướng dẫn|tổ chức)\\s[^\\n]{10,})$");

    /** The unit and subject of the first of the page's first five paragraphs so shaped, or null. */
    private static String[] kindOf(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), 5); i++) {
            Matcher m = KIND_OF.matcher(paras.get(i).strip());
            if (m.matches() && m.group(1).split("\\s+").length <= 16) {
                return new String[] {m.group(1).strip(), m.group(2).strip()};
            }
        }
        return null;
    }

    /** The issuer a headline "Chương trình của X thực hiện …" names, when it is a well-formed unit; else null. */
    static String headlineIssuer(TextLines d) {
        String[] found = kindOf(d.paras);
        String unit = found == null ? null : UnitNames.clip(found[0]);
        return unit != null && UnitNames.wellFormed(unit) ? unit : null;
    }

    /** The subject a headline "Chương trình của X thực hiện …" gives, led by its own verb (a "về" subject is the page-title reader's); else null. */
    static String headlineSubject(List<String> paras) {
        String[] found = kindOf(paras);
        return found == null || found[1].matches("(?iu)^(?:về|V/v)\\s.*") ? null : WebHeadline.title(found[1]);
    }

    /** Recipients after the number, then the guidance: "gửi các Sở GD&ĐT hướng dẫn thực hiện …". */
    private static final Pattern RECIPIENTS_GUIDE = Pattern.compile("^(\\s*,?\\s*)gửi\\s+(?:các|toàn thể|tất cả|những)?\\s*[^\\n.;,]{2,120}?\\s+hướng dẫn\\s+(?=(?-i:\\p{Ll}))", CI);

    /** The words after a recipients phrase and "hướng dẫn", as a subject led by its own verb; the rest as it is otherwise. */
    static String guidanceAfterRecipients(String rest) {
        Matcher m = RECIPIENTS_GUIDE.matcher(rest);
        return m.find() ? " " + rest.substring(m.end()) : rest;
    }

    private static final Pattern AS_FOLLOWS = Pattern.compile("\\s*,?\\s+(?:cụ thể\\s+)?như sau\\s*:?\\s*$", CI);

    /** "… năm 2019 như sau" → "… năm 2019": the announcement of what follows is no part of a subject. */
    static String withoutAsFollows(String title) {
        return title == null ? null : AS_FOLLOWS.matcher(title).replaceFirst("");
    }

    private static final Pattern BASES_HEADING = Pattern.compile("^(?:Căn cứ|Thực hiện)\\s*:?$", CI);
    private static final Pattern BASE_ITEM = Pattern.compile("^[-+•*–]\\s*\\S.*|.*[,;]$");

    /**
     * The paragraphs after a bases block the page opens with: a heading "Căn cứ" (or "Căn cứ:") alone on its paragraph, then the
     * bases — items opened by a dash or closed by a comma or semicolon. What they name is cited, never the page's document
     * ("Công văn số 7876-CV/VPTW ngày … của Văn phòng Trung ương Đảng Về việc …," as the last, undashed base). The paragraphs as
     * they are when the page does not open so.
     */
    static java.util.List<String> afterOpeningBases(java.util.List<String> paras) {
        int i = 0;
        while (i < paras.size() && paras.get(i).isBlank()) {
            i++;
        }
        if (i >= paras.size() || !BASES_HEADING.matcher(paras.get(i).strip()).matches()) {
            return paras;
        }
        i++;
        while (i < paras.size() && (paras.get(i).isBlank() || BASE_ITEM.matcher(paras.get(i).strip()).matches())) {
            i++;
        }
        return paras.subList(i, paras.size());
    }

    /** The two bodies whose heads sign a joint document in one of the first paragraphs, or an empty list. */
    static java.util.List<String> signers(java.util.List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), 6); i++) {
            Matcher m = SIGNERS.matcher(paras.get(i));
            if (m.find()) {
                String a = lastBody(m.group(1));
                String b = lastBody(m.group(2));
                return a != null && b != null && !a.equalsIgnoreCase(b) ? java.util.List.of(a, b) : java.util.List.of();
            }
        }
        return java.util.List.of();
    }

    /** The body of the last office a person holds ("Ủy viên …, Bí thư Tỉnh Đoàn Ninh Bình" → "Tỉnh Đoàn Ninh Bình"), or null. */
    private static String lastBody(String offices) {
        String[] parts = offices.split("\\s*,\\s*");
        String last = parts[parts.length - 1].strip();
        Matcher post = POST.matcher(last);
        if (!post.lookingAt()) {
            return null;
        }
        String body = last.substring(post.end()).strip();
        body = body.isEmpty() || !Character.isLowerCase(body.codePointAt(0)) ? body : body.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + body.substring(1);
        return WordLists.startsUnit(body) && UnitNames.clip(body) != null && body.split("\\s+").length <= 10 ? body : null;
    }

    /** The date of a signing clause in one line of a news lead, or null. */
    static DateParts signedClause(String line) {
        Matcher m = SIGNED_CLAUSE.matcher(line);
        return m.find() ? new DateParts(HeaderBlock.num(m.group(1)), HeaderBlock.num(m.group(2)), m.group(3) == null ? null : HeaderBlock.num(m.group(3))) : null;
    }

    /**
     * The body of the office, among those the subject's person holds, whose initials are the symbol's issuer part; null when the
     * subject names no person, the symbol no issuer, or no office (or more than one) agrees.
     */
    static String officeBody(String said, String symbol) {
        String own = UnitNames.symbolIssuer(symbol);
        Matcher person = PERSON.matcher(said == null ? "" : said);
        if (own == null || own.length() < 3 || !person.find()) {
            return null;
        }
        String found = null;
        for (String office : said.substring(person.end()).split("\\s*,\\s*|\\s+[–\\-]\\s+")) {
            Matcher post = POST.matcher(office.strip());
            if (!post.lookingAt()) {
                continue;
            }
            String body = office.strip().substring(post.end()).replaceFirst("\\s+(?:(?:đã|vừa|mới)\\s*)+$", "").strip();
            body = Character.isLowerCase(body.codePointAt(0)) ? body.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + body.substring(1) : body;
            if (WordLists.startsUnit(body) && UnitNames.initials(body).equals(own)) {
                if (found != null) {
                    return null;
                }
                found = body;
            }
        }
        return found;
    }

    /** "Kế hoạch (HOẢ TỐC) số 1141/KH-UBND" → "Kế hoạch số 1141/KH-UBND". */
    static String withoutQualifier(String head) {
        return URGENCY.matcher(QUALIFIER.matcher(head).replaceAll("$1 ")).replaceAll("$1 ");
    }

    /** An urgency or secrecy word without brackets between the kind word and "số" ("Công văn hỏa tốc số …", "Công điện khẩn số …"). */
    private static final Pattern URGENCY = Pattern.compile("(?<![\\p{L}])(" + KIND + ")\\s+(?:hỏa tốc|hoả tốc|thượng khẩn|khẩn cấp|khẩn|mật)\\s+(?=số\\s*:?\\s*\\d)", CI);

    /** "(Thông tư 11) về việc …" → "về việc …"; any other title as it is. */
    static String withoutShortName(String title) {
        return title == null ? null : SHORT_NAME.matcher(title).replaceFirst("");
    }

    /** The decision the head's first paragraphs announce or hand over, or null. */
    static WebHeadline.Headline announced(String head) {
        String[] paras = head.split("\n");
        for (int i = 0; i < Math.min(paras.length, 4); i++) {
            Matcher m = ANNOUNCED.matcher(paras[i]);
            if (m.find()) {
                String title = NewsItems.subjectOnly(WebHeadline.title(m.group(8)));
                DateParts date = m.group(4) == null ? DateParts.BLANK
                        : new DateParts(HeaderBlock.num(m.group(4)), HeaderBlock.num(m.group(5)), HeaderBlock.num(m.group(6)));
                String unit = m.group(7).strip();
                return new WebHeadline.Headline(m.group(1), HeaderBlock.num(m.group(2)), m.group(3), date,
                        NewsSentence.units(unit), title);
            }
        }
        return null;
    }
}
