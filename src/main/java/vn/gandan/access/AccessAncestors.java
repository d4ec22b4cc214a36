package vn.gandan.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.gandan.org.UnitAncestry;
import vn.gandan.org.UnitService;

/**
 * The units above a unit, for subtree grants (a dissolved unit where it was on its last day). A page asks about many
 * units (canSee, hasRole per role, per task, per child, per listed issuer): they are read in ONE query from the
 * tree's closure for all the units a page names ({@link #prefetch}) and, in a GET request, kept for the request;
 * outside one, where a write may move units, they are read each time.
 */
@Component
class AccessAncestors {

    private static final String KEY = AccessService.class.getName() + ".ancestors";

    private final UnitAncestry ancestry;
    private final UnitService units;

    AccessAncestors(UnitAncestry ancestry, UnitService units) {
        this.ancestry = ancestry;
        this.units = units;
    }

    Set<Long> of(long unitId) {
        return read(List.of(unitId)).getOrDefault(unitId, Set.of());
    }

    /** The ancestors of each of the units, read in one query (those already known in this GET request are reused). */
    Map<Long, Set<Long>> read(Collection<Long> unitIds) {
        Map<Long, Set<Long>> known = knownInThisRead();
        if (known == null) {
            return fresh(unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
        }
        List<Long> missing = unitIds.stream().filter(u -> u != null && !known.containsKey(u)).distinct().toList();
        if (!missing.isEmpty()) {
            known.putAll(fresh(missing));
        }
        return known;
    }

    private Map<Long, Set<Long>> fresh(Collection<Long> unitIds) {
        Map<Long, Set<Long>> found = ancestry.aboveAsPlaced(unitIds, units.today());
        Map<Long, Set<Long>> out = new HashMap<>(found);
        unitIds.forEach(u -> out.putIfAbsent(u, Set.of())); // a unit that does not exist has no ancestors
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Set<Long>> knownInThisRead() {
        RequestAttributes req = RequestContextHolder.getRequestAttributes();
        if (!(req instanceof ServletRequestAttributes servlet)
                || !("GET".equals(servlet.getRequest().getMethod()) || "HEAD".equals(servlet.getRequest().getMethod()))) {
            return null;
        }
        Object known = req.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof Map<?, ?> map) {
            return (Map<Long, Set<Long>>) map;
        }
        Map<Long, Set<Long>> fresh = new HashMap<>();
        req.setAttribute(KEY, fresh, RequestAttributes.SCOPE_REQUEST);
        return fresh;
    }
}
