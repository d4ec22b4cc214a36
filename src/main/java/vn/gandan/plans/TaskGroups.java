package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gandan.org.SchoolLevel;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * Item 4: the groups of units a plan's task can be given to at once in the editor — all units directly under the
 * issuer, or all its schools of one level — each a plain select option, so it works without JavaScript.
 */
final class TaskGroups {

    /** One option: its value ("ALL", "LEVEL_TIEU_HOC"), the level (null for all) and how many units it names. */
    record Option(String key, SchoolLevel level, int size) {
    }

    private TaskGroups() {
    }

    /** Group → unit ids, in the order of the issuer's subordinate units; empty without an issuer. */
    static Map<String, List<Long>> of(UnitService units, Long issuerId, LocalDate day) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        if (issuerId == null) return out;
        List<UnitView> children = units.children(issuerId, day);
        if (children.isEmpty()) return out;
        out.put("ALL", children.stream().map(UnitView::id).toList());
        for (SchoolLevel level : SchoolLevel.values()) {
            List<Long> ids = children.stream().filter(u -> u.schoolLevel() == level).map(UnitView::id).toList();
            if (!ids.isEmpty()) out.put("LEVEL_" + level.name(), ids);
        }
        return out;
    }

    static List<Option> options(Map<String, List<Long>> groups) {
        List<Option> out = new ArrayList<>();
        groups.forEach((k, ids) -> out.add(new Option(k, k.startsWith("LEVEL_") ? SchoolLevel.valueOf(k.substring(6)) : null,
                ids.size())));
        return out;
    }
}
