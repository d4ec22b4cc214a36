package vn.gandan.reporting.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A computed figure and where it came from: a message key of the contributing module's bundle with its
 * arguments (e.g. {@code "12 đơn tiếp nhận từ 15/12/2025 đến 14/06/2026, sổ tiếp nhận đơn"}), resolved by
 * {@code reporting} in the reader's language.
 */
public record IndicatorValue(BigDecimal value, String sourceKey, List<Object> sourceArgs) {

    public IndicatorValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceKey, "sourceKey");
        sourceArgs = List.copyOf(sourceArgs);
    }

    /** A count with its source text. */
    public static IndicatorValue count(long n, String sourceKey, Object... args) {
        return new IndicatorValue(BigDecimal.valueOf(n), sourceKey, List.of(args));
    }

    /** Any figure (an average score, a percentage) with its source text. */
    public static IndicatorValue of(BigDecimal value, String sourceKey, Object... args) {
        return new IndicatorValue(value, sourceKey, List.of(args));
    }
}
