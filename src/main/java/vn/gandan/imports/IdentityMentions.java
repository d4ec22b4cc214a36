package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 23: every place a text names a document by its number and symbol — "<kind word> [số[:]] 45/KH-UBND [, ngày
 * 10/3/2025]", "số 45-KH/BTGDVTU", a number-only "Kế hoạch số 45" and a symbol-only "Kế hoạch số /KH-UBND" — with where the
 * mention sits (paragraph, sentence, offset), the kind word and the few words before and after it, the date written right
 * after it and the first date of its sentence. A generic reader: it judges nothing, the identity chooser weighs the mentions.
 */
final class IdentityMentions {

    /** The paragraphs read: a document's identity is named in its head or lead, not in its last pages. */
    static final int PARAGRAPHS = 40;
    private static final int MAX = 30;
    private static final String KINDS = "kế hoạch|công văn|báo cáo|quyết định|nghị quyết|chỉ thị|thông tư|kết luận|pháp lệnh|quy định"
            + "|quy chế|hướng dẫn|thông báo|chương trình|đề án|tờ trình|thông tri|công điện|nghị định|văn bản|biên bản|phương án|điều lệ|luật";
    private static final String DATE = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})(?![\\d/])"
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})";
    /** A symbol: an optional year, then parts of letters ("KH-UBND", "2018/TT-BGDĐT", "KH/BDVTW-BCSĐCP"); a part never runs on into digits. */
    private static final String SYMBOL = "(?:(?:19|20)\\d{2}\\s*/\\s*)?(?-i:\\p{Lu})[\\p{L}&.]*(?:\\s?[/\\-–]\\s?\\p{L}[\\p{L}&]*)*";
    private static final Pattern MENTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:(" + KINDS + ")(?:\\s+[\\p{Ll}\\p{Lu}]+){0,3}?\\s+)?"
            + "(?:(số)\\s*:?\\s*)?(\\d{1,5})?\\s*[/\\-–]\\s*(" + SYMBOL + ")");
    private static final Pattern NUMBER_ONLY = Pattern.compile("(?iu)(?<![\\p{L}])(" + KINDS + ")\\s+số\\s*:?\\s*(\\d{1,5})(?!\\s?[/\\-–]|[\\d\\p{L}])");
    /** A cell or line holding only a number and symbol, as metadata tables and e-office viewers print it. */
    private static final Pattern CELL = Pattern.compile("(?u)^\\s*(\\d{1,5})\\s*[/\\-–]\\s*(" + SYMBOL + ")\\s*$");
    private static final Pattern ATTACHED_DATE = Pattern.compile("(?iu)^\\s*[,(]?\\s*(?:ban hành\\s+|được ký\\s+|ký\\s+)?ngày\\s*:?\\s*(?:" + DATE + ")");
    private static final Pattern ANY_DATE = Pattern.compile("(?iu)(?<![\\d/])(?:" + DATE + ")");

    /** The lines read for cells holding only a number and symbol. */
    static final int LINES = 150;

    /** One mention: where it is, what it names and what surrounds it. */
    record Mention(int paragraph, int offset, int sentence, String kindWord, boolean so, Integer number, String symbol,
                   DateParts date, DateParts sentenceDate, String before, String after, String sentenceStart) {
    }

    private IdentityMentions() {
    }

    /** The mentions of the first {@link #PARAGRAPHS} paragraphs, in text order (at most 30). */
    static List<Mention> of(List<String> paras) {
        return of(paras, List.of());
    }

    /**
     * The mentions of the first {@link #PARAGRAPHS} paragraphs, in text order (at most 30), then the cells of the first
     * {@link #LINES} lines that hold only a number and symbol (kind word null, "số" false, paragraph −1).
     */
    static List<Mention> of(List<String> paras, List<String> lines) {
        List<Mention> out = new ArrayList<>();
        for (int p = 0; p < Math.min(paras.size(), PARAGRAPHS) && out.size() < MAX; p++) {
            String para = paras.get(p);
            Matcher m = MENTION.matcher(para);
            List<int[]> spans = new ArrayList<>();
            while (m.find() && out.size() < MAX) {
                if (m.group(3) == null && m.group(2) == null && m.group(1) == null) {
                    continue; // a bare "/KH-UBND" without kind word or "số"
                }
                if (m.group(3) == null && m.group(2) == null) {
                    continue; // "Kế hoạch /…": not a naming
                }
                String symbol = m.group(4).replaceAll("\\s+", "").replaceAll("[.\\-–/]+$", "");
                if (symbol.length() < 2 || !symbol.matches("(?s).*\\p{Lu}.*") || symbol.matches("\\d+.*") && !symbol.matches("\\d{4}/.*")) {
                    continue;
                }
                Integer number = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                out.add(mention(para, p, m.start(), m.end(), m.group(1), m.group(2) != null, number, symbol));
                spans.add(new int[] {m.start(), m.end()});
            }
            Matcher n = NUMBER_ONLY.matcher(para);
            while (n.find() && out.size() < MAX) {
                out.add(mention(para, p, n.start(), n.end(), n.group(1), true, Integer.valueOf(n.group(2)), null));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::offset));
        for (String line : lines.subList(0, Math.min(lines.size(), LINES))) {
            for (String cell : line.split("\\t|\\s\\|\\s|\\s{3,}")) {
                Matcher c = CELL.matcher(cell);
                if (c.find() && out.size() < MAX + 5 && c.group(2).matches("(?s).*\\p{Lu}.*")) {
                    out.add(new Mention(-1, 0, 0, null, false, Integer.valueOf(c.group(1)), c.group(2).replaceAll("\\s+", ""), null, null, "", "", ""));
                }
            }
        }
        return out;
    }

    private static Mention mention(String para, int p, int start, int end, String kind, boolean so, Integer number, String symbol) {
        String rest = para.substring(end);
        Matcher a = ATTACHED_DATE.matcher(rest);
        DateParts date = a.find() ? date(a) : null;
        int sentenceFrom = sentenceStart(para, start);
        int sentenceTo = sentenceEnd(para, end);
        Matcher any = ANY_DATE.matcher(para.substring(sentenceFrom, sentenceTo));
        DateParts sentenceDate = any.find() ? date(any) : null;
        int sentence = 0;
        for (int i = 0; i < sentenceFrom; i++) {
            if (".!?".indexOf(para.charAt(i)) >= 0 && i + 1 < para.length() && Character.isWhitespace(para.charAt(i + 1))) {
                sentence++;
            }
        }
        String before = para.substring(Math.max(sentenceFrom, start - 60), start);
        String after = rest.substring(0, Math.min(rest.length(), 80));
        String opening = para.substring(sentenceFrom, Math.min(para.length(), sentenceFrom + 40));
        return new Mention(p, start, sentence, kind, so, number, symbol, date, sentenceDate, before, after, opening);
    }

    private static DateParts date(Matcher m) {
        int g = m.group(1) != null ? 1 : 4;
        return new DateParts(Integer.valueOf(m.group(g)), Integer.valueOf(m.group(g + 1)), Integer.valueOf(m.group(g + 2)));
    }

    private static int sentenceStart(String para, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (".!?".indexOf(para.charAt(i - 1)) >= 0 && Character.isWhitespace(para.charAt(i)) && i + 1 < para.length()
                    && Character.isUpperCase(para.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String para, int at) {
        for (int i = at; i < para.length() - 1; i++) {
            if (".!?".indexOf(para.charAt(i)) >= 0 && Character.isWhitespace(para.charAt(i + 1))) {
                return i;
            }
        }
        return para.length();
    }
}
