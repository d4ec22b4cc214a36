package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A ⚙ criteria set of one province and year (H3): criteria and sub-criteria, each with max points and whether
 * evidence is required (total 100), and the rating bands from the highest down.
 */
record Criteria(long id, String name, String source, int year, List<Criterion> items, List<Band> bands) {

    record Criterion(long id, Long parentId, String code, String title, BigDecimal max, boolean evidenceRequired) {
    }

    record Band(String code, String name, BigDecimal min) {
    }

    /** Points are given on the leaves (sub-criteria, or a criterion without any). */
    List<Criterion> leaves() {
        return items.stream().filter(c -> items.stream().noneMatch(x -> Long.valueOf(c.id()).equals(x.parentId()))).toList();
    }

    Optional<Criterion> byCode(String code) {
        return items.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    BigDecimal total() {
        return leaves().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The band a total falls in (the highest whose minimum it reaches). */
    Band rating(BigDecimal points) {
        return bands.stream().filter(b -> points.compareTo(b.min()) >= 0).findFirst().orElse(bands.get(bands.size() - 1));
    }
}
