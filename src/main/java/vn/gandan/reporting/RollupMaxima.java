package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MAX indicators of a unit's subtree, remembered by this node until anything under the unit changes: a maximum
 * cannot be kept by deltas (a return may remove it), and reading it means reading the reports of every school of
 * the subtree (0.87 s for a Sở of 6,333 schools). The key holds the sum of the totals rows' {@code changes}
 * counter, which every submission or return under the unit increases, read in the same query as the totals — so
 * an answer is never stale, on any node. Bounded (least recently used first out).
 */
final class RollupMaxima {

    static final int CAPACITY = 20_000;

    interface Reader {
        Map<String, Map<String, BigDecimal>> read(long formId, long unitId, List<String> periods, List<String> codes);
    }

    private record Key(long formId, long unitId, String period, String code, long changes) {
    }

    private final Map<Key, BigDecimal> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BigDecimal> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Puts the maxima into {@code byPeriod} for the MAX codes it holds, reading only the ones not remembered. */
    void fill(long formId, long unitId, Map<String, Map<String, BigDecimal>> byPeriod, Set<String> maxCodes,
              Map<String, Long> changes, Reader reader) {
        Map<Key, String[]> missing = new LinkedHashMap<>();
        byPeriod.forEach((period, values) -> maxCodes.stream().filter(values::containsKey).forEach(code -> {
            Key key = new Key(formId, unitId, period, code, changes.getOrDefault(period + "|" + code, 0L));
            BigDecimal known = get(key);
            if (known != null) {
                values.put(code, known);
            } else {
                missing.put(key, new String[] {period, code});
            }
        }));
        if (missing.isEmpty()) {
            return;
        }
        Set<String> periods = new HashSet<>();
        Set<String> codes = new HashSet<>();
        missing.values().forEach(pc -> {
            periods.add(pc[0]);
            codes.add(pc[1]);
        });
        Map<String, Map<String, BigDecimal>> read = reader.read(formId, unitId, new ArrayList<>(periods), new ArrayList<>(codes));
        boolean committedOnly = readOnly();
        missing.forEach((key, pc) -> {
            BigDecimal max = read.getOrDefault(pc[0], Map.of()).getOrDefault(pc[1], Figures.plain(BigDecimal.ZERO));
            byPeriod.get(pc[0]).put(pc[1], max);
            if (committedOnly) {
                put(key, max);
            }
        });
    }

    /**
     * Only what a reading transaction saw is remembered: a writing one may see its own uncommitted submission, and
     * if it rolled back, a later change would bring the counter back to the same value with other reports.
     */
    private static boolean readOnly() {
        return !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                || org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private synchronized BigDecimal get(Key key) {
        return remembered.get(key);
    }

    private synchronized void put(Key key, BigDecimal max) {
        remembered.put(key, max);
    }
}
