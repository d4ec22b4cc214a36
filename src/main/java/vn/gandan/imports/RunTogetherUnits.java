package vn.gandan.imports;

import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 24: a superior and its unit run together on one header line, the superior written without a level word, so
 * {@link UnitNames#split} cannot see where its locality ends — a preview or a flattened two-column header ("PGD & ĐT XUYÊN MỘC
 * TRƯỜNG TH KIM ĐỒNG Số: 02/QC-CM", "CĐ NGÀNH GD&ĐT QUẢNG TRẠCH CĐCS TRƯỜNG THCS QUẢNG MINH"). The line is cut before a unit's
 * head word (not one right after another head: "CĐCS TRƯỜNG …" is the school's union) when
 * <ul>
 * <li>the line opens with a superior's head (a Phòng, Sở, organ, union, Party or youth committee, school) and the superior has
 * two words at least;</li>
 * <li>the text names the unit by itself ("… của trường TH Kim Đồng", "Nay CĐCS trường THCS Quảng Minh báo cáo") and never names
 * the whole line as one name (a body named with its owner, "Hội đồng trường THPT …", "Công đoàn cơ sở trường …", is written
 * whole in its text).</li>
 * </ul>
 */
final class RunTogetherUnits {

    private static final Pattern SUPERIOR = Pattern.compile("^(?:PGD|PHÒNG|SỞ|UBND|[ỦU][ỶY] BAN|CĐ|CÔNG ĐOÀN|LĐLĐ|LIÊN ĐOÀN|ĐẢNG BỘ|ĐẢNG [ỦU][ỶY]"
            + "|HUYỆN ĐOÀN|THÀNH ĐOÀN|TỈNH ĐOÀN|TRƯỜNG|BỘ|HỘI)(?![\\p{L}])");
    private static final Pattern UNIT = Pattern.compile("^(?:TRƯỜNG|CĐCS|CÔNG ĐOÀN|CHI BỘ|CHI ĐOÀN|LIÊN ĐỘI|TỔ|PHÒNG|TRUNG TÂM)(?![\\p{L}])");
    /** Head words: a unit head right after one of these is part of the same name ("CĐCS TRƯỜNG …", "CHI BỘ TRƯỜNG …"). */
    private static final Pattern HEAD_WORD = Pattern.compile("^(?:TRƯỜNG|CĐCS|ĐOÀN|BỘ|CHI|PHÒNG|SỞ|BAN|HỘI|TỔ|ĐỘI|CĐ|UBND|LĐLĐ|TÂM)$");

    private RunTogetherUnits() {
    }

    /** The superior and its unit, or null when the line is one name (or the text does not tell). */
    static UnitNames.Split split(String line, TextLines d) {
        if (line == null || !TextLines.isUpper(line) || !SUPERIOR.matcher(line).find()) {
            return null;
        }
        String[] w = Texts.clean(line).split(" ");
        String text = null;
        for (int k = 2; k <= w.length - 3; k++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (!UNIT.matcher(rest).find() || HEAD_WORD.matcher(w[k - 1]).matches()) {
                continue;
            }
            text = text == null ? folded(FullestForm.head(d)) : text;
            String whole = folded(line);
            String unit = folded(rest);
            if (count(text, unit) > count(text, whole) && count(text, whole) <= 1) {
                return new UnitNames.Split(String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)), rest);
            }
            return null;
        }
        return null;
    }

    private static String folded(String s) {
        return " " + Texts.fold(s).replaceAll("[^\\p{L}\\d&]+", " ").strip() + " ";
    }

    private static int count(String text, String name) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            n++;
        }
        return n;
    }
}
