package vn.gandan.emulation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Xuất sắc quota line per peer group (I1): how many rated Tốt, Xuất sắc, and the most Xuất sắc allowed. */
public record EvaluationQuotas(String group, int good, int excellent, int quota) {

    /** The rule in force as plain values for pages (the setting record is module-internal). */
    static Map<String, Object> rule(EvalSettings.Setting r) {
        return Map.of("professionalMax", r.professionalMax().stripTrailingZeros().toPlainString(),
                "danVanMax", r.danVanMax().stripTrailingZeros().toPlainString(), "share", r.sharePercent(),
                "effectiveFrom", r.effectiveFrom(), "source", r.source() == null ? "" : r.source());
    }

    static List<EvaluationQuotas> of(List<EvaluationView> rows, EvalSettings.Setting rule) {
        Map<String, int[]> counts = new TreeMap<>();
        for (EvaluationView e : rows) {
            int[] c = counts.computeIfAbsent(e.staffGroup(), g -> new int[2]);
            if (e.level() == StaffLevel.TOT) c[0]++;
            if (e.level() == StaffLevel.XUAT_SAC) c[1]++;
        }
        return counts.entrySet().stream().map(x -> new EvaluationQuotas(x.getKey(), x.getValue()[0], x.getValue()[1],
                StaffRating.excellentQuota(x.getValue()[0], rule.excellentShare()))).toList();
    }
}
