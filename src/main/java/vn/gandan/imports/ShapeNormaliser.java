package vn.gandan.imports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape a copy gives a text, undone where the text is read (session 19, robustness to how the same document
 * arrives; measured by the test harness {@code CorpusVariants}). A web page's chrome above the document — a date
 * stamp with the hour ("Thứ hai, 12/05/2025 08:30"), a view counter ("Lượt xem: 1.245"), a breadcrumb from the home
 * page ("Trang chủ » Văn bản » …"), the share / print links — names no field of the document, but its date and year
 * were read as the document's date, period and title; the site's name right above them ("CỔNG THÔNG TIN ĐIỆN TỬ …")
 * was read as a superior body. A date stamp goes only with other chrome within two lines: alone above a news item it is the
 * page's dateline, which dates the item. Those lines, among the first lines of the text only, are dropped (the document then
 * starts where it would have without them); a text without them is returned as it is, uncopied.
 */
final class ShapeNormaliser {

    /** How many lines from the top may carry page chrome. */
    private static final int TOP = 12;
    /** How many lines from the top may hold the header's date line. */
    private static final int DATE_LINES = 40;
    private static final Pattern OPEN_DATE = Pattern.compile("^(?:.*\\|\\s*)?(?:[^,|]{1,40},\\s*)?ngay\\s*(?:\\d{1,2}\\s*(?:thang\\s*(?:\\d{1,2}\\s*(?:nam)?)?)?)?$");
    private static final Pattern DATE_REST = Pattern.compile("^(?:\\d{1,4}|thang|nam)\\b.*");
    private static final Pattern WHOLE_DATE = Pattern.compile(".*\\bngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*\\d{4}\\b.*");
    /** How many lines from the top show a text spaced double. */
    private static final int DOUBLE_SPACED_LINES = 60;
    private static final Pattern STAMP = Pattern.compile(
            "^(?:(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s*,?\\s*)?(?:ngay\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}\\s*[-,|]?\\s*\\d{1,2}(?::|h)\\d{2}(?::\\d{2})?\\s*(?:\\(?gmt[+\\d:]*\\)?|am|pm)?\\s*\\|?$");
    private static final Pattern WEEKDAY_STAMP = Pattern.compile(
            "^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\\s*,\\s*(?:ngay\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s*[-,|]?\\s*\\d{1,2}(?::|h)\\d{2}(?::\\d{2})?)?\\s*(?:\\(?gmt[+\\d:]*\\)?)?$");
    private static final Pattern COUNTER = Pattern.compile("^(?:so )?(?:luot xem|luot truy cap|da xem)\\s*:?\\s*[\\d.,]+$");
    private static final Pattern CRUMB = Pattern.compile("^trang chu\\s*[»›>/|].*");
    private static final Pattern LINKS = Pattern.compile("^(?:chia se|in trang|in bai|gui email|gui bai)(?:\\s*[|/]\\s*(?:chia se|in trang|in bai|gui email|gui bai|in))*$");

    /**
     * s24: a portal template's reading tools — the font-size buttons "A- A A+", often with the share and contrast links on the
     * same line ("A- A A+ | Tăng tương phản Giảm tương phản"). The template puts them right above the post: what stands
     * above them is the site's banner, menus and breadcrumb, never the document.
     */
    private static final Pattern READING_TOOLS = Pattern.compile("^a\\s*-\\s+a\\s+a\\s*\\+(?:\\s*\\|.*)?$");
    /** s24: a post's action buttons on lines of their own ("Đọc bài Lưu", "Đọc bài", "Lưu", "Xem", "Tập tin đính kèm", "In bài"). */
    private static final Pattern ACTIONS = Pattern.compile(
            "^(?:(?:doc bai|luu|xem|chia se|tap tin dinh kem|in bai|in trang|gui email|quay lai|len dau trang)\\s*\\|?\\s*)+$");
    /**
     * s24: a post's rating widget, anywhere in the text: "Tổng số điểm của bài viết là: 0 trong 0 đánh giá" (a score and a
     * count of votes), "Click để đánh giá bài viết" (the call to vote).
     */
    private static final Pattern RATING = Pattern.compile(
            "^(?:tong so diem cua bai viet la\\s*:?\\s*[\\d.,]+\\s*trong\\s*(?:tong so\\s*)?[\\d.,]+\\s*danh gia|(?:click|bam|nhan|kich)\\s*(?:vao\\s*)?de danh gia bai viet)\\.?$");
    /**
     * s24: a portal menu's category, a line of two or more section names joined ("Thông báo - Kế hoạch", "Văn bản - Công
     * văn", "Tin tức, Sự kiện"): kind words naming a list of posts, not the kind of the post below.
     */
    private static final Pattern MENU_CATEGORY;
    /** s24: the page's own kind line, the kind word in capitals opening a line ("KẾ HOẠCH", "THÔNG BÁO Về việc …"). */
    private static final Pattern OWN_KIND = Pattern.compile("^(?:" + MetadataKeys.kindWordsUpper() + ")(?![\\p{L}])(?:\\s*:?\\s*$|\\s+.*)");

    static {
        String kind = vn.gandan.shared.Texts.fold(MetadataKeys.kindWords());
        String name = "(?:" + kind + "|tin tuc|su kien|thong tin|tai lieu|bieu mau)";
        MENU_CATEGORY = Pattern.compile("^" + name + "(?:\\s*[-–,/&|]\\s*" + name + ")+$");
    }

    /** How many lines from the top may hold a portal template's reading tools. */
    private static final int TOOLS_LINES = 150;

    /** s20: a legal library's banner on a line of its own above the copy ("THƯ VIỆN PHÁP LUẬT"): read as a superior body. */
    private static final Pattern LIBRARY = Pattern.compile("^(?:thu vien phap luat|thuvienphapluat(?:\\.vn)?|luat minh khue|luatvietnam(?:\\.vn)?|luat viet nam)$");
    private static final Pattern SITE = Pattern.compile("^(?:cong thong tin dien tu|trang thong tin dien tu|trang tin dien tu|website)\\b.{0,80}$");

    private ShapeNormaliser() {
    }

    /** The text without the page chrome of its first lines, and single-spaced if a copy spaced it double; the same object when neither. */
    static CharSequence normal(CharSequence text) {
        return datesJoined(singleSpaced(withoutChrome(withoutMenuKinds(withoutTemplate(ScanTitleMarks.mended(DayDebrisCell.mended(ScanHeaderLines.mended(HeaderLandmarks.split(LayerMotto.mended(LayerDateCell.mended(CopyNoise.repaired(text)))))))))))); // s29: a place-date cell whose pen-filled day reads as debris, no "Số" cell beside it; s20: a copy's letter noise (PDF fonts, OCR, TCVN3 debris); s27: header cells glued by a reader, a scan's margin bars around a wrapped title line; s28: a place-date cell and the motto read through a broken text layer
    }

    /**
     * A header's date line wrapped by a PDF before its end ("Long Thượng, ngày 10 tháng 05 năm" / "2023", "… ngày 09
     * tháng" / "10 năm 2018 |"): among the first lines, a line ending inside "ngày … tháng … năm …" is joined with the next
     * when that one completes it into a whole date.
     */
    static CharSequence datesJoined(CharSequence text) {
        int start = 0;
        String previous = null;
        int previousEnd = -1;
        java.util.List<Integer> joins = new java.util.ArrayList<>();
        for (int line = 0; line < DATE_LINES && start < text.length(); line++) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            String now = fold(text.subSequence(start, end).toString());
            if (previous != null && OPEN_DATE.matcher(previous).matches() && DATE_REST.matcher(now).matches()
                    && WHOLE_DATE.matcher(previous + " " + now).matches()) {
                joins.add(previousEnd);
            }
            previous = now;
            previousEnd = end;
            start = end + 1;
        }
        if (joins.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = joins.size() - 1; i >= 0; i--) {
            int at = joins.get(i);
            int from = at > 0 && out.charAt(at - 1) == '\r' ? at - 1 : at;
            out.replace(from, at + 1, " ");
        }
        return out.toString();
    }

    /**
     * A text whose every line stands as a paragraph of its own, a blank line after each (a portal's copy, one paragraph per
     * line), has lost nothing to its blank lines: the header's pieces ("Cà" / "Mau, ngày …", "Số:" / "36/KH-UBND") are read
     * as they are read in the same text single-spaced. From its first lines (12 or more non-blank, none right under another):
     * the single blank lines removed, a longer run of them kept as one.
     */
    static CharSequence singleSpaced(CharSequence text) {
        int nonBlank = 0;
        boolean previous = false;
        int start = 0;
        for (int line = 0; line < DOUBLE_SPACED_LINES && start < text.length(); line++) {
            int end = start;
            boolean blank = true;
            while (end < text.length() && text.charAt(end) != '\n') {
                blank &= Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\u00a0';
                end++;
            }
            if (!blank && previous) {
                return text; // two lines one under the other: the text is not spaced double
            }
            nonBlank += blank ? 0 : 1;
            previous = !blank;
            start = end + 1;
        }
        if (nonBlank < 12) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int blanks = 0;
        for (String line : text.toString().split("\n", -1)) {
            if (line.replace('\u00a0', ' ').isBlank()) {
                blanks++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blanks >= 2 ? "\n\n" : "\n");
            }
            out.append(line);
            blanks = 0;
        }
        return out.append('\n').toString();
    }

    /**
     * s24: the text of a post on a portal template without the template around it: among the first lines, the lines down to
     * the reading tools ("A- A A+ |") — the site's banner, menus and breadcrumb ("Trang chủ" / "Tin tức" / "Thông báo - Kế
     * hoạch") — and, anywhere, the rating widget's lines. A menu's kind words are then never read as the document's kind
     * line. The same object when the text has neither.
     */
    static CharSequence withoutTemplate(CharSequence text) {
        int tools = -1;
        java.util.Set<Integer> rating = new java.util.HashSet<>();
        int line = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (end - start <= SHORT_LINE) { // the template's lines are short: a long line is never folded
                String f = fold(text.subSequence(start, end).toString());
                if (tools < 0 && line < TOOLS_LINES && READING_TOOLS.matcher(f).matches()) {
                    tools = line;
                }
                if (RATING.matcher(f).matches()) {
                    rating.add(line);
                }
            }
            start = end + 1;
        }
        if (tools < 0 && rating.isEmpty()) {
            return text;
        }
        int first = tools + 1;
        return kept(text, i -> i < first || rating.contains(i));
    }

    /** The longest line the template's tools, buttons and rating take. */
    private static final int SHORT_LINE = 300;

    /** Where the line starting at {@code start} ends: its break, or the text's end. */
    private static int lineEnd(CharSequence text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The lines not dropped (numbered from 0, as {@code split("\n", -1)} numbers them), joined again by their breaks; read
     * line by line from the text, never as an array of all its lines (a 20 MB text stays one copy).
     */
    private static String kept(CharSequence text, java.util.function.IntPredicate dropped) {
        StringBuilder out = new StringBuilder(text.length());
        int line = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (!dropped.test(line)) {
                out.append(text, start, end);
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * s24: the text without its menus' categories ("Thông báo - Kế hoạch") among the first lines when the page's own kind
     * line ("KẾ HOẠCH") follows them there: a menu's kind words are never the document's kind line. The same object when
     * there is no such category or no own kind line after it.
     */
    static CharSequence withoutMenuKinds(CharSequence text) {
        java.util.List<Integer> menus = new java.util.ArrayList<>();
        int own = -1;
        int i = 0;
        for (int start = 0; start <= text.length() && i < TOOLS_LINES; i++) {
            int end = lineEnd(text, start);
            String line = text.subSequence(start, end).toString().replace('\u00a0', ' ').strip();
            if (line.length() <= 60 && MENU_CATEGORY.matcher(fold(line)).matches()) {
                menus.add(i);
            } else if (!menus.isEmpty() && OWN_KIND.matcher(line).matches()) {
                own = i;
            }
            start = end + 1;
        }
        final int kindLine = own;
        java.util.Set<Integer> dropped = new java.util.HashSet<>(menus.stream().filter(m -> m < kindLine).toList());
        if (dropped.isEmpty()) {
            return text;
        }
        return kept(text, dropped::contains);
    }

    /** The text without the page chrome of its first lines; the same object when there is none. */
    static CharSequence withoutChrome(CharSequence text) {
        int[] starts = new int[TOP + 1];
        int[] ends = new int[TOP + 1];
        boolean[] chrome = new boolean[TOP + 1];
        boolean[] stamp = new boolean[TOP + 1];
        int n = 0;
        boolean any = false;
        for (int start = 0; n < TOP && start < text.length(); n++) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            starts[n] = start;
            ends[n] = end;
            String line = text.subSequence(start, end).toString();
            chrome[n] = chrome(line);
            stamp[n] = chrome[n] && stamp(fold(line));
            any |= chrome[n] && !stamp[n];
            start = end + 1;
        }
        if (!any) {
            return text;
        }
        for (int i = 0; i < n; i++) { // a date stamp alone above a news item dates it (the page's dateline): it goes only with other chrome
            boolean near = false;
            for (int j = Math.max(0, i - 2); j < Math.min(n, i + 3); j++) {
                near |= j != i && chrome[j] && !stamp[j];
            }
            chrome[i] &= !stamp[i] || near;
        }
        for (int i = 0; i < n; i++) { // the site's name, right above the page's chrome, is chrome too
            boolean above = false;
            for (int j = i + 1; j < Math.min(n, i + 4); j++) {
                above |= chrome[j];
            }
            chrome[i] |= above && SITE.matcher(fold(text.subSequence(starts[i], ends[i]).toString())).matches();
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (chrome[i]) {
                out.append(text, from, starts[i]); // the line is dropped with its break
                from = Math.min(ends[i] + 1, text.length());
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** A section heading ("I. MỤC ĐÍCH", "A. NHIỆM VỤ CHUNG", "1. Mục đích") run on at the end of a name. */
    private static final Pattern HEADING_TAIL = Pattern.compile("\\s+(?:[IVX]{1,4}|[A-D]|\\d{1,2})\\s*[.)]\\s+\\p{Lu}.*$");

    /**
     * s20: the issuers and superior without a section heading a flattened header ran on into them — a header laid on one
     * line (a portal's table row, "UBND … | PHÒNG … | CỘNG HÒA …") leaves its left column's last name right before the
     * body's first numbered heading, and the name read on over it ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO I. MỤC ĐÍCH YÊU CẦU"). No
     * unit's name holds "I. " or "A. " followed by a capital word; the name is cut there. The same object when none does.
     */
    static IssuerSignals.Decision withoutHeading(IssuerSignals.Decision who) {
        List<String> issuers = who.issuers().stream().map(ShapeNormaliser::withoutHeading).filter(x -> !x.isBlank()).toList();
        String parent = who.parent() == null ? null : withoutHeading(who.parent());
        parent = parent != null && parent.isBlank() ? null : parent;
        return issuers.equals(who.issuers()) && java.util.Objects.equals(parent, who.parent()) ? who
                : new IssuerSignals.Decision(issuers, parent, who.confidence());
    }

    static String withoutHeading(String name) {
        java.util.regex.Matcher m = HEADING_TAIL.matcher(name);
        return m.find() && m.start() > 0 ? name.substring(0, m.start()) : name;
    }

    private static boolean stamp(String folded) {
        return STAMP.matcher(folded).matches() || WEEKDAY_STAMP.matcher(folded).matches();
    }

    private static String fold(String line) {
        return vn.gandan.shared.Texts.fold(line.replace('\u00a0', ' ').replace("*", "")).strip();
    }

    /** Whether a line is a web page's chrome: a date stamp with the hour, a view counter, a breadcrumb, share / print links. */
    static boolean chrome(String line) {
        String f = fold(line);
        if (f.isEmpty() || f.length() > 120) {
            return false;
        }
        return stamp(f) || COUNTER.matcher(f).matches() || LIBRARY.matcher(f).matches()
                || CRUMB.matcher(f).matches() || LINKS.matcher(f).matches() || ACTIONS.matcher(f).matches();
    }
}
