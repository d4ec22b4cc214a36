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
}
