package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 20: the qualifier a kind line carries that belongs to the kind, not to the title. "KẾ HOẠCH PHỐI HỢP TỔ CHỨC NGÀY
 * SÁCH …" is a joint plan (schema kind {@code KE_HOACH_PHOI_HOP}, "Kế hoạch phối hợp"), and the gold of every joint plan in the
 * tuning parts (a school's header, three news leads) starts its title after "phối hợp" — as session 18 read "QUY CHẾ PHỐI HỢP" /
 * "CHƯƠNG TRÌNH PHỐI HỢP" alone as the kind line. Only the plan's qualifier is dropped: a regulation's or programme's "phối hợp"
 * has no schema kind of its own and its gold keeps it ("QUY CHẾ" / "PHỐI HỢP CÔNG TÁC GIỮA …").
 */
final class TitleQualifiers {

    private static final Pattern JOINT_PLAN_REST = Pattern.compile("(?iu)^(?:PHỐI HỢP|LIÊN TỊCH)\\s+(\\p{L}.*)$");

    private TitleQualifiers() {
    }

    /** The title part of a plan's kind line without the joint qualifier ("PHỐI HỢP TỔ CHỨC …" → "TỔ CHỨC …"); other kinds as given. */
    static String withoutJointQualifier(String kind, String rest) {
        if (!"ke hoach".equals(kind) || rest == null) {
            return rest;
        }
        Matcher m = JOINT_PLAN_REST.matcher(rest.strip());
        return m.matches() ? m.group(1) : rest;
    }

    /** A title of one word ("HƯỚN", a copy cut inside the title's first word): no trích yếu is one word; the page may give it elsewhere. */
    static boolean fragment(String title) {
        String t = title.strip();
        return !t.isEmpty() && t.indexOf(' ') < 0 && t.codePoints().filter(Character::isLetter).count() >= 1;
    }

    /** A kind word in capitals, then the subject in brackets ("BIÊN BẢN (V/v họp cha mẹ học sinh … )"), the line going on after it. */
    private static final Pattern KIND_THEN_BRACKETED_VV = Pattern.compile("(?u)^\\p{Lu}[\\p{Lu} ]{2,30}?\\s*\\(\\s*((?:V/v|V/V|v/v)\\s[^()]{5,300}?)\\s*\\)");

    /**
     * Session 20: the subject a kind word gives in brackets on its own line ("BIÊN BẢN (V/v họp cha mẹ học sinh lớp 10a2 …)"), the
     * body run on behind it in a copy that joined the lines: the bracket's words ("V/v …"), or null.
     */
    static String kindThenBracketedSubject(String text) {
        Matcher m = KIND_THEN_BRACKETED_VV.matcher(text.strip());
        return m.lookingAt() ? m.group(1).strip() : null;
    }
}
