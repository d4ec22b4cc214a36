package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Decides the issuer from every source the text gives, each judged by the grammar of a body's name ({@link UnitNames}):
 * the header column (or a web headline) first, cut where a name ends and split when two units share a line; without
 * one, the unit in capitals opening a header run onto one line, the opening sentences' subject ("Ủy ban nhân dân xã X thông báo …", "Liên đội Trường X lập Kế hoạch …"), the
 * document's own number naming its body ("Chỉ thị số 1112/CT-BGDĐT … của Bộ Giáo dục và Đào tạo", kept only when the
 * symbol's abbreviation agrees) and the signature block ("TM. ỦY BAN NHÂN DÂN"). Candidates from different sources that
 * disagree, none confirmed by the symbol, leave the field empty.
 */
final class IssuerSignals {

    /** Where a candidate came from, strongest first. */
    enum Source { HEADER, HEAD_RUN, SUBJECT, OWN_NUMBER, HEADLINE, SIGNATURE }

    /** One candidate name and its source. */
    record Candidate(String name, Source source) {
    }

    private static final String VERBS = "(?:thông báo|ban hành|thống nhất|lập|triển khai|xây dựng|hướng dẫn|tổ chức|yêu cầu|chỉ đạo|báo cáo|đã ký|ký|vừa có|có|phát hành"
            + "|ra(?=\\s+(?:nghị quyết|chỉ thị|quyết định|thông báo|kế hoạch|công văn|hướng dẫn|kết luận|thông tri|văn bản|lời kêu gọi)))";
    private static final String UNIT = "(?:" + Issuers.UNIT_START.pattern() + "|Liên đội|Hội đồng Đội|Mặt trận"
            + "|Thường trực(?=\\s+(?:HĐND|Hội đồng|[TtHh]ỉnh ủy|[Hh]uyện ủy|[Tt]hành ủy|[Đđ]ảng ủy)))"; // s18: a council's or Party committee's standing body
    private static final String TITLE = "(?:(?:Giám đốc|Phó Giám đốc|Chủ tịch|Hiệu trưởng|Bộ trưởng|Trưởng phòng|Bí thư)\\s+)?";
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[:]\\s+|,\\s+|(?iu:vừa qua|mới đây)\\s+|\\d{1,4}(?:[/-]\\d{1,4}){1,2},?\\s+|(?iu:tháng)\\s+\\d{1,2},?\\s+\\d{4}\\s+|\\)\\s*[-–]\\s+)" + TITLE + "(" + UNIT + "(?:\\s+[\\p{L}&\\-–.]+){1,12}?)"
            + "\\s+(?:\\([\\p{Lu}Đ&]{2,12}\\)\\s+)?(?:(?:đã|vừa|mới)\\s+)*(?iu:" + VERBS + ")(?![\\p{L}])");
    /**
     * Session 16: the chairman who issues a directive in person, named before the body in a news item or headline ("Chỉ thị số
     * 03/CT-UBND của Chủ tịch UBND tỉnh"): the gold, like the text, names the office with the body.
     */
    private static final String OFFICE = "((?-i:Chủ tịch)\\s+)?";
    private static final Pattern OWN = Pattern.compile("(?iu)^(?:[^.;]{0,80}?\\s)?(?:" + KindWords.ANY + ")\\s+(?:số\\s+)?\\d+[^\\s]*?/(\\S+)[^.;]{0,160}?\\sc[ủu]a\\s+" + OFFICE + "(" + UNIT
            + "(?:\\s+[\\p{L}&\\-–]+){1,10})");
    /**
     * Session 16: a page's headline naming its document by kind and body, without number ("Chỉ thị của Chủ tịch Uỷ ban nhân dân
     * tỉnh về việc …", "Kế hoạch của Ban Chỉ đạo … về …"): the paragraph opens with the kind word, "của", the body and its
     * "về …" subject.
     */
    private static final Pattern HEADLINE = Pattern.compile("(?iu)^\\s*(?:(?-i:\\p{Lu}{2,5})\\s*[-–]\\s*)?(?:Theo\\s+)?(?:" + KindWords.ANY + ")\\s+c[ủu]a\\s+" + OFFICE + "(" + UNIT + "(?:\\s+[\\p{L}&\\-–]+(?:\\.\\p{Lu}+)?){1,10}?)\\s+(?:về việc|về|V/v)\\s");
    /**
     * Session 18: a document named after "theo / căn cứ / tại" inside a phrase ("Nội dung công khai … theo Thông tư 36/2017/…
     * của Bộ …") is one the page cites, not its own; a news lead opening "Theo kế hoạch của …" reports its own document.
     */
    private static final Pattern CITED = Pattern.compile("(?iu)(?<=\\S\\s)(?:theo|căn cứ|tại)\\s+(?:\\S+\\s+){0,2}?(?:" + KindWords.ANY + ")\\s");
    private static final Pattern SIGNATURE = Pattern.compile("^(?:TM|T/M|T\\.M)\\s*[.:]?\\s*(\\p{Lu}[\\p{Lu}\\s&\\-]{4,80})$");
    private static final Pattern HEAD_RUN = Pattern.compile("^\\s*(?:\\|\\s*)?((?:" + UnitNames.UPPER_HEADS + ")(?:[\\s|]+[\\p{Lu}\\d][\\p{Lu}\\d&.\\-]*){1,14}?)"
            + "[\\s|~]+(?:KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|TỜ TRÌNH|SỐ\\s*:|Số\\s*:|CỘNG H[ÒO]A)(?![\\p{L}])");
    private static final Pattern BASE = Pattern.compile("(?iu)^\\s*(?:[-–•*+]\\s*)?(?:Căn cứ|Thực hiện|Theo|Xét|Tiếp tục thực hiện)\\b.*");

    /** The issuers, the superior body and how sure the reading is. */
    record Decision(List<String> issuers, String parent, double confidence) {
    }

    private IssuerSignals() {
    }

    /** Judges what the header step found ({@code found}) together with the other sources of the text. */
    static Decision decide(List<String> found, String parent, double confidence, String symbol, TextLines d) {
        List<String> header = new ArrayList<>();
        String upper = parent;
        for (String f : joint(found)) {
            String name = organOfLocality(UnitNames.clip(f), d);
            UnitNames.Split two = UnitNames.split(name);
            two = two == null && found.size() == 1 && parent == null ? RunTogetherUnits.split(name, d) : two; // s24: a superior without its level word run into its unit
            if (two != null && found.size() == 1) {
                upper = upper == null ? two.upper() : upper;
                name = two.unit();
            }
            if (name != null && name.strip().contains(" ")) { // one word ("Ban") is no body's name: refused
                header.add(name);
            }
        }
        if (!header.isEmpty()) {
            String judged = superior(upper, header);
            if (header.size() == 1 && judged != null && centralOrganOf(header.get(0), judged)) {
                return new Decision(List.of(header.get(0) + " " + judged), null, confidence);
            }
            if (header.size() == 1 && judged != null && centralOrganOf(judged, header.get(0))) {
                return new Decision(List.of(judged + " " + header.get(0)), null, confidence);
            }
            return new Decision(header, judged, confidence);
        }
        List<Candidate> others = candidates(d, symbol);
        return others.isEmpty() ? new Decision(List.of(), parent, 0.1) : agreed(others, symbol, parent);
    }

    private static final Pattern PAGE_LINE = Pattern.compile("\\p{L}\\s*:\\s*\\d");
    private static final Pattern CENTRAL_ORGAN = Pattern.compile("(?iu)^(?:BAN CHẤP HÀNH|[ỦU][ỶY] BAN|BAN THƯỜNG VỤ|ĐOÀN CHỦ TỊCH)\\s+TRUNG\\s+ƯƠNG$");
    private static final Pattern NATIONAL_ORGANISATION = Pattern.compile("(?iu)^(?:ĐOÀN\\s+(?:TNCS|THANH NIÊN)|HỘI|MẶT TRẬN|LIÊN ĐOÀN|TỔNG LIÊN ĐOÀN"
            + "|LIÊN HIỆP)\\s.*(?:VIỆT\\s+NAM|HỒ\\s+CHÍ\\s+MINH)$");

    private static final Pattern LOCALITY_ONLY = Pattern.compile("(?iu)^(?:TỈNH|HUYỆN|XÃ|THỊ TRẤN|PHƯỜNG|QUẬN|THÀNH PHỐ|THỊ XÃ)\\s+(?![ỦU][ỶY]\\b|ĐOÀN\\b)\\S.*");
    private static final Pattern ORGAN_END = Pattern.compile("(?iu)(?:^|\\s|\\d)((?:[ỦU][ỶY] BAN|HỘI ĐỒNG) NHÂN DÂN|UBND|HĐND)\\s*$");

    /**
     * Session 15: a locality alone ("THỊ TRẤN HƯƠNG SƠN") is no issuing body — the organ above it was lost or glued to a page
     * marker ("Trang 1UỶ BAN NHÂN DÂN" / "THỊ TRẤN …"). The organ ending the line right above the locality's line completes it;
     * without one the name is refused (null), never returned as an issuer.
     */
    static String organOfLocality(String name, TextLines d) {
        if (name == null || !LOCALITY_ONLY.matcher(name).matches() || WordLists.startsUnit(name)) {
            return name;
        }
        String prev = null;
        for (int i = 0; i < Math.min(d.lines.size(), 20); i++) {
            String line = Texts.clean(d.lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (prev != null && Texts.fold(line).startsWith(Texts.fold(name))) {
                Matcher m = ORGAN_END.matcher(prev);
                return m.find() ? m.group(1) + " " + name : null;
            }
            prev = Texts.clean(d.lines.get(i).strip().split("\\s{3,}|\\t|\\|")[0]);
        }
        return null;
    }

    /**
     * Session 15: the superior body judged by the same grammar as the issuer — cut where a body's name ends (a kind word, "VỀ
     * VIỆC", the Party name, the Đội name as an anchor behind it), and no body at all when nothing of a name is left or it is a
     * page's "label: value" line ("Số lượt tải: 27", "VIEWS: 10"); the issuer's own organ is no superior ({@link #sameOrgan}).
     */
    static String superior(String upper, List<String> issuers) {
        if (upper == null || ownCommittee(upper, issuers)) {
            return null;
        }
        String u = UnitNames.clip(upper);
        if (u == null || PAGE_LINE.matcher(upper).find() || sameOrgan(u, issuers)) {
            return null;
        }
        return u.equals(Extractor.trimEnd(Texts.clean(upper))) ? upper : u;
    }

    private static final Pattern COMMITTEE = Pattern.compile("(?iu)^(?:BCH|BTV|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\\s+(\\S.*)$");

    /**
     * Session 16: a national organisation's name in the anchor's place above its own local committee ("HỘI NÔNG DÂN VIỆT NAM"
     * over "BCH HND TỈNH ĐỒNG THÁP"): the organisation's name, as the Party's in its header, is no body above the committee.
     * The committee names the organisation by its words or its initials (HND) right after BCH / BAN CHẤP HÀNH / BAN THƯỜNG VỤ.
     * A lower unit under the Đoàn's name ("CHI ĐOÀN TRƯỜNG …") keeps it as superior (the gold's convention).
     */
    static boolean ownCommittee(String upper, List<String> issuers) {
        String u = Texts.clean(upper);
        if (issuers.size() != 1 || !NATIONAL_ORGANISATION.matcher(u).matches()) {
            return false;
        }
        Matcher c = COMMITTEE.matcher(Texts.clean(issuers.get(0)));
        if (!c.matches()) {
            return false;
        }
        String org = u.replaceFirst("(?iu)\\s+(?:VIỆT\\s+NAM|HỒ\\s+CHÍ\\s+MINH)$", "");
        String rest = Texts.fold(c.group(1));
        String ini = UnitNames.initials(org);
        return rest.startsWith(Texts.fold(org) + " ") || rest.startsWith(ini + " ");
    }

    /**
     * Session 16: a header column read one cell per line puts the right column's organisation name ("ĐOÀN TNCS HỒ CHÍ MINH", the
     * Đoàn's anchor) below the left column's units and the number: as the lowest line it would be taken for the issuer. Below
     * other units and not under a central organ, it is the anchor and is left out.
     */
    static List<String> withoutAnchor(List<String> header) {
        int n = header.size();
        if (n < 2 || !NATIONAL_ORGANISATION.matcher(Texts.clean(header.get(n - 1))).matches()
                || CENTRAL_ORGAN.matcher(Texts.clean(header.get(n - 2))).matches()) {
            return header;
        }
        return header.subList(0, n - 1);
    }

    /**
     * Session 15: a national organisation's central organ stands on a line of its own above or below the organisation's name
     * ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH", "Uỷ ban Trung ương" / "Hội Liên hiệp Thanh niên Việt Nam"): the two
     * lines are one issuer, organ first, with no superior body. The Party's "BAN CHẤP HÀNH TRUNG ƯƠNG" has no such line (its
     * name is the header's anchor), so it stays alone.
     */
    static boolean centralOrganOf(String organ, String organisation) {
        return CENTRAL_ORGAN.matcher(Texts.clean(organ)).matches() && NATIONAL_ORGANISATION.matcher(Texts.clean(organisation)).matches();
    }

    /**
     * Session 15: a superior body that is the issuer's own organ without its locality ("HỘI ĐỒNG NHÂN DÂN" over "HỘI ĐỒNG
     * NHÂN DÂN TỈNH X": a legal library's header cell that lost its second line, the enacting line giving the whole name)
     * is the issuer itself, not a body above it.
     */
    static boolean sameOrgan(String upper, List<String> issuers) {
        if (upper == null || issuers.size() != 1) {
            return false;
        }
        String u = Texts.fold(upper).strip();
        String i = Texts.fold(issuers.get(0)).strip();
        return i.equals(u) || i.startsWith(u + " ");
    }

    /** "A – B" with a body's name on each side is a joint issue ("UBND tỉnh - Hội Nông dân tỉnh"). */
    static List<String> joint(List<String> found) {
        if (found.size() != 1) {
            return found;
        }
        List<String> parts = List.of(found.get(0).split("\\s+[-–]\\s+"));
        return parts.size() > 1 && parts.stream().allMatch(UnitNames::wellFormed) ? parts.stream().map(String::strip).toList() : found;
    }

    /** The first candidate when every source names the same body or the symbol confirms it; else nothing. */
    private static Decision agreed(List<Candidate> cs, String symbol, String parent) {
        Candidate first = cs.get(0);
        boolean same = cs.stream().allMatch(c -> sameBody(c.name(), first.name()));
        if (same && (first.source() != Source.OWN_NUMBER || symbol == null || UnitNames.agrees(first.name(), symbol))) {
            return new Decision(List.of(first.name()), parent, first.source() == Source.SUBJECT ? 0.6 : 0.5);
        }
        return cs.stream().filter(c -> UnitNames.agrees(c.name(), symbol)).findFirst()
                .map(c -> new Decision(List.of(c.name()), parent, 0.5)).orElse(new Decision(List.of(), parent, 0.1));
    }

    /**
     * Session 16: a congress's resolution known by its page's headline or lead ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X lần
     * thứ XI", "Toàn văn Nghị quyết Đại hội …"): the congress, named up to its ordinal, issued it. A congress without its
     * ordinal ("Nghị quyết Đại hội XIV của Đảng") is another document the text cites.
     */
    private static final Pattern CONGRESS = Pattern.compile("(?:^|\\s)(?iu:Nghị quyết)\\s+(Đại hội\\s+(?:đại biểu\\s+)?(?:Đảng bộ|Đoàn|Hội|Công đoàn"
            + "|Mặt trận)[^,.;:\\n]{3,80}?\\s+lần thứ\\s+(?:[IVXLC]+|\\d+))(?![\\p{L}\\d])");

    /** Session 19: a congress's resolution named right after a base's verb is cited, not the page's own. */
    private static final Pattern CITING = Pattern.compile("(?iu)(?:Thực hiện|Căn cứ|Theo|Quán triệt|Triển khai)\\s*$");

    static List<Candidate> candidates(TextLines d, String symbol) {
        List<Candidate> out = new ArrayList<>();
        headRun(d, out);
        for (int i = 0; i < Math.min(d.paras.size(), 6) && out.isEmpty(); i++) {
            Matcher m = CONGRESS.matcher(d.paras.get(i));
            if (m.find() && !CITING.matcher(d.paras.get(i).substring(0, m.start())).find()) { // s19: "Thực hiện Nghị quyết Đại hội …" cites it
                out.add(new Candidate(Texts.clean(m.group(1)), Source.HEADLINE));
                return out;
            }
        }
        int end = Math.min(d.paras.size(), 25);
        for (int i = 0; i < end && out.isEmpty(); i++) {
            for (String sentence : d.paras.get(i).split("(?<=[.;])\\s+")) {
                Matcher m = SUBJECT.matcher(sentence);
                boolean base = BASE.matcher(sentence).matches();
                if (out.isEmpty() && m.find() && (!base || m.start(1) > 0)) {
                    add(out, m.group(1), Source.SUBJECT);
                }
            }
        }
        for (int i = 0; i < Math.min(d.paras.size(), 4); i++) {
            Matcher m = OWN.matcher(d.paras.get(i));
            if (!BASE.matcher(d.paras.get(i)).matches() && m.find() && UnitNames.agrees(m.group(3), m.group(1))
                    && !CITED.matcher(d.paras.get(i).substring(0, m.start(1))).find()) { // s18: "… theo Thông tư 36/2017 … của Bộ …" is cited
                add(out, m.group(2), m.group(3), Source.OWN_NUMBER);
            }
            Matcher h = HEADLINE.matcher(d.paras.get(i));
            if (h.find()) {
                add(out, h.group(1), h.group(2), Source.HEADLINE);
            }
        }
        for (int i = Math.max(0, d.lines.size() - 60); i < d.lines.size(); i++) {
            add(out, SIGNATURE.matcher(d.lines.get(i).strip()), 1, Source.SIGNATURE);
        }
        return out;
    }

    private static void add(List<Candidate> out, Matcher m, int group, Source source) {
        if (m.find()) {
            add(out, m.group(group), source);
        }
    }

    /** A unit in capitals opening the page right before the kind line, the number or the motto (a header run onto one line). */
    private static void headRun(TextLines d, List<Candidate> out) {
        for (int i = 0; i < Math.min(d.paras.size(), 3); i++) {
            Matcher m = HEAD_RUN.matcher(d.paras.get(i));
            if (m.find()) {
                UnitNames.Split two = UnitNames.split(Texts.clean(m.group(1)));
                add(out, two == null ? m.group(1) : two.unit(), Source.HEAD_RUN);
                return;
            }
        }
    }

    /** A body named after its chairman's office: the office stays before the body's name when the body is well formed. */
    private static void add(List<Candidate> out, String office, String raw, Source source) {
        int before = out.size();
        add(out, raw, source);
        if (office != null && out.size() > before) {
            Candidate c = out.remove(before);
            out.add(new Candidate(office.strip() + " " + c.name(), source));
        }
    }

    private static void add(List<Candidate> out, String raw, Source source) {
        String name = UnitNames.clip(raw);
        if (name != null && UnitNames.wellFormed(name) && !Texts.fold(name).matches("(?:phong|truong|ban|hoi|bo|so)(?: \\p{L}+)?|ban giam (?:hieu|doc)")) {
            out.add(new Candidate(name, source));
        }
    }

    /** Two names of one body: one covers the other's words ("ỦY BAN NHÂN DÂN" and "Ủy ban nhân dân xã X"). */
    static boolean sameBody(String a, String b) {
        String fa = " " + Texts.fold(a) + " ";
        String fb = " " + Texts.fold(b) + " ";
        return fa.contains(fb) || fb.contains(fa) || UnitNames.initials(a).equals(UnitNames.initials(b));
    }
}
