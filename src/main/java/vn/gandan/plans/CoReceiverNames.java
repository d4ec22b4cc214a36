package vn.gandan.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.Texts;

/**
 * Defect 12: the units a plan's report goes to beside its issuer, named by code ("CDGD-BD") or by name ("Công đoàn
 * Giáo dục tỉnh"): a code first, else the one unit whose name holds the words (an exact name, then a unit the caller
 * may see, wins among several). Used by the plan editor and by the import of a document's "gửi về A và B".
 */
@Component
public class CoReceiverNames {

    private final UnitService units;
    private final AccessService access;

    CoReceiverNames(UnitService units, AccessService access) {
        this.units = units;
        this.access = access;
    }

    /** The unit a code or a name designates, if exactly one does. */
    public Optional<Long> resolve(String codeOrName) {
        String t = Texts.clean(codeOrName);
        if (t == null || t.isBlank()) return Optional.empty();
        Optional<UnitView> byCode = units.findByCode(t).or(() -> units.findByCode(t.toUpperCase(Locale.ROOT)));
        if (byCode.isPresent()) return byCode.map(UnitView::id);
        List<UnitView> found = units.search(t, 20).stream().filter(u -> u.validTo() == null).toList();
        if (found.size() > 1) {
            List<UnitView> exact = found.stream().filter(u -> Texts.fold(u.name()).equals(Texts.fold(t))).toList();
            found = exact.isEmpty() ? found.stream().filter(u -> access.canSee(u.id())).toList() : exact;
        }
        return found.size() == 1 ? Optional.of(found.get(0).id()) : Optional.empty();
    }

    /**
     * The editor's rows: each row's typed co-receivers (comma, semicolon or line separated) become unit ids; a blank
     * text leaves them unstated. Returns the rows' errors by field ("deadlines[0].coReceivers" → the unknown names).
     */
    Map<String, List<String>> apply(PlanForm form) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (int i = 0; i < form.getDeadlines().size(); i++) {
            PlanFormRows.DeadlineRow row = form.getDeadlines().get(i);
            if (row.getCoReceivers() == null || row.getCoReceivers().isBlank()) {
                row.setCoReceiverUnitIds(null);
                continue;
            }
            List<Long> ids = new ArrayList<>();
            for (String part : row.getCoReceivers().split("[,;\\n]")) {
                if (part.isBlank()) continue;
                Optional<Long> id = resolve(part);
                if (id.isPresent()) ids.add(id.get());
                else unknown.computeIfAbsent("deadlines[" + i + "].coReceivers", k -> new ArrayList<>()).add(part.strip());
            }
            row.setCoReceiverUnitIds(ids);
        }
        return unknown;
    }

    /** The codes of a row's co-receivers as the editor shows them ("CDGD-BD, ..."). */
    void describe(PlanForm form) {
        for (PlanFormRows.DeadlineRow row : form.getDeadlines()) {
            if (row.getCoReceiverUnitIds() != null && (row.getCoReceivers() == null || row.getCoReceivers().isBlank())) {
                row.setCoReceivers(String.join(", ", units.findAll(row.getCoReceiverUnitIds()).stream()
                        .map(UnitView::code).toList()));
            }
        }
    }

    /** Units the editor offers as co-receivers: top-level bodies (unions, committees), the issuer's chain and its peers. */
    List<UnitView> choices(Long issuerId) {
        Map<Long, UnitView> out = new LinkedHashMap<>();
        units.roots().forEach(u -> out.put(u.id(), u));
        if (issuerId != null && units.find(issuerId).isPresent()) {
            List<Long> chain = units.ancestorIds(issuerId, units.today());
            units.findAll(chain).forEach(u -> out.putIfAbsent(u.id(), u));
            if (!chain.isEmpty()) units.children(chain.get(0), units.today()).forEach(u -> out.putIfAbsent(u.id(), u));
            out.remove(issuerId);
        }
        return out.values().stream().filter(u -> u.validTo() == null && (u.parentId() == null || access.canSee(u.id()))).toList();
    }
}
