package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: a news item telling of an event held to carry out a document it names (the corpus convention 10) in a
 * paragraph of its own above the story — "Thực hiện Kế hoạch số 209-KH/TĐTN ngày 19/02/2021 của Ban Thường vụ Tỉnh đoàn về
 * tổ chức Ngày hội …;" or "Thực hiện Kế hoạch liên tịch số 383-KHLT/MT-CĐCS về Tổ chức Hội nghị viên chức … của Trường Tiểu học
 * X", then "Vào lúc 13g30 ngày 07 tháng 12 năm 2023, trường … đã tổ chức …". The document carried out is the item's: its kind,
 * number and symbol, its own date, its issuer ("của …" before or after the subject) and the "về …" subject.
 * <p>
 * Read only where the story narrates an event (a paragraph below that holds a day and "tổ chức") and no paragraph of the
 * head tells of a plan of the page's own ("xây dựng kế hoạch …", "… như sau:"): there the "Thực hiện" line is a base of
 * the page's document, not the item's subject. The paragraph is the naming alone — no clause of its own after it.
 */
final class NewsCarriedOut {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(Kế hoạch|Công văn|Hướng dẫn|Chương trình|Thông báo|Quyết định|Nghị quyết|Chỉ thị|Kết luận|Thông tri|Đề án)";
    private static final Pattern CARRIED_OUT = Pattern.compile("^Thực hiện\\s+" + KIND + "(\\s+(?:liên tịch|phối hợp|hành động|liên ngành))?"
            + "\\s+số\\s*:?\\s*(\\d{1,5})\\s*[/\\-–]\\s*((?-i:\\p{Lu})[\\p{L}\\d&.]*(?:\\s*[/\\-–]\\s*[\\p{L}\\d&.]+)*)"
            + "(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}))?"
            + "(?:\\s*,?\\s+của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,.;\\n]{0,100}?))?"
            + "\\s+((?:về việc|về)\\s[^\\n]{8,}?)\\s*[;.]?$", CI);
    /** The issuer named after the subject: "… năm học 2023-2024 của Trường Tiểu học X". */
    private static final Pattern OF_AFTER = Pattern.compile("\\s+của\\s+((?-i:" + Issuers.UNIT_START.pattern() + ")[^,.;\\n]{0,80})$", CI);
    /** The item's own clause in the same paragraph ("…, Liên đội đã tổ chức …"): not this shape. */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?<![\\p{L}])(?:đã|vừa|sẽ|đang)\\s+\\p{Ll}", CI);
    /** Several documents carried out in one line ("… về việc …; Kế hoạch số 76/KH-UBND …"): which is the item's is not known. */
    private static final Pattern SEVERAL = Pattern.compile("[;,]\\s*(?:và\\s+)?" + KIND + "\\s+(?:\\p{L}+\\s+){0,2}?số\\s", CI);
    private static final Pattern EVENT_DAY = Pattern.compile("(?<![\\p{L}])ngày\\s+\\d{1,2}(?:\\s*[/.\\-]|\\s+tháng)", CI);
    private static final Pattern HELD = Pattern.compile("(?<![\\p{L}])tổ chức(?![\\p{L}])", CI);
    /** A plan of the page's own: the "Thực hiện" lines are its bases. */
    private static final Pattern OWN_PLAN = Pattern.compile("(?<![\\p{L}])(?:(?:xây dựng|ban hành|lập)\\s+(?:kế hoạch|chương trình)|như sau\\s*:)", CI);

    private NewsCarriedOut() {
    }

    /** The document the item's event carries out, or null when the head holds no such paragraph or tells of its own plan. */
    static WebHeadline.Headline find(List<String> paras) {
        int window = window(paras);
        if (paras.subList(0, window).stream().anyMatch(p -> OWN_PLAN.matcher(p).find())) {
            return null;
        }
        for (int i = 0; i < window; i++) {
            Matcher m = CARRIED_OUT.matcher(paras.get(i).strip());
            if (m.matches() && !OWN_CLAUSE.matcher(m.group(9)).find() && !SEVERAL.matcher(m.group(9)).find() && narratesEvent(paras, i + 1)) {
                return read(m);
            }
        }
        return null;
    }

    /** The head: up to the tenth paragraph that holds a sentence; a portal's menu of short items above it does not count. */
    private static int window(List<String> paras) {
        int sentences = 0;
        int i = 0;
        while (i < paras.size() && sentences < 10) {
            sentences += paras.get(i).strip().length() >= SENTENCE ? 1 : 0;
            i++;
        }
        return i;
    }

    private static final int SENTENCE = 60;

    private static boolean narratesEvent(List<String> paras, int from) {
        for (int j = from; j < Math.min(paras.size(), from + 3); j++) {
            String p = paras.get(j);
            if (EVENT_DAY.matcher(p).find() && HELD.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }

    private static WebHeadline.Headline read(Matcher m) {
        String subject = m.group(9).strip();
        String issuer = m.group(8);
        Matcher after = OF_AFTER.matcher(subject);
        if (issuer == null && after.find()) {
            issuer = after.group(1).strip();
            subject = subject.substring(0, after.start());
        }
        DateParts date = m.group(5) == null ? DateParts.BLANK
                : new DateParts(HeaderBlock.num(m.group(5)), HeaderBlock.num(m.group(6)), HeaderBlock.num(m.group(7)));
        String kind = m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
        return new WebHeadline.Headline(kind, HeaderBlock.num(m.group(3)), m.group(4).replaceAll("\\s+", ""), date,
                issuer == null ? List.of() : List.of(issuer.strip()), WebHeadline.title(subject));
    }
}
