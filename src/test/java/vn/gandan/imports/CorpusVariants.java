package vn.gandan.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.gandan.shared.Texts;

/**
 * Robustness of the header fields to the SHAPE a text arrives in (session 19, issue 13): the TUNING parts re-scored after
 * realistic, deterministic copy transformations that keep every header field's gold true — the header's two columns
 * flattened onto one line (tab, {@code " | "}, several spaces) or interleaved line by line (a PDF text layer), lines
 * re-wrapped at 50–70 characters with the title broken mid-phrase, one paragraph per line (a portal), page chrome above
 * the header, the motto written differently, NBSP and decomposed accents, {@code **bold**} debris, "Số:12/KH-UBND".
 * For each variant: the per-field change against the unmodified text (aggregate over the parts) and the count of
 * documents that lost a field. Only TUNING parts are accepted: a held-out part's documents are never transformed or read.
 * <p>{@code java … CorpusVariants [part …]} (default: every tuning part).
 */
final class CorpusVariants {

    /** The header fields the variants must not move. */
    static final List<String> FIELDS = List.of("doc_kind", "number", "symbol", "issue_place", "issue_date", "issuers",
            "parent_issuer", "title", "period");
    static final List<String> DEFAULT_PARTS = List.of("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
            "heldout6", "heldout7", "heldout8", "heldout9", "heldout10");

    private static final Pattern CELL_SPLIT = Pattern.compile("\\t+|\\s+\\|\\s*|\\s{3,}|^\\|\\s*");
    private static final Pattern DECORATION = Pattern.compile("^[-_=*~.•–—|\\s]*$");
    private static final Pattern DATE_CELL = Pattern.compile("^([a-z0-9.&()\\s-]{0,40},?\\s*)?ngay\\b.{0,12}thang.*");
    private static final Pattern NUMBER_CELL = Pattern.compile("^so\\s*[:.]?\\s*[\\d.…]+.*|^so\\s*:.*");
    private static final Pattern KIND_LINE = Pattern.compile("^(ke hoach( phoi hop| lien tich)?|bao cao|quyet dinh|cong van|to trinh"
            + "|thong bao|chuong trinh( phoi hop)?|huong dan|nghi quyet|chi thi|ket luan|de an|quy che|cong dien|thong tri)\\b.{0,20}$");

    /** One copy shape: a name and a deterministic transformation of the whole text. */
    record Variant(String name, UnaryOperator<String> shape) {
    }

    /** The header region: lines {@code from..to} (inclusive), holding the motto and the date line; null if none is found. */
    record Region(int from, int to) {
    }

    private CorpusVariants() {
    }

    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("flat-tab", t -> columns(t, "\t", false)));
        v.add(new Variant("flat-bar", t -> columns(t, " | ", false)));
        v.add(new Variant("flat-spaces", t -> columns(t, "      ", false)));
        v.add(new Variant("flat-one-line", t -> oneLine(t)));
        v.add(new Variant("interleaved", t -> columns(t, null, false)));
        v.add(new Variant("rewrap-pdf", CorpusVariants::rewrap));
        v.add(new Variant("portal-paras", CorpusVariants::portal));
        v.add(new Variant("page-chrome", CorpusVariants::chrome));
        v.add(new Variant("motto-hoa", t -> motto(t, 0)));
        v.add(new Variant("motto-lower", t -> motto(t, 1)));
        v.add(new Variant("motto-dash", t -> motto(t, 2)));
        v.add(new Variant("nbsp", CorpusVariants::nbsp));
        v.add(new Variant("nfd", t -> Normalizer.normalize(t, Normalizer.Form.NFD)));
        v.add(new Variant("bold-md", CorpusVariants::bold));
        v.add(new Variant("so-glued", CorpusVariants::glued));
        // session 20: the noise held-out sources show, and shapes combined
        v.add(new Variant("ocr-motto", CorpusVariants::ocrMotto));
        v.add(new Variant("pdf-font", t -> t.replace('ư', 'ƣ').replace('Ư', 'Ƣ')));
        v.add(new Variant("lost-horn", CorpusVariants::lostHorn));
        v.add(new Variant("ocr-digits", CorpusVariants::ocrDigits));
        v.add(new Variant("lost-letter", CorpusVariants::lostLetter));
        v.add(new Variant("y-ban", CorpusVariants::yBan));
        v.add(new Variant("chrome-ascii", CorpusVariants::chromeAscii));
        v.add(new Variant("library-banner", t -> "THƯ VIỆN PHÁP LUẬT\n\n" + t));
        v.add(new Variant("tcvn3", CorpusVariants::tcvn3));
        v.add(new Variant("tcvn3-header", t -> tcvn3Lines(t, 12)));
        v.add(new Variant("chrome+rewrap", t -> chrome(rewrap(t))));
        v.add(new Variant("bar+nbsp", t -> nbsp(columns(t, " | ", false))));
        v.add(new Variant("portal+flat", t -> portal(oneLine(t), false)));
        v.add(new Variant("reversed", t -> columns(t, "\t", true)));
        return v;
    }

    // ---- the shapes ------------------------------------------------------------------------------------------------

    static List<String> lines(String t) {
        return new ArrayList<>(List.of(t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    }

    static String fold(String s) {
        return Texts.fold(s.replace('\u00a0', ' ')).replace("*", "").strip();
    }

    static boolean mottoCell(String cell) {
        String f = fold(cell);
        return f.contains("cong hoa") || f.contains("chu nghia") || f.contains("viet nam") && f.length() < 40
                || f.contains("doc lap") || f.contains("tu do") || f.contains("hanh phuc");
    }

    static boolean dateCell(String cell) {
        String f = fold(cell);
        return !NUMBER_CELL.matcher(f).matches() && DATE_CELL.matcher(f).matches() && f.length() < 90;
    }

    static boolean numberCell(String cell) {
        return NUMBER_CELL.matcher(fold(cell)).matches() && cell.length() < 60;
    }

    /** The header: from the first short line before the motto to the date line (or the number line just after it). */
    static Region region(List<String> l) {
        int motto = -1;
        for (int i = 0; i < Math.min(l.size(), 40) && motto < 0; i++) {
            for (String c : cells(l.get(i))) {
                if (fold(c).contains("cong hoa") || fold(c).contains("xa hoi chu nghia")) {
                    motto = i;
                }
            }
        }
        if (motto < 0) {
            return null;
        }
        int date = -1;
        for (int i = motto; i < Math.min(l.size(), motto + 8) && date < 0; i++) {
            for (String c : cells(l.get(i))) {
                if (dateCell(c)) {
                    date = i;
                }
            }
        }
        if (date < 0) {
            return null;
        }
        for (int i = motto; i <= date; i++) {
            for (String c : cells(l.get(i))) {
                String f = fold(c);
                boolean mixed = f.matches(".+\\b(cong hoa|doc lap)\\b.*") || numberCell(c) && f.contains("ngay");
                if (mixed) {
                    return null; // columns joined by one space: no copy shape separates them reliably, the text is left as it is
                }
            }
        }
        boolean wholeMotto = false;
        boolean wholeDate = false;
        for (int i = motto; i <= date; i++) {
            for (String c : cells(l.get(i))) {
                wholeMotto |= fold(c).matches("cong hoa xa hoi chu nghia viet nam");
                wholeDate |= dateCell(c) && fold(c).matches(".*\\bnam\\s*\\d{4}.*");
            }
        }
        if (!wholeMotto || !wholeDate) {
            return null; // a motto or date broken over lines: no copy shape re-lays it without breaking a field
        }
        int to = date;
        for (int i = date + 1; i < Math.min(l.size(), date + 4); i++) {
            if (cells(l.get(i)).stream().anyMatch(CorpusVariants::numberCell)) {
                to = i;
            }
        }
        int from = motto;
        int seen = 0;
        for (int i = motto - 1; i >= 0 && seen < 7; i--) {
            String s = l.get(i).strip();
            if (s.isEmpty()) {
                from = i;
                continue;
            }
            if (s.length() > 90 || s.contains(": |") || fold(s).startsWith("so hieu") || s.matches(".*[.;]$") || seen >= 4
                    || cells(s).stream().anyMatch(c -> !numberCell(c) && !c.equals(c.toUpperCase(Locale.ROOT)))) {
                break; // the left column's units are written in capitals; a line that is not stops the header
            }
            from = i;
            seen++;
        }
        return new Region(from, to);
    }

    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : CELL_SPLIT.split(line)) {
            String s = c.strip();
            if (!s.isEmpty() && !DECORATION.matcher(s).matches()) {
                boolean numberLabel = !out.isEmpty() && fold(out.get(out.size() - 1)).matches("so\\s*:?");
                if (numberLabel) { // "Số:      /BC-THTM": the label and its number are one cell
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
                } else {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * The header's two columns re-laid: the left (units, number) and right (motto, slogan, place and date) cells paired
     * row by row from the top, the number with the date on the last row; {@code sep == null} interleaves them line by
     * line (left then right), as a PDF text layer gives them.
     */
    static String columns(String t, String sep, boolean reversed) {
        List<String> l = lines(t);
        Region r = region(l);
        if (r == null) {
            return t;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        String number = null;
        String date = null;
        for (int i = r.from(); i <= r.to(); i++) {
            for (String c : cells(l.get(i))) {
                if (number == null && numberCell(c)) {
                    number = c;
                } else if (date == null && dateCell(c)) {
                    date = c;
                } else if (mottoCell(c)) {
                    right.add(c);
                } else {
                    left.add(c);
                }
            }
        }
        List<String> rows = new ArrayList<>();
        int n = Math.max(left.size(), right.size());
        for (int i = 0; i <= n; i++) {
            String a = i < n ? (i < left.size() ? left.get(i) : null) : number;
            String b = i < n ? (i < right.size() ? right.get(i) : null) : date;
            if (reversed) { // s20: the motto column first (a copy that read the table right to left)
                String x = a;
                a = b;
                b = x;
            }
            if (sep == null) {
                if (a != null) {
                    rows.add(a);
                }
                if (b != null) {
                    rows.add(b);
                }
            } else if (a != null && b != null) {
                rows.add(a + sep + b);
            } else if (a != null || b != null) {
                rows.add(a != null ? a : sep.isBlank() ? sep + b : b);
            }
        }
        List<String> out = new ArrayList<>(l.subList(0, r.from()));
        out.addAll(rows);
        out.addAll(l.subList(r.to() + 1, l.size()));
        return String.join("\n", out);
    }

    /** The whole header on one line, its cells in reading order joined by " | " (a portal's table row). */
    static String oneLine(String t) {
        List<String> l = lines(t);
        Region r = region(l);
        if (r == null) {
            return t;
        }
        List<String> cells = new ArrayList<>();
        for (int i = r.from(); i <= r.to(); i++) {
            cells.addAll(cells(l.get(i)));
        }
        List<String> out = new ArrayList<>(l.subList(0, r.from()));
        out.add(String.join(" | ", cells));
        out.addAll(l.subList(r.to() + 1, l.size()));
        return String.join("\n", out);
    }

    /** The kind line's index after the header (or in the first 40 lines), else -1. */
    static int kindLine(List<String> l) {
        Region r = region(l);
        for (int i = r == null ? 0 : r.to() + 1; i < Math.min(l.size(), (r == null ? 0 : r.to()) + 25); i++) {
            if (KIND_LINE.matcher(fold(l.get(i))).matches() && l.get(i).strip().equals(l.get(i).strip().toUpperCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** Lines longer than a width of 50–70 (chosen from the text) broken at the last space before it; the title's first line broken in its middle. */
    static String rewrap(String t) {
        List<String> l = lines(t);
        int width = 50 + Math.floorMod(t.length(), 21);
        int kind = kindLine(l);
        int title = -1;
        for (int i = kind + 1; kind >= 0 && i < Math.min(l.size(), kind + 4); i++) {
            if (!l.get(i).isBlank()) {
                title = i;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            String s = l.get(i);
            if (i == title && s.strip().split("\\s+").length >= 6) {
                String[] w = s.strip().split("\\s+");
                int half = w.length / 2;
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, 0, half)));
                s = String.join(" ", java.util.Arrays.copyOfRange(w, half, w.length));
            }
            if (s.contains("\t") || s.matches(".*\\S\\s{3,}\\S.*")) {
                out.add(s);
                continue;
            }
            while (s.length() > width) {
                int cut = s.lastIndexOf(' ', width);
                if (cut <= 0) {
                    break;
                }
                out.add(s.substring(0, cut));
                s = s.substring(cut + 1);
            }
            out.add(s);
        }
        return String.join("\n", out);
    }

    /** One paragraph per line with blank lines between: the header's cells each a paragraph, a wrapped line joined to the next. */
    static String portal(String t) {
        return portal(t, true);
    }

    /** {@link #portal(String)}; {@code cells == false} keeps the header's lines whole (a header already flattened). */
    static String portal(String t, boolean cells) {
        List<String> l = lines(t);
        Region r = cells ? region(l) : null;
        List<String> paras = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            String s = l.get(i).strip();
            boolean head = r != null && i >= r.from() && i <= r.to();
            if (head) {
                flush(paras, cur);
                paras.addAll(cells(l.get(i)));
                continue;
            }
            if (s.isEmpty()) {
                flush(paras, cur);
                continue;
            }
            boolean continues = cur.length() > 0 && !cur.toString().matches("(?s).*[.;:!?]$") && Character.isLowerCase(s.charAt(0));
            if (!continues) {
                flush(paras, cur);
            } else {
                cur.append(' ');
            }
            cur.append(s);
        }
        flush(paras, cur);
        return String.join("\n\n", paras);
    }

    private static void flush(List<String> paras, StringBuilder cur) {
        if (cur.length() > 0) {
            paras.add(cur.toString());
            cur.setLength(0);
        }
    }

    /** A web page's chrome above the text: site name, breadcrumb, date stamp, view counter. */
    static String chrome(String t) {
        return "CỔNG THÔNG TIN ĐIỆN TỬ\nTrang chủ » Văn bản » Văn bản chỉ đạo, điều hành\nThứ hai, 12/05/2025 08:30\n"
                + "Lượt xem: 1.245\nChia sẻ | In trang\n\n" + t;
    }

    /** The motto written otherwise: 0 "CỘNG HOÀ" (old accent placement), 1 lower case, 2 other dashes in the slogan. */
    static String motto(String t, int how) {
        List<String> l = lines(t);
        Region r = region(l);
        if (r == null) {
            return t;
        }
        for (int i = r.from(); i <= r.to(); i++) {
            String s = l.get(i);
            switch (how) {
                case 0 -> s = s.replace("CỘNG HÒA", "CỘNG HOÀ").replace("Cộng hòa", "Cộng hoà").replace("Cộng Hòa", "Cộng Hoà");
                case 1 -> {
                    StringBuilder sb = new StringBuilder();
                    for (String c : s.split("((?<=\\t)|(?=\\t)|(?<=\\s{3})(?=\\S))")) {
                        if (mottoCell(c)) {
                            String low = c.toLowerCase(new Locale("vi"));
                            int lead = low.length() - low.stripLeading().length();
                            low = low.substring(0, lead) + Character.toUpperCase(low.charAt(lead)) + low.substring(lead + 1);
                            c = low.replace("việt nam", "Việt Nam").replace("tự do", "Tự do").replace("hạnh phúc", "Hạnh phúc");
                        }
                        sb.append(c);
                    }
                    s = sb.toString();
                }
                default -> s = s.replaceAll("(?i)(Độc lập|ĐỘC LẬP)\\s*[-–—]+\\s*(Tự do|TỰ DO)\\s*[-–—]+\\s*", "$1 — $2 — ");
            }
            l.set(i, s);
        }
        return String.join("\n", l);
    }

    /** No-break spaces for every space of the first 40 lines (an HTML page's {@code &nbsp;} kept by a copy). */
    static String nbsp(String t) {
        List<String> l = lines(t);
        for (int i = 0; i < Math.min(40, l.size()); i++) {
            l.set(i, l.get(i).replace(' ', '\u00a0'));
        }
        return String.join("\n", l);
    }

    /** {@code **bold**} around every non-blank line of the header, the kind line and the title (Word through markdown). */
    static String bold(String t) {
        List<String> l = lines(t);
        Region r = region(l);
        int kind = kindLine(l);
        int from = r == null ? Math.max(kind, 0) : r.from();
        int to = kind >= 0 ? Math.min(l.size() - 1, kind + 2) : r == null ? -1 : r.to();
        for (int i = from; i <= to && i < l.size(); i++) {
            List<String> cs = cells(l.get(i));
            if (!cs.isEmpty()) {
                String s = l.get(i);
                for (String c : cs) {
                    s = s.replace(c, "**" + c + "**");
                }
                l.set(i, s);
            }
        }
        return String.join("\n", l);
    }

    /** "Số: 12/KH-UBND" written "Số:12/KH-UBND". */
    static String glued(String t) {
        List<String> l = lines(t);
        for (int i = 0; i < Math.min(40, l.size()); i++) {
            l.set(i, l.get(i).replaceAll("(Số|SỐ)\\s*:\\s+(?=\\S)", "$1:"));
        }
        return String.join("\n", l);
    }

    // ---- session 20: noise ---------------------------------------------------------------------------------------

    /** Applies {@code f} to the header region's lines (motto to date / number line); the text as it is when there is none. */
    private static String inRegion(String t, UnaryOperator<String> f) {
        List<String> l = lines(t);
        Region r = region(l);
        if (r == null) {
            return t;
        }
        for (int i = r.from(); i <= r.to(); i++) {
            l.set(i, f.apply(l.get(i)));
        }
        return String.join("\n", l);
    }

    /** The motto as OCR reads it: "XĂ HỘI" for "XÃ HỘI", "CỘNG HOA", "Hanh phúc" (a tone lost). */
    static String ocrMotto(String t) {
        return inRegion(t, s -> s.replace("XÃ HỘI", "XĂ HỘI").replace("Xã hội", "Xă hội").replace("Xã Hội", "Xă Hội")
                .replace("CỘNG HÒA", "CỘNG HOA").replace("CỘNG HOÀ", "CỘNG HOA").replace("Hạnh phúc", "Hanh phúc")
                .replace("Hạnh Phúc", "Hanh Phúc"));
    }

    private static final Pattern HORNED_WORD = Pattern.compile("[\\p{L}\\p{M}]*[ƯưƠơỨứỪừỬửỮữỰựỚớỜờỞởỠỡỢợ][\\p{L}\\p{M}]*");

    /** The header's words with a horned letter written without their marks, as a font without those letters gives them ("TRUONG"). */
    static String lostHorn(String t) {
        return inRegion(t, s -> {
            Matcher m = HORNED_WORD.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String bare = Normalizer.normalize(m.group(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                m.appendReplacement(sb, Matcher.quoteReplacement(bare));
            }
            return m.appendTail(sb).toString();
        });
    }

    private static final Pattern NUMBER_DIGITS = Pattern.compile("((?:Số|SỐ|số)\\s*[:.]?\\s*)(\\d+)");
    private static final Pattern DATE_DIGITS = Pattern.compile("((?:ngày|Ngày|NGÀY)\\s*)(\\d{1,2})(\\s*(?:tháng|THÁNG)\\s*)(\\d{1,2})");

    /** OCR's "l" and "I" for "1" in the header's number and date ("Số: l2/KH-UBND", "ngày I5 tháng l0"). */
    static String ocrDigits(String t) {
        return inRegion(t, s -> {
            Matcher n = NUMBER_DIGITS.matcher(s);
            s = n.find() ? s.substring(0, n.start(2)) + n.group(2).replace('1', 'l') + s.substring(n.end(2)) : s;
            Matcher d = DATE_DIGITS.matcher(s);
            return d.find() ? s.substring(0, d.start(2)) + d.group(2).replace('1', 'I') + d.group(3) + d.group(4).replace('1', 'l')
                    + s.substring(d.end(4)) : s;
        });
    }

    /** A letter lost inside the motto's words and the date line's "tháng" ("CHỦ NGHA", "Hạnh phc", "thág"). */
    static String lostLetter(String t) {
        return inRegion(t, s -> s.replace("CHỦ NGHĨA", "CHỦ NGHA").replace("Chủ nghĩa", "Chủ ngha").replace("Hạnh phúc", "Hạnh phc")
                .replace("Hạnh Phúc", "Hạnh Phc").replaceFirst("(ngày\\s*\\d{1,2}\\s*)tháng", "$1thág"));
    }

    /** "Y BAN" for "ỦY BAN" / "UỶ BAN" in the header (the first letter lost under its marks). */
    static String yBan(String t) {
        return inRegion(t, s -> s.replaceAll("(?<![\\p{L}])(?:ỦY|UỶ|ỦY)(?= BAN)", "Y"));
    }

    /** The page's chrome without diacritics (a web copy whose template is ASCII). */
    static String chromeAscii(String t) {
        return "CONG THONG TIN DIEN TU\nTrang chu » Van ban » Van ban chi dao, dieu hanh\nThu hai, 12/05/2025 08:30\n"
                + "Luot xem: 1.245\nChia se | In trang\n\n" + t;
    }

    private static final Map<Character, Character> TO_TCVN3 = new java.util.HashMap<>();

    static {
        for (char c = 0xA1; c <= 0xFF; c++) {
            String u = LegacyFonts.fromTcvn3(String.valueOf(c));
            if (u.length() == 1 && Character.isLetter(u.charAt(0)) && (u.charAt(0) != c || Character.isLowerCase(c))) { // "ý" is its own code; "Ý" (0xDD) is "í"'s, "Ã" none
                TO_TCVN3.putIfAbsent(u.charAt(0), c);
            }
        }
    }

    /** A line in the TCVN3 (ABC) font: one code per letter; a toned capital has none and is written in the lower-case code (the .VnTimeH font). */
    static String toTcvn3(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray()) {
            Character code = TO_TCVN3.get(c);
            code = code == null ? TO_TCVN3.get(Character.toLowerCase(c)) : code;
            sb.append(code == null ? c : code);
        }
        return sb.toString();
    }

    /** The whole text in TCVN3 (an old .doc read without its fonts). */
    static String tcvn3(String t) {
        return toTcvn3(t);
    }

    /** The first {@code n} lines in TCVN3, the rest in Unicode (123doc debris: a header table kept in its old font). */
    static String tcvn3Lines(String t, int n) {
        List<String> l = lines(t);
        for (int i = 0; i < Math.min(n, l.size()); i++) {
            l.set(i, toTcvn3(l.get(i)));
        }
        return String.join("\n", l);
    }

    // ---- the measurement -------------------------------------------------------------------------------------------

    /** Per-document, per-field scores of one variant (document key "part/name.json"). */
    static Map<String, Map<String, Double>> scoreVariant(List<String> parts, Variant v, Path work) throws IOException, InterruptedException {
        Path gold = work.resolve("gold");
        Path pred = Files.createDirectories(work.resolve(v == null ? "base" : v.name()));
        Files.createDirectories(gold);
        for (String part : parts) {
            if (!CorpusScore.TUNING_PARTS.contains(part)) {
                throw new IllegalArgumentException(part + " is held out: its documents are never transformed");
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(CorpusScore.CORPUS.resolve(part))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String name = part + "__" + f.getFileName().toString().replaceFirst("\\.txt$", ".json");
                Path g = CorpusScore.CORPUS.resolve(part).resolve("gold").resolve(name.substring(part.length() + 2));
                if (!Files.exists(gold.resolve(name))) {
                    Files.copy(g, gold.resolve(name));
                }
                byte[] bytes = Files.readAllBytes(f);
                if (v != null) {
                    String text = Readers.text(bytes).toString();
                    bytes = v.shape().apply(text).getBytes(StandardCharsets.UTF_8);
                }
                Extraction e = Extractor.extract(f.getFileName().toString(), Readers.text(bytes));
                Files.writeString(pred.resolve(name), Json.write(e), StandardCharsets.UTF_8);
            }
        }
        Process p = new ProcessBuilder("python3", CorpusScore.scorer().toString(), "--gold", gold.toString(), "--pred",
                pred.toString(), "-v").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("scorer timed out");
        }
        Map<String, Map<String, Double>> docs = new TreeMap<>();
        Pattern kv = Pattern.compile("(\\w+)=([0-9.]+)");
        for (String line : out.lines().toList()) {
            if (!line.endsWith(".json") && line.contains(".json ") && !line.startsWith(" ")) {
                String doc = line.substring(0, line.indexOf(".json ") + 5);
                Map<String, Double> row = new LinkedHashMap<>();
                Matcher m = kv.matcher(line.substring(doc.length()));
                while (m.find()) {
                    if (FIELDS.contains(m.group(1))) {
                        row.put(m.group(1), Double.parseDouble(m.group(2)));
                    }
                }
                docs.put(doc, row);
            }
        }
        return docs;
    }

    /** The table row of one variant against the base: per-field change (mean over the documents), documents that lost a field. */
    record Row(String variant, int changed, Map<String, Double> delta, int lost, Map<String, Integer> lostBy, List<String> losers) {
    }

    static Row compare(String name, Map<String, Map<String, Double>> base, Map<String, Map<String, Double>> var, int changed) {
        Map<String, Double> delta = new LinkedHashMap<>();
        Map<String, Integer> lostBy = new LinkedHashMap<>();
        List<String> losers = new ArrayList<>();
        for (String f : FIELDS) {
            double sum = 0;
            int n = 0;
            for (var e : base.entrySet()) {
                Double b = e.getValue().get(f);
                if (b != null) {
                    double x = var.getOrDefault(e.getKey(), Map.of()).getOrDefault(f, 0.0);
                    sum += x - b;
                    n++;
                    if (x < b - 1e-9) {
                        lostBy.merge(f, 1, Integer::sum);
                    }
                }
            }
            delta.put(f, n == 0 ? 0 : sum / n);
        }
        for (var e : base.entrySet()) {
            for (var f : e.getValue().entrySet()) {
                if (var.getOrDefault(e.getKey(), Map.of()).getOrDefault(f.getKey(), 0.0) < f.getValue() - 1e-9) {
                    losers.add(e.getKey() + ":" + f.getKey());
                }
            }
        }
        int lost = (int) losers.stream().map(s -> s.substring(0, s.lastIndexOf(':'))).distinct().count();
        return new Row(name, changed, delta, lost, lostBy, losers);
    }

    /** How many documents of the parts a variant changes at all. */
    static int changed(List<String> parts, Variant v) throws IOException {
        int n = 0;
        for (String part : parts) {
            try (Stream<Path> s = Files.list(CorpusScore.CORPUS.resolve(part))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    String text = Readers.text(Files.readAllBytes(f)).toString();
                    n += v.shape().apply(text).equals(text) ? 0 : 1;
                }
            }
        }
        return n;
    }

    static String header() {
        StringBuilder sb = new StringBuilder(String.format("%-14s %5s %6s", "variant", "docs", "lost"));
        for (String f : FIELDS) {
            sb.append(String.format(" %9s", f.replace("issue_", "").replace("parent_issuer", "parent")));
        }
        return sb.append("  mean").toString();
    }

    static String format(Row r) {
        StringBuilder sb = new StringBuilder(String.format("%-14s %5d %6d", r.variant(), r.changed(), r.lost()));
        double sum = 0;
        for (String f : FIELDS) {
            double d = r.delta().get(f);
            sum += d;
            sb.append(String.format(" %+6.3f/%-2d", d, r.lostBy().getOrDefault(f, 0)));
        }
        return sb.append(String.format("  %+.4f", sum / FIELDS.size())).toString();
    }

    public static void main(String[] args) throws Exception {
        run(args, variants(), "corpus-variants");
    }

    /**
     * The variant table of {@code variants} on the parts the arguments name (default {@link #DEFAULT_PARTS});
     * {@code variant=a,b} keeps some, {@code -v} lists the documents that lost a field. Also {@code IssuerVariants}'.
     */
    static void run(String[] args, List<Variant> variants, String workPrefix) throws Exception {
        List<String> parts = new ArrayList<>();
        List<String> only = new ArrayList<>();
        boolean verbose = false;
        for (String a : args) {
            if (a.equals("-v")) {
                verbose = true;
            } else if (a.startsWith("variant=")) {
                only.addAll(List.of(a.substring(8).split(",")));
            } else {
                parts.add(a);
            }
        }
        if (parts.isEmpty()) {
            parts.addAll(DEFAULT_PARTS);
        }
        Path work = Files.createTempDirectory(workPrefix);
        Map<String, Map<String, Double>> base = scoreVariant(parts, null, work);
        if (System.getProperty("variants.base") != null) { // s20: every field of every document, to compare before / after a change
            StringBuilder sb = new StringBuilder();
            base.forEach((doc, row) -> sb.append(doc).append(' ').append(row).append('\n'));
            Files.writeString(Path.of(System.getProperty("variants.base")), sb.toString(), StandardCharsets.UTF_8);
        }
        System.out.println("parts " + parts + ", " + base.size() + " documents; per field: mean change / documents that lost it");
        System.out.println(header());
        for (Variant v : variants) {
            if (!only.isEmpty() && !only.contains(v.name())) {
                continue;
            }
            Row r = compare(v.name(), base, scoreVariant(parts, v, work), changed(parts, v));
            System.out.println(format(r));
            if (verbose) {
                r.losers().forEach(x -> System.out.println("    lost " + x));
            }
        }
    }
}
