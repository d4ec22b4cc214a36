package vn.gandan.legal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Turns Vietnamese citation text into {@link Citation}s. Understands state numbers ({@code 379/KH-SGDĐT},
 * {@code 04/2015/NĐ-CP}), Party numbers with a hyphen ({@code 23-QĐ/TW}), bare numbers after "số"
 * ({@code Kế hoạch số 06}), dates as {@code 30/7/2021}, {@code 30-7-2021}, {@code ngày 10 tháng 02 năm 2025}
 * or in words ({@code ngày mười tháng hai năm hai nghìn không trăm hai mươi lăm}), the issuer ("của …")
 * and the title (subject phrase up to the next joined citation or the end of the sentence).
 * Stateless and thread-safe; plain Java (usable without Spring).
 */
public final class CitationParser {

    static final String TYPES = String.join("|",
            "Thông tư liên tịch", "Nghị quyết liên tịch", "Kế hoạch liên tịch", "Kế hoạch phối hợp",
            "Chương trình phối hợp", "Quy chế phối hợp", "Hiến pháp", "Bộ luật", "Pháp lệnh", "Luật",
            "Nghị định", "Nghị quyết", "Quyết định", "Chỉ thị", "Thông tư", "Kế hoạch", "Kết luận", "Quy định",
            "Quy chế", "Công văn", "Công điện", "Hướng dẫn", "Thông báo", "Thông tri", "Báo cáo",
            "Chương trình", "Đề án", "Tờ trình", "Điều lệ", "Lệnh");

    private static final String WORD_NUM = "(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi"
            + "|trăm|nghìn|ngàn|linh|lẻ|giêng|chạp)";

    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\p{L}])(?<type>" + TYPES + ")\\s+(?<so>số\\s*:?\\s*)?"
                    + "(?<ns>\\d+(?:[ ]?[/\\-][ ]?[\\p{L}\\d&.]*[\\p{L}\\d&])*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "^\\s*,?\\s*(?:(?:ban hành|ký)\\s+)?ngày\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDY_DATE = Pattern.compile(
            "^\\s*,?\\s*(?:(?:ban hành|ký)\\s+)?ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPELLED_DATE = Pattern.compile(
            "^\\s*,?\\s*(?:(?:ban hành|ký)\\s+)?ngày\\s+((?:" + WORD_NUM + "\\s*)+?)\\s*tháng\\s+((?:" + WORD_NUM
                    + "\\s*)+?)\\s*năm\\s+((?:" + WORD_NUM + "\\s*)+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ISSUER = Pattern.compile("^\\s*,?\\s*của\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that open a title (trích yếu); the issuer phrase stops before them. */
    private static final Pattern TITLE_START = Pattern.compile(
            "(?<![\\p{L}])(?:về|V/v|ban hành|triển khai|quy định|hướng dẫn|phê duyệt|thực hiện|sửa đổi|bổ sung"
                    + "|tổ chức|tăng cường|đẩy mạnh|tiếp tục|nâng cao)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A short parenthesis inside an issuer: "Ban Chấp hành Trung ương (khóa XI)", "Sở GDĐT (Sở) …". */
    private static final Pattern PAREN = Pattern.compile("^\\([^()\\n]{1,40}\\)");
    /** ", Sở GDĐT … xây dựng kế hoạch": the document's own clause after a citation, not part of its title. */
    private static final Pattern OWN_CLAUSE = Pattern.compile(
            ",\\s+(?:Sở|Phòng|Trường|UBND|Ủy ban|Ủy Ban|Ban|Đảng ủy|Chi bộ|Bộ|Tỉnh ủy|Huyện ủy|Thị ủy|Công đoàn"
                    + "|Đoàn|Hội|Nhà trường|Đơn vị)(?![\\p{L}])[^,;.]{0,80}?\\s(?:xây dựng|ban hành|triển khai|đề ra"
                    + "|hướng dẫn|thông báo)(?![\\p{L}])",
            Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_STOP = Pattern.compile("[,;:“”\"(\\n]|\\.(?:\\s|$)");

    /** A generic tail that ends a title: "và các văn bản khác có liên quan", "và các Chỉ thị, Nghị quyết …". */
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "[,;]?\\s+(?:và|cùng)\\s+(?:các|những)\\s+(?:văn bản|chỉ thị|nghị quyết|quy định|kế hoạch|hướng dẫn"
                    + "|nghị định|thông tư|quyết định)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[\\p{Lu}\\d\\-*])|\\n|\\.$");
    private static final Pattern JOINER = Pattern.compile("(?:[;,]|\\s(?:và|hoặc))\\s*[\\-–]?\\s*$|\\n\\s*[\\-–+*]?\\s*$",
            Pattern.UNICODE_CASE);
    private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^\\]]*]|<sup>.*?</sup>|\\*+|(?m)^#+\\s*");

    private CitationParser() {
    }

    /** The first citation in the text, if any. */
    public static Optional<Citation> parse(String text) {
        List<Citation> all = parseAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every citation in the text, in order of first appearance, duplicates (same number/symbol) merged:
     * each field takes the first value any mention gives.
     */
    public static List<Citation> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = MARKUP.matcher(Texts.nfc(text)).replaceAll("").replaceAll("[ \\t\\u00a0]+", " ");
        List<int[]> spans = new ArrayList<>();
        Matcher m = CITATION.matcher(s);
        while (m.find()) {
            String ns = m.group("ns");
            if (m.group("so") == null && !ns.matches(".*\\p{L}.*")) {
                continue; // "Kế hoạch 2025" is not a citation; "Kế hoạch số 06" is
            }
            spans.add(new int[] {m.start(), m.end()});
        }
        Map<String, Citation> merged = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            Citation c = parseOne(s, spans, i);
            merged.merge(c.key(), c, Citation::fillFrom);
        }
        return List.copyOf(merged.values());
    }

    private static Citation parseOne(String s, List<int[]> spans, int i) {
        Matcher m = CITATION.matcher(s);
        m.find(spans.get(i)[0]);
        String type = capitalise(m.group("type"));
        String ns = m.group("ns").replaceAll("[.\\-/]+$", "");
        int pos = m.end();
        int limit = titleLimit(s, spans, i);
        LocalDate date = null;
        String rest = s.substring(pos, limit);
        Matcher d;
        if ((d = NUMERIC_DATE.matcher(rest)).find() || (d = WORDY_DATE.matcher(rest)).find()) {
            date = date(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
            pos += d.end();
        } else if ((d = SPELLED_DATE.matcher(rest)).find()) {
            int day = VietnameseNumbers.parse(d.group(1));
            int month = VietnameseNumbers.parseMonth(d.group(2));
            int year = VietnameseNumbers.parse(d.group(3));
            if (day > 0 && month > 0 && year > 0) {
                date = date(year, month, day);
                pos += d.end();
            }
        }
        String issuer = null;
        rest = s.substring(pos, limit);
        Matcher of = ISSUER.matcher(rest);
        if (of.find()) {
            int from = of.end();
            String after = rest.substring(from);
            int end = after.length();
            Matcher t = TITLE_START.matcher(after);
            if (t.find()) {
                end = t.start();
            }
            Matcher stop = ISSUER_STOP.matcher(after);
            int searchFrom = 0;
            while (stop.find(searchFrom) && stop.start() < end) {
                Matcher paren = PAREN.matcher(after.substring(stop.start()));
                if (after.charAt(stop.start()) == '(' && paren.find()) {
                    int close = stop.start() + paren.end();
                    if (close > end) {
                        Matcher t2 = TITLE_START.matcher(after);
                        end = t2.find(close) ? t2.start() : after.length();
                    }
                    searchFrom = close;
                    continue;
                }
                end = stop.start();
                break;
            }
            issuer = trimTail(after.substring(0, end));
            pos += from + end;
        }
        String title = null;
        rest = s.substring(pos, limit).replaceFirst("^\\s*[,:]?\\s*", "");
        Matcher t = TITLE_START.matcher(rest);
        boolean quoted = rest.startsWith("“") || rest.startsWith("\"");
        if ((t.find() && t.start() == 0) || quoted || (issuer != null && !rest.isBlank())) {
            String candidate = rest;
            Matcher tail = GENERIC_TAIL.matcher(candidate);
            if (tail.find()) {
                candidate = candidate.substring(0, tail.start());
            }
            Matcher own = OWN_CLAUSE.matcher(candidate);
            if (own.find()) {
                candidate = candidate.substring(0, own.start());
            }
            Matcher end = SENTENCE_END.matcher(candidate);
            if (end.find()) {
                candidate = candidate.substring(0, end.start());
            }
            title = unquote(trimTail(candidate));
        }
        return new Citation(type, ns, date, issuer, title);
    }

    /** Where a citation's own text ends: at the next citation joined to it by a separator, or the text's end. */
    private static int titleLimit(String s, List<int[]> spans, int i) {
        for (int j = i + 1; j < spans.size(); j++) {
            int start = spans.get(j)[0];
            String before = s.substring(spans.get(i)[1], start);
            Matcher joiner = JOINER.matcher(before);
            if (joiner.find()) {
                return spans.get(i)[1] + joiner.start();
            }
        }
        return s.length();
    }

    private static String trimTail(String s) {
        String t = s.strip();
        String prev;
        do {
            prev = t;
            t = t.replaceFirst("(?:\\s*(?:[;,:]|\\.{1,3}|…)\\s*|\\s+(?:và|hoặc))$", "").strip();
        } while (!t.equals(prev));
        return t;
    }

    private static String unquote(String s) {
        if (s.endsWith("”") && s.chars().filter(ch -> ch == '“').count() < s.chars().filter(ch -> ch == '”').count()) {
            s = s.substring(0, s.length() - 1).strip(); // closing quote of an enclosing title
        }
        boolean curly = s.startsWith("“") && s.endsWith("”") && s.indexOf('“', 1) < 0;
        boolean straight = s.length() > 1 && s.startsWith("\"") && s.endsWith("\"") && s.indexOf('"', 1) == s.length() - 1;
        if (curly || straight) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static String capitalise(String type) {
        String t = Texts.clean(type).toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
