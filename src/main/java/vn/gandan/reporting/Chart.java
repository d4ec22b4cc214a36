package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bars for an inline SVG chart (no JavaScript): one group per period, one bar per indicator. */
public record Chart(List<Bar> bars, List<String> periods, List<String> codes, int width, int height) {

    /** One bar with its position, size and value. */
    public record Bar(int x, int y, int w, int h, String code, String period, String value, int series) {
    }

    static Chart bars(Map<String, Map<String, BigDecimal>> trend, List<String> codes) {
        double max = trend.values().stream().flatMap(m -> codes.stream().map(m::get)).filter(java.util.Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        int groupWidth = 20 * codes.size() + 30;
        int height = 160;
        List<Bar> bars = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> e : trend.entrySet()) {
            for (int i = 0; i < codes.size(); i++) {
                BigDecimal v = e.getValue().getOrDefault(codes.get(i), BigDecimal.ZERO);
                int h = max <= 0 ? 0 : (int) Math.round(v.doubleValue() / max * (height - 30));
                bars.add(new Bar(g * groupWidth + 10 + i * 20, height - 20 - h, 16, h, codes.get(i), e.getKey(),
                        v.stripTrailingZeros().toPlainString(), i));
            }
            g++;
        }
        return new Chart(bars, new ArrayList<>(trend.keySet()), codes, Math.max(1, g) * groupWidth + 20, height);
    }
}
