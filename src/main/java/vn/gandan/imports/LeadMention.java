package vn.gandan.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.shared.Texts;

/**
 * Session 25: the document a header-less text (a news item, a portal post, a school page) is about when its lead names one
 * in full — "Thực hiện Kế hoạch số 02/KH-HĐĐ ngày 26 tháng 9 năm 2025 của Hội đồng Đội huyện X về tổ chức …", "Ngày 28/11,
 * trường Y tổ chức hội nghị triển khai Công văn số 15/PGDĐT ngày 3/11/2025 của Phòng GD&amp;ĐT về …", "UBND xã Z đã ban
 * hành Quyết định số 45/QĐ-UBND, ngày …". Whatever opens the lead or whatever verb or event it tells, the FIRST full
 * mention of the lead's first paragraphs (gold convention 10) gives the kind, number, symbol, date, issuer and subject taken
 * together from that one mention. A grammar with open slots: a kind word, up to three small-letter qualifiers, "số", the
 * number and a symbol, then in any order the mention's own date ("ngày …"), its body ("của …", a body's head word first)
 * and its subject ("về …", "V/v …").
 * <p>
 * The shape is told apart from a document's own opening ("Căn cứ Kế hoạch số … của …, UBND xã xây dựng kế hoạch … như
 * sau:") by the lead: a page that goes on to draft its own document (a kind word acted on without a number, "như sau") is
 * not a news item about the one it names.
 */
final class LeadMention {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(" + KindWords.ANY_OR_TEXT + ")"; // the one vocabulary of kind words (s26-kinds)
    /**
     * Kind word, up to three small-letter qualifiers, "số", number, separator and a symbol opening with a capital; without "số"
     * when a full symbol follows the number ("Chỉ thị 35-CT/TW", "Quy định 11- QĐ/TW", "Công văn 5607/BNV-VP": a kind word and a
     * bare number, "Thông tư 04", stays unread).
     */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}])" + KIND + "((?:\\s+(?-i:\\p{Ll}+)){0,3}?)"
            + "(?:\\s+số\\s*:?\\s*|\\s+(?=\\d{1,5}\\s*[/\\-–]\\s*(?-i:\\p{Lu})[\\p{L}\\d&.]*\\s?[/\\-–]\\s?(?-i:\\p{Lu})))(\\d{1,5})"
            + "(?:\\s*[/\\-–]\\s*((?-i:\\p{Lu})[\\p{L}\\d&.]*(?:\\s?[/\\-–]\\s?[\\p{L}\\d&.]+)*)(?![\\p{L}\\d])|(?![\\d/\\-–.,]*[\\p{L}\\d]))", CI);
    private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})(?!\\d)"
            + "|^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})(?!\\d)", CI);
    /** The body's name after "của", up to the subject, a comma, a stop or a verb. */
    private static final Pattern OF = Pattern.compile("^\\s*,?\\s*của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,.;:()\\n]{0,100}?)"
            + "\\s*(?=,?\\s*(?:về việc|về|V/v)\\s|[,.;:(]|$)", CI);
    /** The bodies of a joint document named after "giữa" ("…, giữa Hội Cựu chiến binh và Bộ Công an về …"), up to the subject. */
    private static final Pattern BETWEEN = Pattern.compile("^\\s*,?\\s*giữa\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,.;:()\\n]{0,160}?)"
            + "\\s*(?=,?\\s*(?:về việc|về|V/v)\\s)", CI);
    private static final Pattern ABOUT = Pattern.compile("^\\s*,?\\s*((?:về việc|về|V/v)\\s[^;\\n]*?)\\s*(?:;|\\.(?=\\s|$)|$)", CI);
    /** The body named after the subject, at its end ("… năm học 2023-2024 của Trường Tiểu học Y"). */
    private static final Pattern TRAILING_OF = Pattern.compile("\\s+của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,;:]{2,80})$", CI);
    /** The lead's own clause after the subject: a comma, a subject in capitals and a told act ("…, Liên đội nhà trường đã …"). */
    private static final Pattern NARRATION = Pattern.compile(",\\s+(?-i:\\p{Lu})[^,;]{0,80}?\\s(?:đã|vừa|sẽ|mới)\\s.*$");
    /** The lead's dateline after the subject ("…, sáng ngày 12/1, Đảng ủy xã …", "…, ngày 5-3 …"): the story's time, not the subject. */
    private static final Pattern DATELINE = Pattern.compile(",\\s+(?:(?:sáng|chiều|tối|trưa)\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?![\\d/.\\-]*\\d{4}\\s*[-–]).*$", CI);

    /**
     * The mention's parts, as read; any part the lead leaves out is null (the date BLANK, the issuers empty). {@code ownBody}: the
     * issuers were named right after the mention's identity ("của …", "giữa …"), not at its subject's end ("V/v đề xuất của Sở …").
     */
    record Mention(String kindWord, int number, String symbol, DateParts date, List<String> issuers, String title, boolean ownBody) {
    }

    private LeadMention() {
    }

    /** Any document named before the mention: a kind word, a law or a charter ("Thực hiện Luật … và Hướng dẫn số …"). */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + KIND.substring(1, KIND.length() - 1) + "|Luật|Điều lệ|Bộ luật|Dự thảo)(?![\\p{L}])", CI);
    /**
     * After the mention, the lead tells the page's own act: its body issues or drafts a document ("…, Ban Thường vụ đã ban
     * hành Kế hoạch số 08 …", "Đoàn xã đã xây dựng Kế hoạch …") or speaks in a directive voice ("…, Phòng Giáo dục yêu cầu
     * các trường …", "… trân trọng thông báo").
     */
    private static final Pattern OWN_ACT = Pattern.compile(",\\s*(?:" + Issuers.UNIT_START.pattern() + ")[^,.;:]{0,100}?\\s+(?:(?:đã|vừa|mới|khẩn trương|chính thức)\\s+)*"
            + "(?:(?:ban hành|xây dựng|ký|lập|có)\\s+(?:" + KIND.substring(1, KIND.length() - 1) + ")|yêu cầu|đề nghị|hướng dẫn|thông báo|chỉ đạo|kính gửi|trân trọng)(?![\\p{L}])"
            + "|trân trọng thông báo|(?:xây dựng|ban hành|hướng dẫn|thông báo)[^.;]*như sau\\s*:?", CI);
    /** The next paragraph telling that a body issued another numbered document ("Ngày 12/9, Ban … ban hành Kế hoạch số 62 …"). */
    private static final Pattern ISSUED = Pattern.compile("(?:ban hành|xây dựng|ký)\\s+(?:" + KIND.substring(1, KIND.length() - 1) + ")\\s+số\\s*:?\\s*(\\d{1,5})", CI);
    /**
     * The next paragraph's issued document comes after documents that paragraph carries out first ("Năm 2011, thực hiện Nghị
     * quyết số 145 …, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 34 …"): a later stage of the story, not the page's own document.
     */
    private static boolean laterStage(String next, int issued) {
        Matcher first = MENTION.matcher(next);
        return first.find() && first.start() < issued;
    }

    /** A body announcing its own document's content ("Ban Tuyên giáo Trung ương hướng dẫn … như sau:"). */
    private static final Pattern OWN_BODY = Pattern.compile("(?:xây dựng|ban hành|hướng dẫn|thông báo|triển khai)(?![\\p{L}])[^.;]*như sau\\s*:?\\s*$", CI);

    /**
     * The mention that opens the lead — the first paragraph that reads as running text (a page's short lines before it, a
     * menu, a dateline, a short headline, are passed over) — or null when the lead names none, when a document is named
     * before it (in the lead or a headline opening with a kind word: the page's own), or when the page goes on to act as a
     * document of its own.
     */
    static Mention find(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), 14); i++) {
            String para = paras.get(i).strip();
            if (para.split("\\s+").length < 12 || !para.matches("(?s).*[.;:!?…\"”’)]\\s*$") && !MENTION.matcher(para).find()
                    || (STAMPED.matcher(para).find() || repeated(para, paras, i) || QUOTED_HEADLINE.matcher(para).matches()) && !MENTION.matcher(para).find()) { // s26: a headline stamped with its posting date, or given twice
                if (NAMED_BEFORE.matcher(para).lookingAt()) {
                    return named(para, find(paras.subList(i + 1, paras.size()))); // a headline naming the page's own document by its kind word
                }
                continue;
            }
            Matcher m = MENTION.matcher(para);
            boolean found = m.find();
            if (found && NAMED_BEFORE.matcher(para.substring(0, m.start())).find()) {
                String restated = restated(para, m);
                if (restated != null) {
                    Matcher r = MENTION.matcher(restated);
                    r.find();
                    String next = i + 1 < paras.size() ? paras.get(i + 1).strip() : "";
                    return ownAct(para.substring(m.end()), next, paras, i, true, HeaderBlock.num(m.group(3))) ? null : read(restated, r);
                }
            }
            if (!found || NAMED_BEFORE.matcher(para.substring(0, m.start())).find()) {
                return null;
            }
            if (HAS.matcher(para.substring(0, m.start())).find()) {
                return null; // "Trong năm qua, xã có Kế hoạch số 12 …": a report of what a body has, no document the page is about
            }
            String next = i + 1 < paras.size() ? paras.get(i + 1).strip() : "";
            Matcher carried = GROUNDING.matcher(para).lookingAt() ? CARRYING_NEXT.matcher(next) : null;
            if (carried != null && carried.lookingAt() && carried.find(0) && MENTION.matcher(next).find()) {
                Matcher n = MENTION.matcher(next); // "Căn cứ Hướng dẫn số …" above "Thực hiện Kế hoạch số …": what is carried out
                n.find();
                return ownAct(next.substring(n.end()), "", paras, i + 1, true, HeaderBlock.num(n.group(3))) ? null : read(next, n);
            }
            if (ownAct(para.substring(m.end()), next, paras, i, m.start() > 0, HeaderBlock.num(m.group(3)))) {
                return null;
            }
            if (listOfBases(para) || wrapped(para, next)) {
                return null;
            }
            return read(para, m);
        }
        return null;
    }

    /**
     * A headline naming a document by its kind word and subject ("Chỉ thị của Ban Bí thư về lãnh đạo Đại hội …") above a lead
     * naming the same document in full: the lead's mention; any other headline so opened is the page's own document (null).
     */
    private static Mention named(String headline, Mention lead) {
        if (lead == null || lead.title() == null || lead.title().isBlank()) {
            return null;
        }
        String h = Texts.fold(headline).toLowerCase(Locale.ROOT);
        String kind = Texts.fold(lead.kindWord()).toLowerCase(Locale.ROOT);
        String subject = Texts.fold(lead.title()).toLowerCase(Locale.ROOT);
        return h.startsWith(kind) && h.contains(subject) ? lead : null;
    }

    /** A headline ending in a quoted name, no stop anywhere in it ("Phát động phong trào thi đua “Dân vận khéo”"). */
    private static final Pattern QUOTED_HEADLINE = Pattern.compile("(?s)[^.!?…;:]*[^.!?…;:\\s]\\s*[”\"»’]\\s*$");
    /** The mention's number given in brackets after the document named by its kind word ("… Chỉ thị của Ban Bí thư về … (Chỉ thị số 22-CT/TW)"). */
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*$");

    /**
     * The lead naming its document by the kind word and giving the number in brackets after the subject: the mention written
     * whole ("Chỉ thị số 22-CT/TW của Ban Bí thư về …"), or null when the bracket is not the first document's.
     */
    private static String restated(String para, Matcher m) {
        if (!BRACKETED.matcher(para.substring(0, m.start())).find()) {
            return null;
        }
        Matcher before = NAMED_BEFORE.matcher(para.substring(0, m.start()));
        if (!before.find() || !before.group().equalsIgnoreCase(m.group(1)) || before.find()) {
            return null;
        }
        Matcher first = NAMED_BEFORE.matcher(para);
        first.find();
        String between = para.substring(first.end(), m.start()).replaceFirst("\\(\\s*$", "").strip();
        return para.substring(m.start(), m.end()) + " " + between + ".";
    }

    /** A headline stamped with its posting date at its end ("… năm 2022 (22/08/2022)"): no running text. */
    private static final Pattern STAMPED = Pattern.compile("\\(\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*\\)\\s*$");
    /** A lead opening with the event's dateline and its body ("Ngày 28/11, Tỉnh ủy … tổ chức …"): news, not a run of bases. */
    private static final Pattern EVENT = Pattern.compile("^(?:(?:sáng|chiều|tối|trưa)\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{4})?\\s*,\\s*"
            + "(?:" + Issuers.UNIT_START.pattern() + ")", CI);
    /** A bare "có" right before the mention: the body HAS the document ("xã có Kế hoạch số 12 về …"), a report's sentence. */
    private static final Pattern HAS = Pattern.compile("(?<![\\p{L}])có\\s*$", CI);
    private static final Pattern GROUNDING = Pattern.compile("^[-–+•]?\\s*(?:Căn cứ|Theo)(?![\\p{L}])", CI);
    private static final Pattern CARRYING_NEXT = Pattern.compile("^[-–+•]?\\s*(?:Thực hiện|Triển khai)\\s+" + KIND, CI);

    /** A headline the next paragraph gives again with more after it (its posting stamp): a headline, not the lead. */
    private static boolean repeated(String para, List<String> paras, int i) {
        return i + 1 < paras.size() && paras.get(i + 1).strip().startsWith(para) && paras.get(i + 1).strip().length() > para.length();
    }

    /** A lead that names three documents or more is a run of bases (a document's own opening), no news item's lead. */
    private static boolean listOfBases(String para) {
        return MENTION.matcher(para).results().count() >= 3 && !EVENT.matcher(para).lookingAt(); // s26: a dated event carrying out several: the first
    }

    /**
     * A lead cut at a line's end and run on in the next paragraph ("… của Ban Thường vụ" / "Tỉnh ủy Bắc Kạn về …"): a copy's
     * hard-wrapped lines, whose parts are not read cleanly from one paragraph.
     */
    private static boolean wrapped(String para, String next) {
        String stop = "(?s).*[.;:!?…\"”’)]\\s*$";
        return !para.matches(stop) && !next.isEmpty() && !next.matches(stop);
    }

    /** Whether the lead, after the mention, or the paragraphs below it (up to eight) act as the page's own document. */
    /** {@code opened}: the lead opens with words before the mention (a page opening with the mention itself names its own document). */
    private static boolean ownAct(String rest, String next, List<String> paras, int lead, boolean opened, int number) {
        Matcher own = OWN_ACT.matcher(rest);
        if (own.find()) {
            return true;
        }
        Matcher issued = ISSUED.matcher(next);
        if (issued.find() && HeaderBlock.num(issued.group(1)) != number && !(laterStage(next, issued.start()))) {
            return true;
        }
        for (int i = lead + 1; opened && i < Math.min(paras.size(), lead + 9); i++) {
            if (OWN_BODY.matcher(paras.get(i).strip()).find()) {
                return true;
            }
        }
        return false;
    }


    /** Day, month and year of a date written "26/9/2025" (groups 1–3) or "ngày 26 tháng 9 năm 2025" (groups 4–6). */
    private static DateParts parts(Matcher dated) {
        int g = dated.group(1) != null ? 1 : 4;
        return new DateParts(HeaderBlock.num(dated.group(g)), HeaderBlock.num(dated.group(g + 1)), HeaderBlock.num(dated.group(g + 2)));
    }

    /**
     * The first mention, in the text's first paragraphs, of the document numbered {@code number} (with {@code symbol} when one
     * is known) that gives it a subject, read with the same grammar ({@link OwnSubject}); null when no paragraph names it with
     * one. A mention without a subject (a headline's "Nghị quyết số 04 của Tỉnh ủy") passes to the next mention of that number.
     */
    static Mention ofNumber(List<String> paras, int number, String symbol) {
        for (int i = 0; i < Math.min(paras.size(), 40); i++) {
            Matcher m = MENTION.matcher(paras.get(i));
            while (m.find()) {
                if (HeaderBlock.num(m.group(3)) != number || symbol != null && m.group(4) != null
                        && !PageMetadata.key(symbol).equals(PageMetadata.key(symbolOf(m)))) {
                    continue;
                }
                int end = m.end();
                Matcher bare = BARE_SYMBOL.matcher(paras.get(i).substring(end));
                if (m.group(4) == null && bare.find()) {
                    if (symbol != null && !PageMetadata.key(symbol).equals(PageMetadata.key(bare.group(1).replaceAll("\\s+", "")))) {
                        continue;
                    }
                    end += bare.end(); // "Kế hoạch số: 17 KH/ĐU, ngày …": the symbol written without its separator
                }
                Mention read = read(paras.get(i), m, end);
                if (read.title() != null && !read.title().isBlank()) {
                    return read;
                }
                String direct = BareSubject.after(paras.get(i).substring(end));
                direct = direct != null ? direct : subjectPastAnyBody(paras.get(i).substring(end));
                if (direct != null) {
                    return new Mention(read.kindWord(), read.number(), read.symbol(), read.date(), read.issuers(), direct, read.ownBody());
                }
            }
        }
        return null;
    }

    /** A symbol written after the number with a space and no separator ("… số: 17 KH/ĐU, ngày …"). */
    private static final Pattern BARE_SYMBOL = Pattern.compile("^\\s+((?-i:\\p{Lu})[\\p{L}&.]*\\s?/\\s?(?-i:\\p{Lu})[\\p{L}\\d&.\\-–]*)(?![\\p{L}\\d])");

    /** The subject without the story's own clause or dateline after it, a short name or a headline's trimmings. */
    private static String cleaned(String title) {
        String t = NARRATION.matcher(title).replaceFirst(""); // "…, Liên đội nhà trường đã phát động …": the story goes on
        t = DATELINE.matcher(t).replaceFirst("");
        return NewsNamed.withoutFollowingClause(NewsNamed.withoutShortName(NewsItems.subjectOnly(WebHeadline.title(t))));
    }

    /**
     * After the mention's own date, "của" and a body whose name opens with no head word the grammar knows ("của Đảng Bộ phường
     * X về việc …"), then the subject: the subject, or null.
     */
    private static String subjectPastAnyBody(String rest) {
        Matcher dated = DATE.matcher(rest);
        String r = dated.find() ? rest.substring(dated.end()) : rest;
        Matcher any = ANY_OF.matcher(r);
        if (!any.find()) {
            return null;
        }
        Matcher about = ABOUT.matcher(r.substring(any.end()));
        return about.find() ? cleaned(about.group(1).strip()) : null;
    }

    /** "của" and up to twelve words with no stop, comma or bracket, before the subject's "về" / "V/v". */
    private static final Pattern ANY_OF = Pattern.compile("^\\s*,?\\s*của(?:\\s+[^\\s,.;:()]+){1,12}?(?=\\s+(?:về việc|về|V/v)\\s)", CI);

    /** The mention's symbol without spaces or a trailing separator, or null. */
    private static String symbolOf(Matcher m) {
        return m.group(4) == null ? null : m.group(4).replaceAll("\\s+", "").replaceAll("[.\\-–/]+$", "");
    }

    private static Mention read(String para, Matcher m) {
        return read(para, m, m.end());
    }

    /** The mention read from {@code end} on (past a symbol written without its separator, when {@link #ofNumber} saw one). */
    private static Mention read(String para, Matcher m, int end) {
        String rest = para.substring(end);
        Matcher dated = DATE.matcher(rest);
        DateParts date = dated.find() ? parts(dated) : DateParts.BLANK;
        rest = date == DateParts.BLANK ? rest : rest.substring(dated.end());
        String unit = null;
        String kind = (m.group(1) + m.group(2)).toLowerCase(Locale.ROOT);
        String subjectLead = "";
        boolean joint = false;
        Matcher of = OF.matcher(rest);
        Matcher between = BETWEEN.matcher(rest);
        if (of.find()) {
            MentionBody.Split split = MentionBody.split(of.group(1).strip(), kind); // s26: the body ends where its name's grammar ends
            unit = split.body();
            subjectLead = split.subjectLead();
            rest = rest.substring(of.end());
        } else if (between.find()) {
            unit = between.group(1).strip(); // s26: "Nghị quyết liên tịch số 01, giữa Hội A và Bộ B về …": both bodies
            joint = true;
            rest = rest.substring(between.end());
        }
        boolean ownBody = unit != null;
        String title = null;
        Matcher about = ABOUT.matcher(rest);
        if (!subjectLead.isEmpty() && !about.find()) {
            title = rest.isBlank() || rest.strip().matches("^[.;]\\s*.*") ? subjectLead : null; // s26: "… của X giám sát việc Y." the subject without "về"
            subjectLead = title == null ? "" : subjectLead;
        }
        about = ABOUT.matcher(rest);
        if (title != null || about.find()) {
            title = title != null ? title : (subjectLead.isEmpty() ? "" : subjectLead + " ") + about.group(1).strip();
            Matcher trailing = TRAILING_OF.matcher(title);
            if (trailing.find()) {
                unit = unit == null ? trailing.group(1).strip() : unit;
                title = title.substring(0, trailing.start()).strip();
            }
            title = cleaned(title);
        }
        String symbol = symbolOf(m);
        List<String> issuers = unit == null ? List.of() : MentionBody.sharedPlace(NewsSentence.units(unit));
        if (joint && issuers.size() < 2) {
            issuers = List.of();
        }
        return new Mention(kind, HeaderBlock.num(m.group(3)), symbol, date, issuers, title, ownBody);
    }
}
