package vn.gandan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.legal.Citation;
import vn.gandan.legal.CitationParser;
import vn.gandan.shared.Texts;

/**
 * Extracts the fields of a Vietnamese administrative document (plan, joint plan, official letter, report)
 * from its text into the seeds schema (snake_case keys) plus a {@code confidence} map per field in [0, 1].
 * Pure Java, stateless; relies only on the layout conventions of NĐ 30/2020 and Party documents.
 */
final class Extractor {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^\\]]*]|<sup>.*?</sup>|\\*+|(?m)^\\s*#+\\s*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}])Số\\s*:?\\s*(\\d+)?\\s*([/\\-])\\s*([^\\s|\\t]+)", CI);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "([\\p{L}][\\p{L} .'\\-]{1,40}?)\\s*,\\s*ngày\\s*(\\d{1,2})?\\s*(?:tháng\\s*(\\d{1,2})?|[/.](\\d{1,2}))?\\s*"
                    + "(?:năm\\s*(\\d{4})?|[/.](\\d{4}))", CI);
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]+)\\.\\s*(.+)$");
    private static final Pattern ARABIC_ITEM = Pattern.compile("^(\\d{1,2})\\.\\s*(.+)$");
    private static final Pattern SUBITEM = Pattern.compile("^[a-zđ]\\)\\s*\\S");
    private static final Pattern UNIT_START = Pattern.compile(
            "(?:Trường|Phòng|Sở|Ban|UBND|Ủy ban|Uỷ ban|Đảng ủy|Đảng uỷ|Chi bộ|Công đoàn|Đoàn|Hội|Bộ|Tỉnh ủy|Huyện ủy|Thị ủy"
                    + "|Thành ủy|Trung tâm|Cục|Vụ|Chi cục|Văn phòng|Hội đồng|Liên đoàn)(?![\\p{L}])");
    private static final Pattern SUBJECT_CLAUSE = Pattern.compile("(?:^|[,:]\\s+)(" + UNIT_START.pattern() + "[^.;:]{0,150}?)\\s+"
            + "(?:triển khai|xây dựng|ban hành|chỉ đạo|thống nhất|báo cáo|hướng dẫn|đề ra|tổ chức|thông báo|kính báo)(?![\\p{L}])");
    private static final Pattern AUTHORITY = Pattern.compile("^(?:KT|TL|TM|TUQ|Q|T/M|K/T|T/L|TUQ)\\.?\\s", CI);
    private static final Pattern DEADLINE = Pattern.compile(
            "(trước|vào|đến|chậm nhất)(?:\\s+ngày)?\\s+(\\d{1,2})(?:\\s*[/\\-.]\\s*(\\d{1,2})(?:\\s*[/\\-.]\\s*(\\d{4}))?"
                    + "|\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?|\\s+(?:của\\s+)?tháng\\s+cuối\\s+quý)", CI);

    private Extractor() {
    }

    static Map<String, Object> extract(String fileName, String raw) {
        Doc d = new Doc(raw);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> conf = new LinkedHashMap<>();
        out.put("file", fileName);

        // number and symbol
        Integer number = null;
        String symbol = null;
        int headerEnd = Math.min(d.lines.size(), 40);
        int numberLine = -1;
        for (int i = 0; i < headerEnd; i++) {
            Matcher m = NUMBER.matcher(d.lines.get(i));
            if (m.find() && (m.start() == 0 || d.lines.get(i).substring(0, m.start()).matches(".*[\\t|]\\s*$"))) {
                number = m.group(1) == null ? null : Integer.valueOf(m.group(1));
                symbol = m.group(3).replaceAll("[.;,]$", "");
                numberLine = i;
                break;
            }
        }
        conf.put("number", numberLine >= 0 ? 0.9 : 0.6);
        conf.put("symbol", numberLine >= 0 ? 0.9 : 0.6);

        // place and date
        String place = null;
        Map<String, Object> date = dateMap(null, null, null);
        int dateLine = -1;
        for (int i = 0; i < headerEnd; i++) {
            for (String seg : d.lines.get(i).split("[\\t|]")) {
                Matcher m = PLACE_DATE.matcher(seg.strip());
                if (m.find() && m.start() == 0) {
                    place = Texts.clean(m.group(1));
                    Integer day = num(m.group(2));
                    Integer month = num(m.group(3) != null ? m.group(3) : m.group(4));
                    Integer year = num(m.group(5) != null ? m.group(5) : m.group(6));
                    date = dateMap(day, month, year);
                    dateLine = i;
                    break;
                }
            }
            if (dateLine >= 0) {
                break;
            }
        }
        conf.put("issue_place", dateLine >= 0 ? 0.9 : 0.6);
        conf.put("issue_date", dateLine >= 0 ? 0.9 : 0.6);

        // kind and title
        String kind = null;
        String title = null;
        int kindLine = -1;
        for (int i = 0; i < headerEnd; i++) {
            String l = d.lines.get(i);
            String u = l.toUpperCase(Locale.ROOT);
            if (l.matches("(?i)^V/v\\b.*")) {
                kind = "CONG_VAN";
                title = joinTitle(d, i, true);
                kindLine = i;
                break;
            }
            if (u.equals("KẾ HOẠCH") || u.equals("KẾ HOẠCH PHỐI HỢP") || u.equals("KẾ HOẠCH LIÊN TỊCH")
                    || u.equals("BÁO CÁO") || u.equals("CHƯƠNG TRÌNH PHỐI HỢP")) {
                kind = u.startsWith("BÁO CÁO") ? "BAO_CAO" : u.equals("KẾ HOẠCH") ? "KE_HOACH" : "KE_HOACH_PHOI_HOP";
                title = joinTitle(d, i + 1, false);
                kindLine = i;
                break;
            }
        }
        if (kind == null) {
            kind = symbol != null && symbol.toUpperCase(Locale.ROOT).startsWith("BC") ? "BAO_CAO" : "KE_HOACH";
        }
        if ("KE_HOACH".equals(kind) && symbol != null && symbol.toUpperCase(Locale.ROOT).matches("^(KHPH|KHLT|CTPH|KH-?LT).*")) {
            kind = "KE_HOACH_PHOI_HOP";
        }
        conf.put("title", title != null ? 0.85 : 0.2);

        // citations over the whole text, bases from the opening Căn cứ / Thực hiện paragraphs
        List<Citation> cited = CitationParser.parseAll(d.joined);
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Citation c : cited) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc_type", c.docType());
            m.put("number_symbol", c.numberSymbol());
            m.put("date", c.date() == null ? null : c.date().toString());
            m.put("issuer", c.issuer());
            m.put("title", c.title());
            citations.add(m);
        }
        int firstSection = d.firstSectionIndex();
        List<Map<String, Object>> bases = new ArrayList<>();
        List<Citation> baseCitations = new ArrayList<>();
        for (int i = 0; i < (firstSection < 0 ? d.paras.size() : firstSection); i++) {
            String p = d.paras.get(i);
            if (!p.matches("(?i)^(Căn cứ|Thực hiện|Triển khai|Theo)\\b.*")) {
                continue;
            }
            List<Citation> inPara = CitationParser.parseAll(p);
            for (Citation c : inPara) {
                boolean nested = inPara.stream().anyMatch(o -> o != c && o.title() != null
                        && Texts.fold(o.title()).contains(Texts.fold(c.numberSymbol())));
                if (nested || bases.stream().anyMatch(b -> c.numberSymbol().equals(b.get("number_symbol")))) {
                    continue;
                }
                Citation full = cited.stream().filter(x -> x.key().equals(c.key())).findFirst().orElse(c);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("doc_type", full.docType());
                m.put("number_symbol", full.numberSymbol());
                m.put("date", full.date() == null ? null : full.date().toString());
                m.put("issuer", full.issuer());
                bases.add(m);
                baseCitations.add(full);
            }
        }
        conf.put("bases", bases.isEmpty() ? 0.4 : 0.85);
        conf.put("citations", citations.isEmpty() ? 0.4 : 0.85);

        // issuers and parent
        List<String> header = d.headerUnits(Math.max(numberLine, 0), kindLine);
        List<String> issuers = new ArrayList<>();
        String parent = null;
        double issuerConf = 0.5;
        String bodyIssuer = d.bodySubject(firstSection);
        if (header.size() >= 2 && !header.get(0).contains(" – ") && header.size() <= 3) {
            parent = header.get(0);
            issuers.add(fuller(header.get(header.size() - 1), bodyIssuer, d.joined));
            issuerConf = 0.8;
        } else if (header.size() == 1 && header.get(0).matches(".*\\s[–\\-]\\s.*")) {
            for (String part : header.get(0).split("\\s[–\\-]\\s")) {
                issuers.add(part.strip());
            }
        } else if (header.size() == 1) {
            issuers.add(fuller(header.get(0), bodyIssuer, d.joined));
            issuerConf = 0.8;
        }
        if (bodyIssuer != null && (issuers.isEmpty() || issuers.size() > 1)) {
            List<String> parts = splitUnits(bodyIssuer);
            if (issuers.isEmpty() || parts.size() == issuers.size()) {
                issuers = parts;
                issuerConf = 0.7;
            }
        }
        issuers.replaceAll(s -> fuller(s, null, d.joined));
        if (parent == null && !issuers.isEmpty() && Texts.fold(issuers.get(0)).startsWith("truong")) {
            for (Citation c : baseCitations) {
                if (c.issuer() != null && Texts.fold(c.issuer()).startsWith("phong")) {
                    parent = c.issuer();
                    break;
                }
            }
        }
        if (issuers.size() > 1 && "KE_HOACH".equals(kind)) {
            kind = "KE_HOACH_PHOI_HOP";
        }
        conf.put("issuers", issuers.isEmpty() ? 0.2 : issuerConf);
        conf.put("parent_issuer", parent == null ? 0.5 : 0.7);
        conf.put("doc_kind", kindLine >= 0 ? 0.95 : 0.5);

        // period
        Map<String, Object> period = new LinkedHashMap<>();
        Matcher sy = Pattern.compile("năm học\\s*:?\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})", CI)
                .matcher(d.head(kindLine, 6) + " " + (title == null ? "" : title));
        Matcher yr = Pattern.compile("(?<![\\d/-])(20\\d{2}|19\\d{2})(?![\\d/-])").matcher(title == null ? "" : title);
        if (sy.find()) {
            period.put("kind", "SCHOOL_YEAR");
            period.put("value", sy.group(1) + "-" + sy.group(2));
            conf.put("period", 0.9);
        } else if (yr.find()) {
            period.put("kind", "YEAR");
            period.put("value", yr.group(1));
            conf.put("period", 0.85);
        } else if (date.get("year") != null) {
            period.put("kind", "YEAR");
            period.put("value", String.valueOf(date.get("year")));
            conf.put("period", 0.5);
        } else {
            period.put("kind", "YEAR");
            period.put("value", null);
            conf.put("period", 0.1);
        }

        // sections and tasks
        List<String> sections = new ArrayList<>();
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<int[]> sectionSpans = d.sections();
        for (int[] s : sectionSpans) {
            sections.add(d.sectionName(s[0]));
        }
        int from = -1;
        int to = -1;
        for (int k = 0; k < sectionSpans.size(); k++) {
            String f = Texts.fold(sections.get(k));
            if (f.startsWith("nhiem vu") || f.startsWith("noi dung") || f.contains("nhiem vu trong tam")
                    || f.startsWith("cac nhiem vu")) {
                from = sectionSpans.get(k)[0] + 1;
                to = k + 1 < sectionSpans.size() ? sectionSpans.get(k + 1)[0] : d.closingStart();
                break;
            }
        }
        if (from < 0 && sectionSpans.isEmpty() && !"BAO_CAO".equals(kind)) {
            from = Math.max(kindLine + 1, 0);
            to = d.closingStart();
        }
        if (from >= 0 && !"BAO_CAO".equals(kind)) {
            Map<String, Object> current = null;
            for (int i = from; i < to; i++) {
                String l = d.lines.get(i);
                Matcher m = ARABIC_ITEM.matcher(l);
                if (m.matches()) {
                    current = new LinkedHashMap<>();
                    current.put("number", m.group(1));
                    current.put("heading", trimEnd(Texts.clean(m.group(2))));
                    current.put("subitems", 0);
                    tasks.add(current);
                } else if (current != null && SUBITEM.matcher(l).find()) {
                    current.put("subitems", (Integer) current.get("subitems") + 1);
                }
            }
        }
        conf.put("sections", sections.isEmpty() ? 0.5 : 0.85);
        conf.put("tasks", tasks.isEmpty() ? 0.4 : 0.75);

        List<Map<String, Object>> deadlines = "BAO_CAO".equals(kind) ? List.of() : deadlines(d);
        conf.put("report_deadlines", deadlines.isEmpty() ? 0.5 : 0.7);
        List<String> recipients = d.recipients();
        conf.put("recipients", recipients.isEmpty() ? 0.5 : 0.9);
        List<Map<String, Object>> signers = d.signers();
        conf.put("signers", signers.isEmpty() ? 0.4 : 0.85);

        out.put("doc_kind", kind);
        out.put("number", number);
        out.put("symbol", symbol);
        out.put("issue_place", place);
        out.put("issue_date", date);
        out.put("issuers", issuers);
        out.put("parent_issuer", parent);
        out.put("title", title);
        out.put("period", period);
        out.put("bases", bases);
        out.put("citations", citations);
        out.put("sections", sections);
        out.put("tasks", tasks);
        out.put("report_deadlines", deadlines);
        out.put("recipients", recipients);
        out.put("signers", signers);
        out.put("confidence", conf);
        return out;
    }

    private static List<Map<String, Object>> deadlines(Doc d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String p : d.paras) {
            String fp = Texts.fold(p);
            if (!fp.contains("bao cao") && !fp.contains("dinh ky")) {
                continue;
            }
            for (String clause : p.split(";|,\\s+(?=[Bb]áo cáo)|\\.\\s+(?=\\p{Lu})")) {
                String c = clause.strip();
                Matcher m = DEADLINE.matcher(c);
                String fc = Texts.fold(c);
                boolean any = false;
                int prevEnd = 0;
                while (m.find()) {
                    String before = c.substring(0, m.start());
                    String own = c.substring(prevEnd, m.start());
                    prevEnd = m.end();
                    if (!(fc.contains("bao cao") || Texts.fold(before).contains("dinh ky"))
                            || Texts.fold(before).contains("de tong hop")) {
                        continue;
                    }
                    any = true;
                    Integer day = num(m.group(2));
                    Integer month = num(m.group(3) != null ? m.group(3) : m.group(5));
                    Integer year = num(m.group(4) != null ? m.group(4) : m.group(6));
                    String per = periodOf(own);
                    if (per.equals("OTHER") && out.isEmpty() == false && own.isBlank()) {
                        per = periodOf(before);
                    }
                    if (m.group(0).toLowerCase(Locale.ROOT).contains("cuối quý")) {
                        per = "QUARTERLY";
                    }
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("period", per);
                    e.put("due", dateMap(day, month, year));
                    String rel = m.group(1).toLowerCase(Locale.ROOT);
                    e.put("relation", rel.equals("vào") ? "ON" : "BEFORE");
                    e.put("recipient", recipient(c));
                    int textEnd = m.end() + (c.length() > m.end() && c.charAt(m.end()) == ')' ? 1 : 0);
                    String text = c.substring(0, textEnd);
                    if (prevEnd != m.end() || out.size() > 0 && text.length() > own.length() + 40) {
                        text = own + c.substring(m.start(), textEnd);
                    }
                    e.put("text", trimEnd(Texts.clean(text.replaceFirst("^[\\s),]*(?:và|,)?\\s*", ""))));
                    out.add(e);
                }
                if (any) {
                    continue;
                }
                if (fc.startsWith("bao cao") && !periodOf(c).equals("OTHER")) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("period", periodOf(c));
                    e.put("due", dateMap(null, null, null));
                    e.put("relation", null);
                    e.put("recipient", recipient(c));
                    e.put("text", trimEnd(Texts.clean(c)));
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String periodOf(String s) {
        String f = Texts.fold(s);
        if (f.matches(".*\\bquy (i|1)\\b.*")) {
            return "QUARTER_1";
        }
        if (f.matches(".*\\b(0?6|sau) thang\\b.*")) {
            return "SIX_MONTH";
        }
        if (f.matches(".*\\b(0?9|chin) thang\\b.*")) {
            return "NINE_MONTH";
        }
        if (f.matches(".*\\b(hang|hàng) quy\\b.*") || f.matches(".*\\bquy\\b.*")) {
            return "QUARTERLY";
        }
        if (f.matches(".*\\b(bao cao|tong ket) (nam|ca nam)\\b.*") || f.matches(".*\\b(0?1|mot) nam\\b.*") || f.matches(".*\\bva nam\\b.*")
                || f.matches("^\\(?nam\\b.*")) {
            return "ANNUAL";
        }
        return "OTHER";
    }

    private static String recipient(String c) {
        Matcher m = Pattern.compile("(?:gửi về|gửi|về)\\s+(" + UNIT_START.pattern() + "[^,;.(]*?(?:\\s*\\([^)]*\\))?)(?=\\s+(?:để|vào|trước|qua|theo|trong)\\b|[,;.]|$)")
                .matcher(c);
        return m.find() ? trimEnd(m.group(1)) : null;
    }

    /** The fullest form of a unit name the body gives, e.g. header "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → body "Sở Giáo dục và Đào tạo Nam Định". */
    private static String fuller(String name, String bodyIssuer, String text) {
        String best = name;
        if (bodyIssuer != null && Texts.fold(bodyIssuer).startsWith(Texts.fold(name))
                && !Texts.fold(bodyIssuer).equals(Texts.fold(name))) {
            best = bodyIssuer;
        }
        String key = Texts.fold(best);
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(best) + "((?:[ ]+(?:(?:huyện|tỉnh|thị xã|thành phố|quận|xã|phường)[ ]+)?\\p{Lu}[\\p{L}]*){1,3})",
                Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            String cand = Texts.clean(m.group(0));
            String tail = Texts.clean(m.group(1));
            if (tail.matches("(?i)(Về|Và|Của|Năm|Trong|Theo|Đã|Đề|Yêu|Thực|Triển|Chỉ|Tổ|Xây|Ban|Thống|Trân|Kính|Số|Báo).*")) {
                continue;
            }
            if (Texts.fold(cand).startsWith(key) && cand.length() > best.length()) {
                best = cand;
            }
            break;
        }
        return best.replaceAll("\\s*\\([^)]{1,20}\\)", "");
    }

    private static List<String> splitUnits(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s+(?:và|với)\\s+(?=" + UNIT_START.pattern() + ")")) {
            out.add(Texts.clean(part).replaceAll("\\s*\\([^)]{1,20}\\)", ""));
        }
        return out;
    }

    private static String joinTitle(Doc d, int start, boolean keepFirst) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < d.lines.size(); i++) {
            String l = d.lines.get(i);
            if (l.isEmpty()) {
                if (sb.length() == 0) {
                    continue;
                }
                break;
            }
            if (sb.length() > 0 && (l.matches("(?i)^(Căn cứ|Kính gửi|Năm học|Số\\b|Thực hiện\\s+\\S+\\s+số).*")
                    || PLACE_DATE.matcher(l).lookingAt() || l.matches("^-+$"))) {
                break;
            }
            if (sb.length() == 0 && (l.matches("(?i)^(Căn cứ|Kính gửi).*") || PLACE_DATE.matcher(l).lookingAt())) {
                return null;
            }
            sb.append(sb.length() > 0 ? " " : "").append(l);
        }
        String t = trimEnd(Texts.clean(sb.toString()));
        return t == null || t.isEmpty() ? null : t;
    }

    static String trimEnd(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        String prev;
        do {
            prev = t;
            t = t.replaceFirst("(?:\\s*(?:[;:,]|\\.{1,3}|…|\\./\\.)\\s*)$", "").strip();
        } while (!t.equals(prev));
        return t;
    }

    private static Integer num(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Map<String, Object> dateMap(Integer day, Integer month, Integer year) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", day);
        m.put("month", month);
        m.put("year", year);
        return m;
    }

    /** The cleaned text as lines, paragraphs (page-break splits joined) and one joined string. */
    static final class Doc {
        final List<String> lines = new ArrayList<>();
        final List<String> paras = new ArrayList<>();
        final String joined;

        Doc(String raw) {
            String s = MARKUP.matcher(Texts.nfc(raw).replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
            for (String l : s.split("\n", -1)) {
                lines.add(l.replace('\u00a0', ' ').replaceAll("[ ]+", " ").strip());
            }
            // paragraphs: a line that does not end a sentence continues over blank lines when the next starts lower case
            StringBuilder cur = new StringBuilder();
            for (String l : lines) {
                if (l.isEmpty()) {
                    continue;
                }
                boolean continues = cur.length() > 0 && !cur.toString().matches("(?s).*[.;:!?”\")]$")
                        && Character.isLowerCase(l.codePointAt(0));
                if (continues) {
                    cur.append(' ').append(l);
                } else {
                    if (cur.length() > 0) {
                        paras.add(cur.toString());
                    }
                    cur = new StringBuilder(l);
                }
            }
            if (cur.length() > 0) {
                paras.add(cur.toString());
            }
            joined = String.join("\n", paras);
        }

        /** Index in {@link #paras} of the first top-level heading, or -1. */
        int firstSectionIndex() {
            for (int i = 0; i < paras.size(); i++) {
                if (isSection(paras.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        static boolean isSection(String l) {
            Matcher r = ROMAN.matcher(l);
            if (r.matches() && r.group(2).length() < 150) {
                return true;
            }
            Matcher a = ARABIC_ITEM.matcher(l);
            return a.matches() && isUpper(a.group(2)) && a.group(2).length() < 120;
        }

        static boolean isUpper(String s) {
            boolean letter = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    letter = true;
                    if (Character.isLowerCase(c)) {
                        return false;
                    }
                }
            }
            return letter;
        }

        /** [lineIndex] of every top-level heading; arabic upper-case headings only before the first roman one. */
        List<int[]> sections() {
            List<int[]> out = new ArrayList<>();
            int end = closingStart();
            for (int i = 0; i < end; i++) {
                if (isSection(lines.get(i))) {
                    out.add(new int[] {i});
                }
            }
            return out;
        }

        String sectionName(int line) {
            String l = lines.get(line);
            Matcher r = ROMAN.matcher(l);
            String name = r.matches() ? r.group(2) : l.replaceFirst("^\\d+\\.\\s*", "");
            return trimEnd(Texts.clean(name));
        }

        /** First line of the closing part (after the last "./." or the "Nơi nhận" line). */
        int closingStart() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("./.")) {
                    return i + 1;
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (Texts.fold(lines.get(i)).startsWith("noi nhan")) {
                    return i;
                }
            }
            return lines.size();
        }

        String head(int from, int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = Math.max(from, 0); i < Math.min(lines.size(), Math.max(from, 0) + n); i++) {
                sb.append(lines.get(i)).append(' ');
            }
            return sb.toString();
        }

        /** Upper-case authority lines of the header, without the national motto and Party name. */
        List<String> headerUnits(int numberLine, int kindLine) {
            int end = kindLine >= 0 ? kindLine : Math.min(lines.size(), 15);
            List<String> raw = new ArrayList<>();
            for (int i = 0; i < end; i++) {
                for (String seg : lines.get(i).split("\\t+|\\s*\\|\\s*|\\s{3,}")) {
                    String l = seg.strip();
                    String f = Texts.fold(l);
                    if (l.isEmpty() || !isUpper(l) || f.startsWith("cong hoa") || f.startsWith("doc lap")
                            || f.startsWith("dang cong san") || f.startsWith("so") && l.matches("(?i)^Số\\b.*")
                            || l.matches("^[*\\-_=]+$") || !l.contains(" ")) {
                        continue;
                    }
                    raw.add(l);
                }
            }
            // join a name broken over lines: a line ending with a connector or followed by a continuation
            List<String> out = new ArrayList<>();
            for (String l : raw) {
                if (!out.isEmpty() && (out.get(out.size() - 1).matches(".*(?:–|-|VÀ|PHÒNG|BAN|SỞ)$")
                        || !UNIT_START.matcher(titleCase(l)).lookingAt() && !l.matches("^(UBND|ĐẢNG BỘ|ĐẢNG ỦY|BỘ|TỈNH ỦY|HUYỆN ỦY|THỊ ỦY|THÀNH ỦY)\\b.*"))) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + l);
                } else {
                    out.add(l);
                }
            }
            return out;
        }

        /** "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo"; keeps acronyms (UBND, GDĐT). */
        static String titleCase(String upper) {
            if (!isUpper(upper)) {
                return upper;
            }
            String[] w = Texts.clean(upper).split(" ");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String x = w[i];
                String lower = x.toLowerCase(Locale.ROOT);
                String out;
                if (x.matches("^(UBND|HĐND|GDĐT|GD&ĐT|MTTQ|THCS|THPT|CĐ|ĐH|TP\\.?|[IVX]+)$")) {
                    out = x;
                } else if (i <= 1 || Set.PROPER.contains(lower) || Set.AFTER_CAP.contains(w[i - 1].toLowerCase(Locale.ROOT))) {
                    out = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
                } else {
                    out = lower;
                }
                sb.append(i > 0 ? " " : "").append(out);
            }
            return sb.toString();
        }

        /** The unit that is the subject of the opening sentence: "Trường … xây dựng kế hoạch …". */
        String bodySubject(int firstSection) {
            int end = firstSection < 0 ? Math.min(paras.size(), 20) : firstSection;
            for (int i = 0; i < end; i++) {
                Matcher m = SUBJECT_CLAUSE.matcher(paras.get(i));
                if (m.find()) {
                    return Texts.clean(m.group(1));
                }
            }
            return null;
        }

        List<String> recipients() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (!Texts.fold(l).startsWith("noi nhan")) {
                    continue;
                }
                String rest = l.replaceFirst("(?i)^Nơi nhận\\s*:?", "").strip();
                if (!rest.isEmpty()) {
                    out.add(trimEnd(rest.replaceFirst("^[-+•]\\s*", "")));
                }
                for (int j = i + 1; j < lines.size(); j++) {
                    String x = lines.get(j);
                    if (x.isEmpty()) {
                        continue;
                    }
                    if (!x.matches("^[-+•–]\\s*.*")) {
                        break;
                    }
                    out.add(trimEnd(Texts.clean(x.replaceFirst("^[-+•–]\\s*", ""))));
                }
                break;
            }
            return out;
        }

        List<Map<String, Object>> signers() {
            List<Map<String, Object>> out = new ArrayList<>();
            int start = closingStart();
            List<String> authority = new ArrayList<>();
            String title = null;
            boolean inRecipients = false;
            for (int i = start; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isEmpty()) {
                    continue;
                }
                if (Texts.fold(l).startsWith("noi nhan")) {
                    inRecipients = true;
                    continue;
                }
                if (l.matches("^[-+•–]\\s*.*")) {
                    continue;
                }
                inRecipients = false;
                if (l.matches("^\\(.*\\)$")) {
                    continue; // (Đã ký), (ký, ghi rõ họ tên)
                }
                if (isUpper(l)) {
                    if (AUTHORITY.matcher(l).lookingAt() && title == null) {
                        authority.add(Texts.clean(l));
                    } else {
                        title = Texts.clean(l);
                    }
                } else if (title != null && l.matches("^(\\p{Lu}[\\p{L}]*\\s+){1,5}\\p{Lu}[\\p{L}]*$")) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("name", Texts.clean(l));
                    s.put("title", title);
                    s.put("on_behalf", authority.isEmpty() ? null : String.join(" ", authority));
                    out.add(s);
                    title = null;
                    authority = new ArrayList<>();
                }
            }
            return out;
        }
    }

    /** Words kept capitalised in unit names. */
    private static final class Set {
        static final java.util.Set<String> PROPER = java.util.Set.of("đảng", "nhà", "nước");
        static final java.util.Set<String> AFTER_CAP = java.util.Set.of("và", "-", "–", "huyện", "tỉnh", "xã", "phường", "quận", "thị", "phố");

        private Set() {
        }
    }
}
