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
 * is that office ("Sở Giáo dục và Đào tạo hướng dẫn …") — the office issues, the organ (with its locality) is its superior.</li>
 * </ul>
 * Each rule only acts when the text confirms it; otherwise the decision is returned unchanged.
 */
final class IssuerShapes {

    /** The state organs that stand above an office in a header. */
    private static final Pattern ORGAN = Pattern.compile("(?iu)^(?:[ỦU][ỶY] BAN NHÂN DÂN|UBND)(?:\\s+.*)?$");
    private static final Pattern BARE_ORGAN = Pattern.compile("(?iu)^(?:(?:[ỦU][ỶY]\\s+)?BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$");
    /** An office that an organ's header stands over: it issues in its own name with its own symbol. */
    private static final Pattern OFFICE = Pattern.compile("(?iu)^(?:Sở|Phòng|Ban|Văn phòng|Chi cục|Thanh tra|Trung tâm|Đài|Kho bạc)\\s.*");
    private static final String LEVEL = "(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)";
    private static final Pattern LEVEL_START = Pattern.compile("(?iu)^" + LEVEL + "\\s+\\S.*");
    /** A dash before a unit's head word parts two joint issuers; a dash inside a name ("LAO ĐỘNG - THƯƠNG BINH") does not. */
    private static final Pattern JOINT_DASH = Pattern.compile("\\s+[-–]\\s+(?=(?:" + UnitNames.UPPER_HEADS + "|" + Issuers.UNIT_START.pattern() + ")\\s)");

    private IssuerShapes() {
    }

    /** The decision reshaped by the three compositions above; {@code units} are the header's unit lines, top first. */
    static IssuerSignals.Decision refine(IssuerSignals.Decision who, List<String> units, String symbol, String place, TextLines d) {
        List<String> issuers = jointHeader(who.issuers(), units, d);
        String parent = who.parent();
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
        return issuers.equals(who.issuers()) ? who : new IssuerSignals.Decision(issuers, parent, who.confidence());
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
