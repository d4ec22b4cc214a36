package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defect 10: the figures kept with a step of a report's history ({@code {"DIALOGUES_HELD":3,…}}) shown as the
 * form's own words ("Số cuộc đối thoại …: 3"), never as raw JSON keys.
 */
final class SnapshotText {

    private static final Pattern PAIR = Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*(-?[0-9.Ee+]+)");

    private SnapshotText() {
    }

    /** "Label: value; …" in the form's order of appearance in the snapshot; null for no snapshot or no figure. */
    static String of(String snapshot, Map<String, String> labels) {
        if (snapshot == null) return null;
        List<String> parts = new ArrayList<>();
        Matcher m = PAIR.matcher(snapshot);
        while (m.find()) {
            String value = new BigDecimal(m.group(2)).stripTrailingZeros().toPlainString();
            parts.add(labels.getOrDefault(m.group(1), m.group(1)) + ": " + value);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
