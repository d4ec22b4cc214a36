package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 18: issuer shapes of documents the extractor was not written for, judged after {@link IssuerSignals} has decided,
 * by composing what the header gives with what the rest of the text says:
 * <ul>
 * <li>a joint header whose units are joined by dashes over two lines ("SỞ GIÁO DỤC VÀ ĐÀO TẠO -" / "SỞ TÀI CHÍNH - SỞ LAO
 * ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"): one issuer per unit, a dash inside a unit's own name ("Lao động - Thương binh") kept;</li>
 * <li>the state organ without its locality (a library's header cell that lost its second line: "ỦY BAN NHÂN DÂN", or its
 * first word: "ỦY" / "BAN NHÂN DÂN"): composed with the locality the text names with the document's place;</li>
 * <li>the superior organ read as the issuer when the issuing office's line was lost (flattened onto the number's line, or
 * dropped by a library): the symbol names the office ("1557/SGDĐT-GDPT"), not the organ, and the opening sentence's subject
 * is that office ("Sở Giáo dục và Đào tạo hướng dẫn …") — the office issues, the organ (with its locality) is its superior;</li>
 * <li>bodies sharing one locality line in a joint header, confirmed by a symbol naming as many bodies ({@link #jointOrgans});</li>
 * <li>when nothing else named the issuer: a portal's "Cơ quan ban hành" row, the Government's or the Prime Minister's name with
 * their own symbol, two bodies signing their joint programme in a news lead.</li>
 * </ul>
 * Each rule only acts when the text confirms it; otherwise the decision is returned unchanged.
 */
final class IssuerShapes {

    /** The state organs that stand above an office in a header. */
    private static final Pattern ORGAN = Pattern.compile("(?iu)^(?:[ỦU][ỶY] BAN NHÂN DÂN|UBND)(?:\\s+.*)?$");
    private static final Pattern BARE_ORGAN = Pattern.compile("(?iu)^(?:(?:[ỦU][ỶY]\\s+)?BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$");
    /** An office that an organ's header stands over: it issues in its own name with its own symbol. */
    private static final Pattern OFFICE = Pattern.compile("(?iu)^(?:Sở|Phòng|Ban|Văn phòng|Chi cục|Thanh tra|Trung tâm|Đài|Kho bạc)\\s.*");
    /** The administrative levels a locality is named with (lower case; match case-insensitively where needed). */
    static final String LEVEL = "(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)";
    private static final Pattern LEVEL_START = Pattern.compile("(?iu)^" + LEVEL + "\\s+\\S.*");
    /** A dash before a unit's head word parts two joint issuers; a dash inside a name ("LAO ĐỘNG - THƯƠNG BINH") does not. */
    private static final Pattern JOINT_DASH = Pattern.compile("\\s+[-–]\\s+(?=(?:" + UnitNames.UPPER_HEADS + "|" + Issuers.UNIT_START.pattern() + ")\\s)");

    private IssuerShapes() {
    }

    /** The decision reshaped by the compositions above; {@code units} are the header's unit lines, top first. */
    static IssuerSignals.Decision refine(IssuerSignals.Decision who, List<String> units, String symbol, String place, TextLines d) {
        List<String> joint = jointOrgans(who.issuers(), units, symbol, d);
        if (joint != null) {
            return new IssuerSignals.Decision(joint, null, Math.max(who.confidence(), 0.6));
        }
        List<String> issuers = jointHeader(who.issuers(), units, d);
        String parent = who.parent() != null && ROW_LABEL.matcher(Texts.clean(who.parent())).matches() ? null : who.parent();
        if (issuers.isEmpty()) {
            String row = registryBody(d);
            issuers = row != null ? List.of(row) : issuers;
        }
        if (issuers.isEmpty()) {
            String national = nationalBody(symbol, d);
            issuers = national != null ? List.of(national) : issuers;
        }
        List<String> signing = units.isEmpty() && issuers.size() <= 1 ? jointSigning(d) : List.of();
        if (!signing.isEmpty() && (issuers.isEmpty() || covers(issuers.get(0), signing))) { // "A và B" read as one subject
            issuers = signing;
        }
        if (issuers.size() == 1 && BARE_ORGAN.matcher(Texts.clean(issuers.get(0))).matches()) {
            String organ = withOrganWord(Texts.clean(issuers.get(0)));
            String composed = withLocality(organ, place, d.joined);
            issuers = List.of(composed != null ? composed : organ);
        }
        if (issuers.size() == 1 && parent == null && symbol != null) {
            String office = officeUnder(issuers.get(0), symbol, d);
            if (office != null) {
                String organ = issuers.get(0);
                String composed = BARE_ORGAN.matcher(Texts.clean(organ)).matches() ? withLocality(withOrganWord(organ), place, d.joined) : organ;
                return new IssuerSignals.Decision(List.of(office), composed != null ? composed : organ, who.confidence());
            }
        }
        return issuers.equals(who.issuers()) && java.util.Objects.equals(parent, who.parent()) ? who
                : new IssuerSignals.Decision(issuers, parent, issuers.equals(who.issuers()) ? who.confidence() : Math.max(who.confidence(), 0.5));
    }

    /**
     * A header unit line ending with a dash joins the joint issuers of the line below it ("SỞ GIÁO DỤC VÀ ĐÀO TẠO -" over
     * "SỞ TÀI CHÍNH - SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"); a joint line is parted only before a unit's head word.
     */
    static List<String> jointHeader(List<String> issuers, List<String> units, TextLines d) {
        if (issuers.size() != 1) {
            return issuers;
        }
        List<String> parts = jointParts(issuers.get(0));
        if (parts.size() < 2) {
            return issuers;
        }
        List<String> out = new ArrayList<>();
        int at = indexOf(units, issuers.get(0));
        if (at >= 2 && endsWithDash(units.get(at - 1), d)) {
            out.add(Texts.clean(units.get(at - 1)).replaceFirst("\\s*[-–]$", ""));
        }
        out.addAll(parts);
        return out;
    }

    static List<String> jointParts(String line) {
        List<String> parts = new ArrayList<>();
        for (String p : JOINT_DASH.split(Texts.clean(line))) {
            parts.add(p.strip());
        }
        return parts.size() > 1 && parts.stream().allMatch(UnitNames::wellFormed) ? parts : List.of(line);
    }

    private static int indexOf(List<String> units, String issuer) {
        String key = Texts.fold(issuer);
        for (int i = units.size() - 1; i >= 0; i--) {
            if (Texts.fold(units.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the unit's line in the head of the text ends with a dash (its joint partner follows). */
    private static boolean endsWithDash(String unit, TextLines d) {
        String key = Texts.fold(Texts.clean(unit).replaceFirst("\\s*[-–]$", ""));
        for (int i = 0; i < Math.min(d.lines.size(), 30); i++) {
            String line = Texts.clean(d.lines.get(i));
            if (line.matches(".*\\S\\s+[-–]$") && Texts.fold(line.replaceFirst("\\s*[-–]$", "")).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A portal's or library's metadata label ("Số hiệu | …", "Cơ quan ban hành | …") is no body above the issuer. */
    private static final Pattern ROW_LABEL = Pattern.compile("(?iu)^(?:Số hiệu|Cơ quan ban hành|Loại (?:văn bản|tài liệu)|Nơi ban hành|Người ký"
            + "|Tiêu đề(?: văn bản)?|Ngày (?:ban hành|hiệu lực)|Lĩnh vực|Trạng thái|Tình trạng)$");
    private static final Pattern REGISTRY_BODY = Pattern.compile("(?iu)^\\|?\\s*Cơ quan ban hành\\s*[|:]\\s*([^|]+?)\\s*(?:\\||$)");

    /**
     * A portal's metadata row naming the issuing body ("… | Cơ quan ban hành | Sở Giáo dục và Đào tạo |"), read only when no other
     * source gave an issuer and the value is a body's name (a province's name there, "Tỉnh Bắc Ninh", is not).
     */
    static String registryBody(TextLines d) {
        for (int i = 0; i < Math.min(d.lines.size(), 40); i++) {
            for (String cell : Texts.clean(d.lines.get(i)).split("\\|\\s*(?=Cơ quan ban hành)")) {
                Matcher m = REGISTRY_BODY.matcher(cell.strip());
                if (m.find()) {
                    String name = UnitNames.clip(m.group(1));
                    return name != null && UnitNames.wellFormed(name) ? name : null;
                }
            }
        }
        return null;
    }

    /** A news lead telling two bodies signing their joint programme ("Ngày 5/3, Công an tỉnh và UBMTTQ tỉnh ký kết chương trình …"). */
    private static final Pattern JOINT_SIGNING = Pattern.compile("(?:^|,\\s+)(\\p{Lu}[^,.;:()]{2,60}?(?:\\s*\\([\\p{Lu}]{2,8}\\))?)\\s+(?:và|phối hợp với|phối hợp|cùng)\\s+"
            + "(\\p{Lu}[^,.;:()]{2,60}?)\\s+(?:(?:đã|vừa)\\s+)?(?:tổ chức\\s+(?iu:hội nghị|lễ)\\s+)?ký kết\\s+(?iu:chương trình|quy chế|kế hoạch|thỏa thuận|thoả thuận)(?![\\p{L}])"); // s21: "tổ chức Hội nghị ký kết Chương trình …" in capitals

    /**
     * Session 18: a page without header whose opening paragraphs tell two bodies signing their joint programme: both are its
     * issuers ("Liên minh (HTX) phối hợp Hội Khuyến học tỉnh ký kết chương trình …" → "Liên minh HTX", "Hội Khuyến học tỉnh").
     * Each side is at most eight words and opens with a capital; otherwise nothing.
     */
    static List<String> jointSigning(TextLines d) {
        for (int i = 0; i < Math.min(d.paras.size(), 6); i++) {
            Matcher m = JOINT_SIGNING.matcher(d.paras.get(i));
            if (m.find()) {
                String a = Texts.clean(m.group(1).replaceAll("[()]", ""));
                String b = Texts.clean(m.group(2));
                if (a.split("\\s+").length <= 8 && b.split("\\s+").length <= 8 && UnitNames.clip(a) != null && UnitNames.clip(b) != null) {
                    return List.of(a, b);
                }
            }
        }
        return NewsNamed.signers(d.paras); // s21: two persons signing, each for the body of an office
    }

    /**
     * Session 18: the Government's and the Prime Minister's own symbols ("27/NQ-CP", "1677/QĐ-TTg") with their name in capitals at
     * the head of the page, even broken over lines or cells ("CHÍNH" / "PHỦ |"): that body issues. Null otherwise.
     */
    static String nationalBody(String symbol, TextLines d) {
        String own = UnitNames.symbolIssuer(symbol);
        String name = "ttg".equals(own) ? "THỦ TƯỚNG CHÍNH PHỦ" : "cp".equals(own) ? "CHÍNH PHỦ" : null;
        if (name == null) {
            return null;
        }
        String head = String.join(" ", d.lines.subList(0, Math.min(d.lines.size(), 30))).replace('|', ' ');
        Pattern p = Pattern.compile("(?<![\\p{L}])" + name.replace(" ", "\\s+") + "(?![\\p{L}])");
        return p.matcher(head).find() ? name : null;
    }

    private static boolean covers(String name, List<String> parts) {
        String f = Texts.fold(name);
        return parts.stream().allMatch(p -> f.contains(Texts.fold(p)));
    }

    /** The heads that open each body of a joint header (a council's standing committee before its council). */
    private static final Pattern JOINT_HEAD = Pattern.compile("(?:BAN THƯỜNG TRỰC|THƯỜNG TRỰC|BAN THƯỜNG VỤ|[ỦU][ỶY] BAN|UBND|UBMTTQ(?:VN)?|HỘI ĐỒNG|HĐND"
            + "|LIÊN ĐOÀN|LĐLĐ|SỞ|HỘI|ĐOÀN|BAN|CÔNG ĐOÀN|PHÒNG|TRƯỜNG)(?![\\p{L}])");
    private static final Pattern LOCALITY_TAIL = Pattern.compile("\\s((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\s+\\p{Lu}.*)$");
    private static final Pattern HAS_LOCALITY = Pattern.compile("(?:^|\\s)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TRUNG ƯƠNG)\\s");

    /**
     * Session 18: a joint header of bodies sharing one locality line ("UBND - UBMTTQ" / "TỈNH HÀ GIANG"; "ỦY BAN NHÂN DÂN" / "ỦY
     * BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK"; "UỶ BAN NHÂN DÂN -" / "LIÊN ĐOÀN LAO ĐỘNG" / "TỈNH BẾN TRE"; one capitals line
     * "THƯỜNG TRỰC HĐND - UBND - BAN THƯỜNG TRỰC UBMTTQ … HUYỆN X"), confirmed by a symbol naming as many bodies
     * ("QC-UBND-UBMTTQ"): each body is an issuer with the shared locality, abbreviations spelled out; no superior. Null when the
     * header or the symbol does not have that shape.
     */
    static List<String> jointOrgans(List<String> issuers, List<String> units, String symbol, TextLines d) {
        int bodies = symbolBodies(symbol);
        if (bodies < 2 || issuers.size() > 1 && !(units.size() == 1 && issuers.size() == bodies
                && Texts.fold(String.join(" - ", issuers)).equals(Texts.fold(Texts.clean(units.get(0)))))) { // s21: the same line already parted
            return null;
        }
        String line = null;
        if (units.size() == 1) {
            line = Texts.clean(units.get(0));
        } else if (units.size() == 2 && endsWithDash(units.get(0), d)) {
            line = Texts.clean(units.get(0)).replaceFirst("\\s*[-–]$", "") + " - " + Texts.clean(units.get(1));
        } else if (units.isEmpty() && issuers.isEmpty()) {
            for (int i = 0; i < Math.min(d.lines.size(), 40) && line == null; i++) {
                String l = Texts.clean(d.lines.get(i));
                if (TextLines.isUpper(l) && JOINT_HEAD.matcher(l).lookingAt() && l.split("\\s[-–]\\s").length == bodies) {
                    line = l;
                }
            }
        }
        if (line == null || !TextLines.isUpper(line)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : line.split("\\s+[-–]\\s+")) {
            parts.add(p.strip());
        }
        if (parts.size() == 1) { // no dash: a body opens where a head word starts again ("ỦY BAN NHÂN DÂN ỦY BAN MTTQ …")
            parts = splitAtRepeatedHead(line);
        }
        if (parts.size() != bodies || !parts.stream().allMatch(p -> JOINT_HEAD.matcher(p).lookingAt())) {
            return null;
        }
        Matcher loc = LOCALITY_TAIL.matcher(parts.get(parts.size() - 1));
        String locality = loc.find() ? loc.group(1) : null;
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String body = spelledOut(p);
            out.add(locality != null && !HAS_LOCALITY.matcher(body + " ").find() ? body + " " + locality : body);
        }
        return out;
    }

    /** How many bodies the symbol names after its kind ("QCPH-HĐND-UBND-MTTQ" → 3, "KH-UBND" → 1). */
    static int symbolBodies(String symbol) {
        if (symbol == null) {
            return 0;
        }
        String[] parts = Texts.clean(symbol).replaceAll("^[0-9 ]*[/-]?", "").split("[/\\-–]");
        int n = 0;
        for (int i = 1; i < parts.length; i++) {
            n += parts[i].strip().matches("\\p{Lu}[\\p{Lu}&]{1,10}|\\p{Lu}{1,4}\\.\\p{Lu}[\\p{Lu}&]{1,10}") ? 1 : 0; // s21: a body's board "TT.HĐND"
        }
        return n == parts.length - 1 ? n : 0;
    }

    private static final Pattern REPEATED_HEAD = Pattern.compile("(?<=\\s)(?=(?:[ỦU][ỶY] BAN|UBND|UBMTTQ|LIÊN ĐOÀN|BAN THƯỜNG TRỰC)(?![\\p{L}]))");

    private static List<String> splitAtRepeatedHead(String line) {
        List<String> parts = new ArrayList<>();
        Matcher m = REPEATED_HEAD.matcher(line);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(line.substring(from, m.start()).strip());
                from = m.start();
            }
        }
        parts.add(line.substring(from).strip());
        return parts;
    }

    /** A joint header's abbreviated bodies spelled out ("UBMTTQ" → "ỦY BAN MẶT TRẬN TỔ QUỐC"; s20: "UBMTTQVN" with "VIỆT NAM"). */
    private static String spelledOut(String body) {
        return (" " + body + " ").replace(" UBMTTQVN ", " ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM ").replace(" UBMTTQ ", " ỦY BAN MẶT TRẬN TỔ QUỐC ").replace(" MTTQ ", " MẶT TRẬN TỔ QUỐC ")
                .replace(" UBND ", " ỦY BAN NHÂN DÂN ").replace(" HĐND ", " HỘI ĐỒNG NHÂN DÂN ").replace(" LĐLĐ ", " LIÊN ĐOÀN LAO ĐỘNG ").strip();
    }

    /** "BAN NHÂN DÂN" is the organ whose first word ("ỦY") stood on a line of its own. */
    private static String withOrganWord(String organ) {
        return organ.matches("(?iu)^BAN NHÂN DÂN.*") ? (TextLines.isUpper(organ) ? "ỦY " : "Ủy ") + organ : organ;
    }

    /**
     * The organ with its locality: the level and place the text names with the document's place ("UBND tỉnh Lào Cai",
     * "Ủy ban nhân dân thành phố Cần Thơ"), or the place itself when it names its level ("Thành phố Hồ Chí Minh"); null
     * when the text gives neither.
     */
    static String withLocality(String organ, String place, CharSequence text) {
        if (place == null || place.isBlank() || !BARE_ORGAN.matcher(Texts.clean(organ)).matches()) {
            return null;
        }
        String p = Texts.clean(place);
        String full = null;
        if (LEVEL_START.matcher(p).matches()) {
            full = organ + " " + p;
        } else {
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}])(" + LEVEL + ")\\s+" + Pattern.quote(p) + "(?![\\p{L}])").matcher(text);
            if (m.find()) {
                full = organ + " " + m.group(1).toLowerCase(Locale.ROOT) + " " + p;
            }
        }
        return full == null ? null : TextLines.isUpper(organ) ? full.toUpperCase(Locale.ROOT) : full;
    }

    /**
     * The office that issues under an organ's header: the organ's initials do not agree with the symbol's issuer part, the
     * opening sentence's subject is an office whose initials do, and it is no organ itself. Null when any of it fails.
     */
    static String officeUnder(String issuer, String symbol, TextLines d) {
        if (!ORGAN.matcher(Texts.clean(issuer)).matches() || UnitNames.symbolIssuer(symbol) == null
                || UnitNames.agrees(organHead(issuer), symbol)) {
            return null;
        }
        String subject = UnitNames.clip(Issuers.bodySubject(d));
        if (subject == null) {
            return null;
        }
        subject = subject.replaceAll("\\s*\\([^)]{1,20}\\)", "").strip();
        return OFFICE.matcher(subject).matches() && UnitNames.wellFormed(subject) && UnitNames.agrees(subject, symbol) ? subject : null;
    }

    /** The organ's own words, without its locality ("UBND TỈNH LÂM ĐỒNG" → "UBND"). */
    private static String organHead(String issuer) {
        Matcher m = Pattern.compile("(?iu)^([ỦU][ỶY] BAN NHÂN DÂN|UBND)").matcher(Texts.clean(issuer));
        return m.find() ? m.group(1) : issuer;
    }
}
