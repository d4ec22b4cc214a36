package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 15: the text shapes the number, symbol and date are written in, brought to the one form the header and
 * headline steps read ("Số: 45/KH-UBND", "An Bình, ngày 05 tháng 3 năm 2024", "ngày 05/3/2024"), by shape, not by
 * document:
 * <ul>
 * <li>a number cell read by OCR or typed in lower case ("S6: 45/KH-UBND", "Sô:", "số: 45/…") — only with the colon;</li>
 * <li>a numeric date with dashes or dots ("ngày 05-3-2024", "ngày 05.3.2024") — the slash form;</li>
 * <li>a place and a numeric date without "ngày" ("An Bình, 5/3/2024") — only under a national motto (a formal header),
 * never a weekday ("Thứ Hai, 05/3/2024", a page's posting line) or a time after it;</li>
 * <li>a place and date line broken before the year ("…, ngày 05 tháng 3" / "năm 2024") — joined (see
 * {@link #dateOpen});</li>
 * <li>a date in words in a news sentence ("ngày 12 tháng 5 năm 2023") — the numeric form the sentence readers know;</li>
 * <li>a legal library's metadata rows ("Số hiệu: 45/KH-UBND", "Ngày ban hành: 05/03/2024") — read only when the header
 * and the headline gave no number and no date ({@link #registry}), then a library's page title ("Kế hoạch 45/KH-UBND năm 2024 …");</li>
 * <li>a line of only a place and a full date anywhere in the text, when the header gave none ({@link #dateLine});</li>
 * <li>a blank number whose dots run past the slash ("Số...../...KHĐĐ"), a place that names its level ("Thành phố Hồ Chí
 * Minh", {@link #wholePlace}), and lines copied with their letters as HTML entities ({@link #entities}).</li>
 * </ul>
 * (A symbol joined by an en dash, "GDĐT – VP", is read by {@code HeaderSegments.NUMBER}; an annexed regulation's date in
 * words by {@code HeaderGaps.annex}.)
 * Nothing is guessed: a shape that is not one of these is left as it was.
 */
final class FieldShapes {

    /** The level words of a numbered urban district or ward ("Quận 6", "Phường 3", "Q. 10"): a place in a big city. */
    static final String NUMBERED_PLACE = "(?:Quận|QUẬN|Phường|PHƯỜNG|Q\\.|P\\.)\\s?\\d{1,2}";
    /** A news item presenting the document it is about: "Đó là nội dung tại Chỉ thị số 03/CT-UBND …", "Đây là các nội dung nêu tại
     *  văn bản số …" — as an issuing verb (session 16). */
    static final String PRESENTING = "(?:Đó|Đây)\\s+là\\s+(?:các\\s+|những\\s+|một số\\s+)?nội dung(?:\\s+chính)?(?:\\s+nêu)?\\s+(?:của|tại|trong)";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "S6:", "S0:", "Sô:", "Sồ:", "So :" (OCR or a lost diacritic) and "số:" in lower case opening a cell (a line, or after a tab, a
     *  "|" or a column gap), before a number or a blank; inside running text ("Quyết định số: 1234/…") it is a citation. */
    private static final Pattern NUMBER_CUE = Pattern.compile("(?:^|(?<=\\t)|(?<=\\S {3})|(?<=\\|))\\s*(?:S[6o0ôồổòóỏơờởố]|số)\\s*:(?=\\s*[\\d/.…_\\-–])");
    /** A blank number whose dots run on past the slash ("Số...../...KHĐĐ"): the symbol starts after them. */
    private static final Pattern BLANK_BEFORE_SYMBOL = Pattern.compile("((?:Số|SỐ)\\s*:?[\\s.…_]*)/[\\s.…_]+(?=\\p{Lu})");
    private static final Pattern DASHED_DATE = Pattern.compile("(ngày\\s*)(\\d{1,2})\\s*[.\\-–]\\s*(\\d{1,2})\\s*[.\\-–]\\s*((?:19|20)\\d{2})(?![\\d.\\-])", CI);
    private static final Pattern PLACE_NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\d])((?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3}),\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})\\s*$");
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)^(?:Thứ\\s|Chủ\\s*nhật|T[2-7]\\b|CN\\b).*");
    private static final Pattern WORD_DATE = Pattern.compile("(ngày\\s+)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})", CI);
    private static final Pattern OPEN_DATE = Pattern.compile(",\\s*ngày\\s*(?:\\d{1,2}|[.…_\\s]*)\\s*tháng\\s*\\d{1,2}\\s*$", CI);
    private static final Pattern REG_NUMBER = Pattern.compile("^\\s*Số hiệu\\s*:?\\s*\\|?\\s*(\\d{1,6})\\s*/\\s*([\\p{L}\\d][\\p{L}\\d&/\\-]*\\p{L}[\\p{L}\\d&]*)(?=\\s|\\||$)");
    private static final Pattern REG_DATE = Pattern.compile("^\\s*Ngày ban hành\\s*:?\\s*\\|?\\s*(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");

    /** A legal library's page title naming the document: "Kế hoạch 45/KH-UBND năm 2024 tổ chức …", "Quyết định số 1528/QĐ-UBND …". */
    private static final Pattern PAGE_TITLE = Pattern.compile("^(?:" + KindWords.ANY + ")\\s+(?:số\\s+)?(\\d{1,6})\\s*/\\s*((?:\\d{4}/)?\\p{Lu}[\\p{L}\\d&]*(?:[/\\-][\\p{L}\\d&]+)*)"
            + "(?:\\s+năm\\s+(?:19|20)\\d{2})?\\s+\\S", CI);
    /** A line that is only a place and a date: the document's own date, wherever it stands (the signature block, a header
     *  lost above); a cited document's date always stands inside a sentence. */
    private static final Pattern DATE_LINE = Pattern.compile("^(" + NUMBERED_PLACE + "|(?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3}),\\s*ngày\\s*"
            + "(\\d{1,2})\\s*(?:tháng|/)\\s*(\\d{1,2})\\s*(?:năm|/)\\s*((?:19|20)\\d{2})\\s*\\.?$");

    /** The place and date of a line that is only those. */
    record Dated(String place, DateParts date) {
    }

    /** Number, symbol and date a legal library's metadata rows give. */
    record Registry(Integer number, String symbol, DateParts date) {
    }

    private FieldShapes() {
    }

    /** A place that names its level, "Thành phố Hồ Chí Minh", "Thị xã An Nhơn", "Thị trấn Sịa" (the level and one to three
     *  capitalised words from {@code from} on): whole, so no word of it is taken for the unit text glued before it. */
    static boolean wholePlace(String[] w, int from) {
        int rest = w.length - from - 2;
        if (rest < 1 || rest > 3) {
            return false;
        }
        String level = (w[from] + " " + w[from + 1]).toLowerCase(java.util.Locale.ROOT);
        boolean named = true;
        for (int i = from + 2; i < w.length; i++) {
            named &= Character.isUpperCase(w[i].codePointAt(0));
        }
        return named && (level.equals("thành phố") || level.equals("thị xã") || level.equals("thị trấn"));
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}\\d?|#\\d{2,6}|#[xX][0-9a-fA-F]{2,5});");

    /** A line copied from a page's source with its letters as HTML entities ("Trịnh x&aacute;, ng&agrave;y 22 th&aacute;ng 11",
     *  "&#7875;"): the letters themselves, so the place, the date and every other field read as in a plain copy. */
    static String entities(String line) {
        return line.indexOf('&') >= 0 && ENTITY.matcher(line).find() ? org.jsoup.parser.Parser.unescapeEntities(line, false) : line;
    }

    /** Whether the head carries the national motto: a formal (NĐ 30) header, where a bare "Place, 5/3/2024" is its date. */
    static boolean formal(TextLines d) {
        int n = Math.min(d.raw.size(), HeaderSegments.LIMIT);
        for (int i = 0; i < n; i++) {
            if (HeaderSegments.MOTTO.matcher(d.raw.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A header line's number cue and numeric dates in the forms the header step reads. */
    static String cell(String text, boolean formal) {
        String s = NUMBER_CUE.matcher(text).replaceAll("Số:");
        s = BLANK_BEFORE_SYMBOL.matcher(s).replaceAll("$1/");
        s = DASHED_DATE.matcher(s).replaceAll("$1$2/$3/$4");
        return formal ? placeDate(s) : s;
    }

    /** "An Bình, 5/3/2024" closing a cell → "An Bình, ngày 5/3/2024"; a weekday or a word of running text before it stays. */
    private static String placeDate(String s) {
        for (String piece : s.split("\\t+|\\s*\\|\\s*|\\s{3,}")) {
            Matcher m = PLACE_NUMERIC.matcher(piece);
            if (m.find() && !WEEKDAY.matcher(m.group(1)).matches() && !piece.substring(0, m.start()).matches("(?iu).*\\b(?:ngày|của|số)\\s*$")) {
                String fixed = piece.substring(0, m.start()) + m.group(1) + ", ngày " + m.group(2) + "/" + m.group(3) + "/" + m.group(4);
                return s.replace(piece, fixed);
            }
        }
        return s;
    }

    /** A raw line whose place and date stop before the year ("An Bình, ngày 05 tháng 3"): the next line holds the rest. */
    static boolean dateOpen(String line) {
        return OPEN_DATE.matcher(line).find();
    }

    /** A news head with its dates in words ("ngày 12 tháng 5 năm 2023") in the numeric form ("ngày 12/5/2023"). */
    static String newsDates(String head) {
        return WORD_DATE.matcher(head).replaceAll("$1$2/$3/$4");
    }

    /** The metadata rows of a legal library's page within the first lines, or null when it shows none. */
    static Registry registry(List<String> lines) {
        Integer number = null;
        String symbol = null;
        DateParts date = null;
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String l = lines.get(i);
            Matcher m = REG_NUMBER.matcher(l);
            if (number == null && m.find()) {
                number = Integer.valueOf(m.group(1));
                symbol = m.group(2);
            }
            Matcher dm = REG_DATE.matcher(l);
            if (date == null && dm.find()) {
                date = new DateParts(Integer.valueOf(dm.group(1)), Integer.valueOf(dm.group(2)), Integer.valueOf(dm.group(3)));
            }
        }
        if (number == null) {
            for (int i = 0; i < Math.min(lines.size(), 3); i++) {
                Matcher m = PAGE_TITLE.matcher(lines.get(i));
                if (m.find()) {
                    number = Integer.valueOf(m.group(1));
                    symbol = m.group(2);
                    break;
                }
            }
        }
        FieldShapes.Registry full = number == null && date == null ? FieldRepairs.fullText(lines) : null;
        if (full != null) { // s19: "… giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của …"
            return full;
        }
        FieldRepairs.Named party = number == null ? FieldRepairs.partyHeadline(lines) : null;
        if (party != null) { // s19: "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …" (a Party number joined by a dash; letters respun)
            number = party.number();
            symbol = party.symbol();
        }
        return number == null && date == null ? null : new Registry(number, symbol, date == null ? DateParts.BLANK : date);
    }

    /** The first line that is only a place and a full date, or null; else (session 19) the first line that is only a place and
     *  a month ("Kiên Giang, tháng 5/2015", a report's cover), among the first 60 lines. */
    static Dated dateLine(List<String> lines) {
        for (String l : lines) {
            Matcher m = DATE_LINE.matcher(l.strip());
            if (m.matches() && !WEEKDAY.matcher(m.group(1)).matches() && !WordLists.startsUnit(m.group(1))) {
                return new Dated(m.group(1), new DateParts(Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)), Integer.valueOf(m.group(4))));
            }
        }
        for (int i = 0; i < Math.min(lines.size(), 60); i++) {
            Matcher m = MONTH_LINE.matcher(lines.get(i).strip());
            if (m.matches() && !WEEKDAY.matcher(m.group(1)).matches() && !WordLists.startsUnit(m.group(1))) {
                return new Dated(m.group(1), new DateParts(null, Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3))));
            }
        }
        return null;
    }

    /** A line that is only a place and a month without "ngày" ("Kiên Giang, tháng 5/2015", "Hà Nội, tháng 12 năm 2020"). */
    private static final Pattern MONTH_LINE = Pattern.compile("^(" + NUMBERED_PLACE + "|(?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3}),\\s*"
            + "tháng\\s*(0?[1-9]|1[0-2])\\s*(?:năm|/)\\s*((?:19|20)\\d{2})\\s*\\.?$");

    // ---- Session 16 ----

    /** A sentence's opening connective ("Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào …"): never a place. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?iu)^(?:tuy nhiên|theo đó|trước đó|sau đó|đồng thời|ngoài ra|bên cạnh đó|vì vậy"
            + "|do đó|như vậy|cụ thể|hôm nay|hiện nay|trước đây|mặt khác|từ đó|qua đó|cũng|riêng|đặc biệt|trong đó|tiếp đó|kế đó)$");
    /** Running text after a date: two words in lower case ("… năm 2016 trùng vào ngày thứ bảy"). */
    private static final Pattern RUNNING_ON = Pattern.compile("^\\s*\\p{Ll}+\\s+\\p{Ll}+");

    /**
     * A place and date inside a sentence, not a header's date cell: the "place" is a connective opening the sentence
     * ("Tuy nhiên, ngày 15 tháng 10 năm 2016 …"), or the date runs on into words in lower case ("… năm 2016 trùng vào ngày
     * thứ bảy"). A header's date cell ends its cell, or a kind line in capitals follows it on a line run together.
     */
    static boolean dateInSentence(String place, String after) {
        return place != null && CONNECTIVE.matcher(place.strip()).matches() || RUNNING_ON.matcher(after).find();
    }


    /** After the symbol, one more block of capitals ending the cell ("Số: 161/KH-BCĐ QCDC", "09/TTr – THCS LT"): the last part
     *  of the symbol typed with a space, not a unit's name (no unit word, at most six letters). Session 25: after a dot too, the
     *  dot kept ("Số 04/KH-THPTTX. PL": a school's kind and its place's initials). */
    private static final Pattern SYMBOL_TAIL = Pattern.compile("^(\\.?)\\s+([\\p{Lu}Đ&]{2,6})\\s*$");

    /** The text cell right after the number's cell on its line, one space after the symbol (not a cell of the other column), when
     *  it ends the line or the motto or the date follows it (" QCDC"; s25: after the symbol's dot, "KH-THPTTX. PL"); else "". */
    static String cellAfter(List<HeaderSegments.Seg> segs, HeaderSegments.Seg number, String rawLine) {
        int i = segs.indexOf(number);
        if (i < 0 || i + 1 >= segs.size() || segs.get(i + 1).line() != number.line() || segs.get(i + 1).kind() != HeaderSegments.Kind.TEXT) {
            return "";
        }
        boolean ends = i + 2 >= segs.size() || segs.get(i + 2).line() != number.line() || segs.get(i + 2).kind() == HeaderSegments.Kind.MOTTO
                || segs.get(i + 2).kind() == HeaderSegments.Kind.DATE;
        String next = segs.get(i + 1).text();
        boolean oneSpace = Pattern.compile("[\\p{L}\\d&]\\.? " + Pattern.quote(next) + "(?![\\p{L}\\d])").matcher(rawLine).find(); // not a cell of the other column
        return ends && oneSpace ? " " + next : "";
    }

    /** The symbol's last block of capitals after a space ({@link #SYMBOL_TAIL}), or "" when the cell has none. */
    static String symbolTail(String symbol, String after) {
        Matcher m = SYMBOL_TAIL.matcher(after);
        if (symbol == null || !symbol.matches(".*\\p{Lu}{2,}") || !m.find()) {
            return "";
        }
        String w = m.group(2);
        return WordLists.isUnitWord(w) || WordLists.startsUnit(w) || WordLists.isLocality(w) || w.matches("UBND|HĐND|TP|TX|TT|VN|CHXHCN") ? "" : w;
    }

    /**
     * Session 25: the symbol with its last block ({@link #symbolTail}) joined as the line writes it: after a space, or after a dot
     * and a space ("KH-THPTTX. PL").
     */
    static String withTail(String symbol, String after, String rawLine) {
        String tail = symbolTail(symbol, after);
        if (tail.isEmpty()) {
            return symbol;
        }
        boolean dot = Pattern.compile(Pattern.quote(symbol) + "\\.\\s+" + Pattern.quote(tail) + "(?![\\p{L}\\d])").matcher(rawLine).find();
        return symbol + (dot ? ". " : " ") + tail;
    }

    /**
     * A page's title naming the document by its number ("Thông tư Số: 28/2014/TT-BGDĐT", a download site's heading) above
     * the document's own header, which stands further down with the national motto and the place and date: the line from
     * which the header's anchors are read (the first anchor of the motto's cluster), or 0 when the first anchors already
     * hold a motto or a date, or no motto stands below them.
     */
    static int headerBelowPageTitle(List<HeaderSegments.Seg> segs) {
        int first = -1;
        for (int i = 0; i < segs.size(); i++) {
            HeaderSegments.Seg s = segs.get(i);
            if (s.kind() == HeaderSegments.Kind.TEXT) {
                continue;
            }
            if (first < 0 && s.kind() != HeaderSegments.Kind.NUMBER || first >= 0 && s.line() <= first + 14 && s.kind() != HeaderSegments.Kind.NUMBER) {
                return 0; // a motto, a Party's name or a date among the first anchors: the header is there
            }
            if (first < 0) {
                first = s.line();
            } else if (s.line() > first + 14) {
                for (int j = i; j < segs.size() && segs.get(j).line() <= s.line() + 4; j++) {
                    if (segs.get(j).kind() == HeaderSegments.Kind.MOTTO) {
                        return HeaderGaps.clusterStart(segs, i, first, segs.get(j).line()); // the motto's cluster, its number a few lines above it at most
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    private static final String KIND_WORDS = "kế hoạch|công văn|báo cáo|quyết định|thông báo|hướng dẫn|chỉ thị|nghị quyết|tờ trình|chương trình"
            + "|quy chế|quy định|đề án|thông tư|kết luận";
    /** A kind word in capitals run together with the date before it and the title after it ("… năm2010BÁOCÁOKIỂMTRA THỰC HIỆN …",
     *  a copy that lost its spaces). */
    private static final Pattern GLUED_KIND = Pattern.compile("năm\\s*(?:19|20)\\d{2}\\.?\\s*(BÁO\\s?CÁO|KẾ\\s?HOẠCH|QUYẾT\\s?ĐỊNH|THÔNG\\s?BÁO|CÔNG\\s?VĂN"
            + "|TỜ\\s?TRÌNH|HƯỚNG\\s?DẪN|NGHỊ\\s?QUYẾT|CHƯƠNG\\s?TRÌNH)(?=\\p{Lu})");
    /** A page's headline opening with the kind word and the letter's subject or number ("Công văn V/v lấy ý kiến …",
     *  "Thông báo số 12/TB-UBND …"). */
    private static final Pattern HEADLINE_KIND = Pattern.compile("(?iu)^(" + KIND_WORDS + ")\\s+(?:V/v\\b|về việc\\b|số\\s*\\d)");
    /** The document naming its own kind in its body ("… từ khi công văn này ban hành", "Kế hoạch này thay thế …"). */
    private static final Pattern SELF_KIND = Pattern.compile("(?iu)(?<![\\p{L}])(" + KIND_WORDS + ")\\s+này(?![\\p{L}])");
    private static final Pattern ADDRESSED = Pattern.compile("(?iu)^\\s*K[íi]nh\\s*g[ửu]i\\s*:");

    /**
     * The kind of a document whose header shows no kind line, no V/v subject and no symbol (otherwise the plan's kind
     * stands, with low confidence), read from the shapes that name it: a kind word in capitals run together with the date
     * before it; a page's headline "Công văn V/v …" in the first lines; a letter's "V/v …" subject in the first
     * fifteen lines; the document naming its own kind in its body
     * ("công văn này", one kind only); an addressee line "Kính gửi:" near the top — a letter (a plan is not addressed). Null
     * when none of these shows.
     */
    static String kindByShape(TextLines d) {
        int n = Math.min(d.lines.size(), 40);
        String head = String.join("\n", d.lines.subList(0, n));
        Matcher g = GLUED_KIND.matcher(head);
        if (g.find()) {
            String glued = vn.gandan.shared.Texts.fold(g.group(1)).replace(" ", "");
            for (String w : KIND_WORDS.split("\\|")) {
                String f = vn.gandan.shared.Texts.fold(w);
                if (f.replace(" ", "").equals(glued)) {
                    return DocKinds.ofWord(f);
                }
            }
            return null;
        }
        int seen = 0;
        for (int i = 0; i < n && seen < 4; i++) {
            String l = d.lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            seen++;
            Matcher h = HEADLINE_KIND.matcher(l);
            if (h.find()) {
                return DocKinds.ofWord(vn.gandan.shared.Texts.fold(h.group(1)));
            }
        }
        for (int i = 0; i < Math.min(n, 15); i++) {
            if (d.lines.get(i).matches("(?iu)^(?:null\\s+)?V/v\\s+\\p{L}.*")) {
                return "CONG_VAN"; // a letter's subject ("V/v chủ trương lập …") below page chrome, past where the header step looks
            }
        }
        String alone = kindLineAlone(d.lines, n);
        if (alone != null) { // s19: "BÁO CÁO" on a line of its own below page chrome, where the header step does not look
            return alone;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        Matcher m = SELF_KIND.matcher(d.joined);
        while (m.find()) {
            named.add(vn.gandan.shared.Texts.fold(m.group(1)));
        }
        if (named.size() == 1) {
            return DocKinds.ofWord(named.iterator().next());
        }
        for (int i = 0; i < n; i++) {
            if (ADDRESSED.matcher(d.lines.get(i)).find()) {
                return "CONG_VAN";
            }
        }
        return null;
    }

    /** A kind word in capitals that is a whole line ("BÁO CÁO", "KẾ HOẠCH") or opens a line in capitals ("BÁO CÁO SƠ KẾT …"). */
    private static final Pattern KIND_ALONE = Pattern.compile("^(" + KIND_WORDS.toUpperCase(java.util.Locale.ROOT) + ")(?:\\s*:?$|\\s+[^\\p{Ll}]{8,}$)");

    /** Session 19: the one kind standing in capitals on a line of its own among the first {@code n} lines; null when none, or
     *  when lines of two kinds stand so (a page listing documents). */
    static String kindLineAlone(List<String> lines, int n) {
        String kind = null;
        for (int i = 0; i < Math.min(n, lines.size()); i++) {
            Matcher m = KIND_ALONE.matcher(lines.get(i).strip());
            if (m.matches()) {
                String k = DocKinds.ofWord(vn.gandan.shared.Texts.fold(m.group(1)));
                if (kind != null && !kind.equals(k)) {
                    return null;
                }
                kind = k;
            }
        }
        return kind;
    }

    /** "(Ban hành) kèm theo Quyết định số 236/QĐ-THHM ngày 11 tháng 9 năm 2024 (của …)": the annex naming the decision it belongs to. */
    private static final Pattern ANNEXING = Pattern.compile("(?iu)kèm theo\\s+(Quyết định|Nghị quyết|Thông tư|Chỉ thị)\\s+số\\s*:?\\s*(\\d{1,6})\\s*/\\s*"
            + "((?:\\d{4}/)?\\p{Lu}[\\p{L}\\d&]*(?:\\s*[/\\-–]\\s*[\\p{L}\\d&]+)*)\\s*,?\\s*ngày\\s*(\\d{1,2})\\s*(?:tháng|/|-|\\.)\\s*(\\d{1,2})\\s*(?:năm|/|-|\\.)\\s*((?:19|20)\\d{2})");

    /**
     * A decision (resolution, circular, directive) copied without its number and date, followed by its annex, which names
     * the decision it is annexed to ("Kèm theo Quyết định số 236/QĐ-THHM ngày 11 tháng 9 năm 2024"): the decision's own
     * number, symbol and date — only when the annex names the document's own kind (its header's kind word, or the kind in
     * capitals on a line of its own above the annex: a regulation whose annex names the decision that issued it has no
     * number of its own), and only the first such line.
     */
    static Registry annexing(List<String> lines, String kindWord) {
        java.util.Set<String> ownLines = new java.util.HashSet<>(); // the kinds standing in capitals on a line of their own above
        for (String l : lines) {
            Matcher m = ANNEXING.matcher(l);
            if (m.find()) {
                String kind = vn.gandan.shared.Texts.fold(m.group(1));
                if (!kind.equals(kindWord) && !ownLines.contains(kind)) {
                    return null;
                }
                return new Registry(Integer.valueOf(m.group(2)), m.group(3).replaceAll("\\s+", ""),
                        new DateParts(Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5)), Integer.valueOf(m.group(6))));
            }
            if (l.strip().matches("QUYẾT ĐỊNH|NGHỊ QUYẾT|THÔNG TƯ|CHỈ THỊ")) {
                ownLines.add(vn.gandan.shared.Texts.fold(l.strip()));
            }
        }
        return null;
    }

    /** An issuing verb that is a bare "có" (no "đã", "vừa", "mới" before it). */
    static boolean bareHas(String verb) {
        return verb.strip().equalsIgnoreCase("có");
    }
}
