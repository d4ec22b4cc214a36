package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 21: issuer shapes of documents WITH a header block, judged after the header's units were read and the other issuer
 * steps decided ({@link IssuerShapes}, {@link HeaderUnits}), before {@link FullestForm} completes the names:
 * <ul>
 * <li>an inspectorate written under its organ on a line of its own ("BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "THANH TRA") is a unit of the
 * column, not the end of the organ's name ({@link #subUnitLine}, hook in {@code Units});</li>
 * <li>a joint document whose header lost its partners (a library's row: "ỦY BAN NHÂN DÂN -" alone, the symbol naming two
 * bodies "QC-UBND-LĐLĐ"): the enacting sentence names them ("Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh ban hành Quy chế
 * …"), each bare level word completed with the document's place ({@link #jointEnacted});</li>
 * <li>the bare organ ("ỦY BAN NHÂN DÂN") of a page whose date line was lost: the page's own "Cơ quan ban hành" row names the same
 * organ with its locality ({@link #organOfRegistry});</li>
 * <li>the Đội's name standing above a Liên đội in the issuer column ("ĐỘI TNTP HỒ CHÍ MINH" / "LIÊN ĐỘI …") is its superior,
 * as the Đoàn's name above a Chi đoàn is ({@link #youthAnchorAbove});</li>
 * <li>a school's organisation named without "trường" and the school's kind in the header ("LIÊN ĐỘI TÔ VĨNH DIỆN") takes the
 * name the body acts with ("Liên đội trường TH Tô Vĩnh Diện phát động …") ({@link #withSchool}).</li>
 * </ul>
 * Each rule acts only when the text confirms it; otherwise the decision is returned unchanged.
 */
final class HeaderIssuers {

    /** An inspectorate on its own header line, under the organ it belongs to ("THANH TRA", "THANH TRA SỞ", "THANH TRA HUYỆN"). */
    private static final Pattern SUB_UNIT_LINE = Pattern.compile("^THANH TRA(?:\\s+\\p{Lu}+){0,6}$");

    /** A council's standing body written alone on the line above the bodies it belongs to ("THƯỜNG TRỰC" / "HĐND - UBND TỈNH X"). */
    private static final Pattern BOARD_ALONE = Pattern.compile("^(?:BAN\\s+)?THƯỜNG\\s+TRỰC$");

    /** An organ's whole name (three words at least) with its inspectorate after it on one line. */
    private static final Pattern UNDER_ORGAN = Pattern.compile("^(\\p{Lu}+(?:\\s+[\\p{Lu}&]+){2,12}?)(?<!\\sBAN|\\sTỔ|\\sPHÒNG|\\sBỘ PHẬN|\\sĐOÀN)"
            + "\\s+(THANH TRA(?:\\s+(?:SỞ|BỘ|TỈNH|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ))?)$"); // never "… BAN" + "THANH TRA NHÂN DÂN"

    private HeaderIssuers() {
    }

    /** Whether a header line is a standing body alone, the first words of the name on the line below. */
    static boolean boardAlone(String line) {
        return line != null && BOARD_ALONE.matcher(Texts.clean(line)).matches();
    }

    /** Whether a header line in capitals opens a unit of its own under the line above, though no unit word opens it. */
    static boolean subUnitLine(String line) {
        return line != null && SUB_UNIT_LINE.matcher(Texts.clean(line)).matches();
    }

    /** The decision reshaped by the rules above; {@code units} the header's unit lines, {@code place} the document's place. */
    static IssuerSignals.Decision refine(IssuerSignals.Decision who, List<String> units, String symbol, String place, TextLines d) {
        if (units.isEmpty()) {
            return who;
        }
        List<String> joint = jointEnacted(who.issuers(), units, symbol, place, d);
        if (joint != null) {
            return new IssuerSignals.Decision(joint, null, who.confidence());
        }
        List<String> issuers = who.issuers().size() >= 2 ? jointPlaced(who.issuers(), units, place, d) : who.issuers();
        String parent = who.parent();
        Matcher inspectorate = issuers.size() == 1 && parent == null ? UNDER_ORGAN.matcher(Texts.clean(issuers.get(0))) : null;
        if (inspectorate != null && inspectorate.matches() && WordLists.startsUnit(inspectorate.group(1))) {
            parent = inspectorate.group(1); // the two lines read as one ("BỘ GIÁO DỤC VÀ ĐÀO TẠO THANH TRA"): the organ above its inspectorate
            issuers = List.of(inspectorate.group(2));
        }
        String proposed = issuers.size() == 1 && parent == null ? proposedCollective(issuers.get(0), d) : null;
        if (proposed != null) { // the superior's line alone above a commendation report: the collective it proposes reports
            parent = issuers.get(0);
            issuers = List.of(proposed);
        }
        if (issuers.size() == 1 && parent == null) {
            String organ = organOfRegistry(issuers.get(0), d);
            issuers = organ != null ? List.of(organ) : issuers;
        }
        if (issuers.size() == 1 && parent == null) {
            parent = youthAnchorAbove(issuers.get(0), d);
        }
        parent = parent != null ? anchoredLocality(parent, d) : null;
        if (issuers.size() == 1) {
            String school = withSchool(issuers.get(0), d);
            school = school == null ? spelledSubject(issuers.get(0), d) : school;
            issuers = school != null ? List.of(school) : issuers;
        }
        return issuers.equals(who.issuers()) && java.util.Objects.equals(parent, who.parent()) ? who
                : new IssuerSignals.Decision(issuers, parent, who.confidence());
    }

    /** The bodies' head words a joint enacting sentence opens each name with. */
    private static final String BODY = "(?:Thường trực\\s+|Ban Thường trực\\s+|Ban Thường vụ\\s+|Ban Chấp hành\\s+)?(?:[ỦU][ỷy] ban|UBND|Hội đồng|HĐND|Liên đoàn|LĐLĐ"
            + "|Sở|Hội|Ban|Đoàn|Công đoàn|Phòng|Mặt trận|Tỉnh đoàn|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Bộ|Chính phủ)(?![\\p{L}])";
    /** "A và B (thống nhất) ban hành Quy chế …" at a sentence's start: the joint document's own enacting sentence. */
    private static final Pattern JOINT_ENACTING = Pattern.compile("(?:^|[.;:]\\s+|\\n)(" + BODY + "[^.;:,\\n]{0,80}?)\\s+(?:và|với)\\s+(" + BODY
            + "[^.;:,\\n]{0,80}?)\\s+(?:(?:cùng\\s+)?thống nhất\\s+)?(?:ban hành|ký kết|xây dựng)\\s+(?:" + KindWords.ANY + ")(?![\\p{L}])");
    private static final Pattern ENDS_WITH_LEVEL = Pattern.compile("(?iu)(?:^|\\s)(" + IssuerShapes.LEVEL + ")$");

    /**
     * A joint document whose header gives fewer bodies than its symbol names (the partner's cells lost by a library): the bodies of
     * its enacting sentence, when there are as many as the symbol names and the first is the header's body; a name ending with a
     * bare level word ("… tỉnh") takes the document's place. Null otherwise.
     */
    static List<String> jointEnacted(List<String> issuers, List<String> units, String symbol, String place, TextLines d) {
        int bodies = IssuerShapes.symbolBodies(symbol);
        if (bodies != 2 || issuers.size() != 1 || units.size() != 1 || !endsWithDash(units.get(0), d)) {
            return null;
        }
        String text = String.join("\n", d.lines.subList(0, Math.min(d.lines.size(), 80))).replaceAll("[ \\t]+", " ");
        Matcher m = JOINT_ENACTING.matcher(text.replaceAll("(?<=\\p{L})\\n(?=\\p{L})", " "));
        if (!m.find()) {
            return null;
        }
        String a = Texts.clean(m.group(1));
        String b = Texts.clean(m.group(2));
        String organ = Texts.fold(Texts.clean(units.get(0)).replaceFirst("\\s*[-–]$", ""));
        if (!Texts.fold(a).startsWith(organ) && !Texts.fold(a).startsWith(Texts.fold(issuers.get(0)))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String name : List.of(a, b)) {
            String placed = placed(name, place, d);
            if (placed == null || !UnitNames.wellFormed(placed)) {
                return null;
            }
            out.add(placed);
        }
        return out;
    }

    /**
     * Joint issuers read from a body sentence that names them by their level alone ("Ủy ban nhân dân tỉnh và Ban Thường trực Ủy ban
     * MTTQ Việt Nam tỉnh thống nhất …") while the header's units name the locality ("… TỈNH QUẢNG TRỊ"): each such name with the
     * place. Unchanged when the header does not name the place with that level.
     */
    static List<String> jointPlaced(List<String> issuers, List<String> units, String place, TextLines d) {
        if (place == null || place.isBlank()) {
            return issuers;
        }
        String header = Texts.fold(String.join(" ", units));
        List<String> out = new ArrayList<>(issuers.size());
        boolean changed = false;
        for (String name : issuers) {
            Matcher level = ENDS_WITH_LEVEL.matcher(name);
            String placed = level.find() && header.contains(Texts.fold(level.group(1) + " " + Texts.clean(place))) ? placed(name, place, d) : null;
            changed |= placed != null;
            out.add(placed != null ? placed : name);
        }
        return changed ? out : issuers;
    }

    /** A name ending with a bare level word ("Liên đoàn Lao động tỉnh") with the place the text names at that level; else as is. */
    private static String placed(String name, String place, TextLines d) {
        Matcher level = ENDS_WITH_LEVEL.matcher(name);
        if (!level.find()) {
            return name;
        }
        if (place == null || place.isBlank()) {
            return null;
        }
        Pattern named = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(level.group(1)) + "\\s+" + Pattern.quote(Texts.clean(place)) + "(?![\\p{L}])");
        return named.matcher(d.joined).find() ? name + " " + Texts.clean(place) : null;
    }

    /** Whether the unit's line among the first lines ends with a dash (its partner's cells follow or were lost). */
    private static boolean endsWithDash(String unit, TextLines d) {
        String key = Texts.fold(Texts.clean(unit).replaceFirst("\\s*[-–]$", ""));
        Pattern dashed = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + "\\s*[-–]\\s*(?:$|\\||cong hoa(?![\\p{L}]))");
        for (int i = 0; i < Math.min(d.lines.size(), 60); i++) {
            if (dashed.matcher(Texts.fold(Texts.clean(d.lines.get(i)))).find()) {
                return true; // alone, before the next cell's bar, or glued before the motto
            }
        }
        return false;
    }

    private static final Pattern ACHIEVEMENT_REPORT = Pattern.compile("(?iu)^BÁO CÁO THÀNH TÍCH(?![\\p{L}]).*");
    private static final Pattern PROPOSED = Pattern.compile("(?iu)^(?:Tên\\s+)?tập thể(?:\\s+được)?\\s+đề nghị(?:\\s+khen thưởng)?\\s*:\\s*(\\S.{3,90})$");

    /**
     * A commendation report ("BÁO CÁO THÀNH TÍCH …") whose header kept only its superior's line ("PHÒNG GD&ĐT PHÚ BÌNH"): the
     * collective the form names ("Tập thể đề nghị: TRƯỜNG TRUNG HỌC CƠ SỞ TÂN ĐỨC") reports, under that line. Null when the form
     * has no such report line or names no body, or names the header's own unit.
     */
    static String proposedCollective(String issuer, TextLines d) {
        boolean report = false;
        for (int i = 0; i < Math.min(d.lines.size(), 40); i++) {
            String line = Texts.clean(d.lines.get(i));
            report |= ACHIEVEMENT_REPORT.matcher(line).matches() && TextLines.isUpper(line);
            Matcher m = report ? PROPOSED.matcher(line) : null;
            if (m != null && m.matches()) {
                String name = UnitNames.clip(m.group(1));
                return name != null && UnitNames.wellFormed(name) && !Texts.fold(name).equals(Texts.fold(Texts.clean(issuer))) ? name : null;
            }
        }
        return null;
    }

    private static final Pattern BARE_ORGAN = Pattern.compile("(?iu)^(?:[ỦU][ỶY] BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$");

    /**
     * The bare organ of a header ("ỦY BAN NHÂN DÂN") that no place completed: the page's own "Cơ quan ban hành" row, when it names
     * the same organ with a locality ("Ủy ban nhân dân tỉnh Cà Mau"). Null otherwise.
     */
    static String organOfRegistry(String issuer, TextLines d) {
        if (!BARE_ORGAN.matcher(Texts.clean(issuer)).matches()) {
            return null;
        }
        String row = registryOrgan(d);
        String organ = Texts.clean(issuer);
        String abbreviation = Texts.fold(organ).startsWith("uy") ? "ubnd " : "hdnd ";
        boolean spelled = row != null && Texts.fold(row).startsWith(Texts.fold(organ) + " ");
        if (row == null || !spelled && !Texts.fold(row).startsWith(abbreviation)) {
            return null;
        }
        String rest = Texts.clean(row).substring(spelled ? organ.length() : abbreviation.length()).strip();
        if (!rest.matches("(?iu)^" + IssuerShapes.LEVEL + "\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3}$")) {
            return null;
        }
        String whole = organ + " " + rest; // "UBND tỉnh Bình Định" under "ỦY BAN NHÂN DÂN": the header's organ with the row's locality
        return spelled ? Texts.clean(row) : TextLines.isUpper(organ) ? whole.toUpperCase(Locale.ROOT) : whole;
    }

    /** A page's metadata row naming the issuing body, its label closed by a colon, a bar or both ("Cơ quan ban hành: | Ủy ban …"). */
    private static final Pattern REGISTRY_ROW = Pattern.compile("(?iu)(?:^|\\|)\\s*Cơ quan ban hành\\s*(?::\\s*\\|?|\\|)\\s*([^|]+?)\\s*(?:\\||$)");

    private static String registryOrgan(TextLines d) {
        for (int i = 0; i < Math.min(d.lines.size(), 60); i++) {
            Matcher m = REGISTRY_ROW.matcher(Texts.clean(d.lines.get(i)));
            if (m.find()) {
                return Texts.clean(m.group(1));
            }
        }
        return null;
    }

    private static final Pattern YOUTH_ANCHOR = Pattern.compile("^(?:Trang\\s*\\d{1,3}\\s*)?(ĐỘI\\s+(?:TNTP|THIẾU NIÊN TIỀN PHONG)\\s+HỒ\\s+CHÍ\\s+MINH)(?:\\s{2,}.*|\\s*\\|.*|\\s+CỘNG\\s+H[ÒO][AÀ]\\s.*)?$"); // alone, or left of the motto
    private static final Pattern LIEN_DOI = Pattern.compile("(?iu)^(?:LIÊN ĐỘI|CHI ĐỘI)\\s+\\S.*");

    /**
     * The Đội's name at the head of the issuer column, on the line right above a Liên đội (alone, or left of the motto): the Liên
     * đội's superior, as the header writes it. Null otherwise (the Đội's name right of a council of the Đội is the header's
     * anchor: that council is the superior).
     */
    static String youthAnchorAbove(String issuer, TextLines d) {
        if (!LIEN_DOI.matcher(Texts.clean(issuer)).matches()) {
            return null;
        }
        String key = Texts.fold(Texts.clean(issuer));
        int prev = -1;
        for (int i = 0; i < Math.min(d.lines.size(), 60); i++) {
            String line = Texts.clean(d.lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (prev >= 0 && Texts.fold(line).startsWith(key)) {
                Matcher a = YOUTH_ANCHOR.matcher(d.lines.get(prev).strip());
                return a.matches() ? Texts.clean(a.group(1)) : null;
            }
            prev = i;
        }
        return null;
    }

    private static final Pattern ABBREVIATED_SCHOOL = Pattern.compile("(?iu)^TRƯỜNG\\s+(TH|THCS|THPT|MN|MG)\\s+(\\S.*)$");
    private static final java.util.Map<String, String> SCHOOL_KINDS = java.util.Map.of("th", "tiểu học", "thcs", "trung học cơ sở",
            "thpt", "trung học phổ thông", "mn", "mầm non", "mg", "mẫu giáo");

    /**
     * A school the header names with its kind abbreviated ("TRƯỜNG TH ĐỒNG KHO 1") that the body spells out as the subject of a
     * clause of its own ("…, Trường Tiểu học Đồng Kho 1 đã tiến hành …"): the body's name (seeds README: a fuller name in the body
     * wins). A spelled-out name after a preposition ("Tại trường …", "của Trường …") is a place or a cited author: never taken.
     */
    static String spelledSubject(String issuer, TextLines d) {
        Matcher m = ABBREVIATED_SCHOOL.matcher(Texts.clean(issuer));
        if (!m.matches()) {
            return null;
        }
        String kind = SCHOOL_KINDS.get(Texts.fold(m.group(1)));
        Pattern subject = Pattern.compile("(?iu)(?:^|[,.:;]\\s+)(Trường\\s+" + kind.replace(" ", "\\s+") + "\\s+" + Pattern.quote(m.group(2)).replace(" ", "\\E\\s+\\Q")
                + ")(?=\\s+(?-i:\\p{Ll}))", Pattern.MULTILINE);
        Matcher s = subject.matcher(d.joined);
        return s.find() ? Texts.clean(s.group(1)) : null;
    }

    private static final Pattern BARE_LOCALITY = Pattern.compile("^(?:TỈNH|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ TRẤN)\\s+(?!(?:ỦY|UỶ|ĐOÀN)(?![\\p{L}]))\\p{Lu}.*");
    private static final Pattern YOUTH_NAME = Pattern.compile("(?:ĐỘI\\s+(?:TNTP|THIẾU NIÊN TIỀN PHONG)|ĐOÀN\\s+(?:TNCS|THANH NIÊN CỘNG SẢN))\\s+HỒ\\s+CHÍ\\s+MINH");

    /**
     * A superior read as a bare locality ("HUYỆN TÂN HỒNG") that the header writes right after the Đội's or the Đoàn's name
     * ("ĐỘI TNTP HỒ CHÍ MINH HUYỆN TÂN HỒNG", the name taken for the header's anchor): that locality's Đội or Đoàn, as written.
     * Any other superior is returned as is.
     */
    static String anchoredLocality(String parent, TextLines d) {
        String p = Texts.clean(parent);
        if (!BARE_LOCALITY.matcher(p).matches()) {
            return parent;
        }
        Pattern after = Pattern.compile("(" + YOUTH_NAME.pattern() + ")\\s+" + Pattern.quote(p).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\d])");
        for (int i = 0; i < Math.min(d.lines.size(), 60); i++) {
            Matcher m = after.matcher(d.lines.get(i));
            if (m.find()) {
                return Texts.clean(m.group(1)) + " " + p;
            }
        }
        return parent;
    }

    private static final Pattern SCHOOL_ORGANISATION = Pattern.compile("(?iu)^(LIÊN ĐỘI|CHI ĐOÀN|CHI BỘ|CÔNG ĐOÀN|CĐCS)\\s+(\\S.*)$");
    private static final Pattern SCHOOL_KIND = Pattern.compile("(?iu)^(?:TRƯỜNG|TH|THCS|THPT|MN|MG|TIỂU HỌC|MẦM NON|MẪU GIÁO|TRUNG HỌC|PTDTBT|PTDTNT)(?![\\p{L}]).*");
    private static final Pattern ACTS = Pattern.compile("^\\s+(?:(?:đã|vừa|mới)\\s+)?(?:xây dựng|ban hành|phát động|triển khai|tổ chức|lập|thông báo|báo cáo)(?![\\p{L}])");

    /**
     * A school's organisation the header names without its school's kind ("LIÊN ĐỘI TÔ VĨNH DIỆN"): the name the body acts with,
     * "trường" and the school's kind between the head and the name ("Liên đội trường TH Tô Vĩnh Diện phát động …"). Null otherwise.
     */
    static String withSchool(String issuer, TextLines d) {
        Matcher m = SCHOOL_ORGANISATION.matcher(Texts.clean(issuer));
        if (!m.matches() || SCHOOL_KIND.matcher(m.group(2)).matches()) {
            return null;
        }
        Pattern acting = Pattern.compile("(?iu)(?<![\\p{L}])(" + Pattern.quote(m.group(1)) + "\\s+trường\\s+(?:tiểu học|mầm non|mẫu giáo|trung học cơ sở|trung học phổ thông"
                + "|TH|THCS|THPT|MN|MG)\\s+" + Pattern.quote(m.group(2)).replace(" ", "\\E\\s+\\Q") + ")(?![\\p{L}])");
        String text = d.joined.toString();
        Matcher a = acting.matcher(text);
        while (a.find()) {
            String rest = text.substring(a.end(), Math.min(text.length(), a.end() + 40)).replace('\n', ' ');
            if (ACTS.matcher(rest).lookingAt()) {
                String name = Texts.clean(a.group(1));
                return TextLines.isUpper(issuer) && TextLines.isUpper(name) ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            }
        }
        return null;
    }
}
