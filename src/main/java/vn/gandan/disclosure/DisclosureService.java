package vn.gandan.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Recording publications of catalogue items (with their validity) and reading a unit's register. */
@Service
@Transactional
public class DisclosureService {

    static final List<String> FORMS = List.of("WEBSITE", "NOTICE_BOARD", "MEETING");

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final DisclosureStore store;
    private final WorkCalendar calendar;
    private final UnitService units;
    private final AccessService access;
    private final AuditLog audit;
    private final Clock clock;

    DisclosureService(JdbcClient jdbc, Catalogue catalogue, DisclosureStore store, WorkCalendar calendar, UnitService units,
                      AccessService access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.store = store;
        this.calendar = calendar;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A publication as the API and the register form send it. */
    public record Publish(Long unitId, String itemCode, LocalDate publishedOn, List<String> forms, String evidenceUrl,
                          String period, String title, LocalDate decidedOn) {
    }

    /** Records a publication; 404 unit out of scope, 403 without a role, 422 per field; returns it with validUntil. */
    public DisclosureView publish(Publish p) {
        if (p.unitId() == null) {
            throw ProblemException.invalid("disclosure.error.invalid", List.of(FieldProblem.of("unitId", "disclosure.error.unit")));
        }
        requireWriter(p.unitId());
        UnitView unit = units.get(p.unitId());
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CatalogueItem> item = catalogue.find(p.itemCode() == null ? "" : p.itemCode().strip(),
                p.publishedOn() == null ? today : p.publishedOn()).filter(i -> i.appliesTo(unit));
        if (item.isEmpty()) problems.add(FieldProblem.of("itemCode", "disclosure.error.item"));
        if (p.publishedOn() == null) problems.add(FieldProblem.of("publishedOn", "disclosure.error.publishedOn"));
        else if (p.publishedOn().isAfter(today) || p.publishedOn().isBefore(today.minusYears(10))) {
            problems.add(FieldProblem.of("publishedOn", "disclosure.error.publishedOnRange"));
        }
        List<String> forms = p.forms() == null ? List.of() : p.forms().stream().filter(f -> f != null).map(String::strip).distinct().toList();
        if (forms.isEmpty() || !FORMS.containsAll(forms)) problems.add(FieldProblem.of("forms", "disclosure.error.forms"));
        else if (item.isPresent() && item.get().isPublic() && !forms.contains("WEBSITE")) {
            problems.add(FieldProblem.of("forms", "disclosure.error.website"));
        }
        String url = p.evidenceUrl() == null || p.evidenceUrl().isBlank() ? null : p.evidenceUrl().strip();
        if (url != null && !Links.valid(url)) problems.add(FieldProblem.of("evidenceUrl", "disclosure.error.url"));
        String period = Texts.clean(p.period());
        if (period != null && period.length() > 60) problems.add(FieldProblem.of("period", "disclosure.error.period"));
        String title = Texts.clean(p.title());
        if (title != null && (title.length() > 400 || title.contains("<"))) problems.add(FieldProblem.of("title", "disclosure.error.title"));
        boolean internal = item.isPresent() && !item.get().isPublic();
        if (internal && (p.decidedOn() == null || (p.publishedOn() != null && p.decidedOn().isAfter(p.publishedOn())))) {
            problems.add(FieldProblem.of("decidedOn", "disclosure.error.decidedOn"));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("disclosure.error.invalid", problems);
        return insert(p, item.get(), forms, url, emptyToNull(period), emptyToNull(title));
    }

    private DisclosureView insert(Publish p, CatalogueItem item, List<String> forms, String url, String period, String title) {
        LocalDate due = item.isPublic() ? null : calendar.addWorkingDays(p.decidedOn(), item.updateWorkingDays(), p.unitId());
        LocalDate validUntil = item.validUntil(p.publishedOn());
        long id = jdbc.sql("""
                        insert into disclosure(unit_id, item_code, published_on, forms, period_label, title, evidence_url,
                                               valid_until, decided_on, due_by, posted_until, created_by)
                        values (:u, :i, :p, :f, :per, :t, :url, :v, :d, :due, :posted, :by) returning id""")
                .param("u", p.unitId()).param("i", item.code()).param("p", p.publishedOn()).param("f", String.join(",", forms))
                .param("per", period).param("t", title).param("url", url).param("v", validUntil)
                .param("d", item.isPublic() ? null : p.decidedOn()).param("due", due)
                .param("posted", item.isPublic() ? null : validUntil).param("by", access.caller().map(Caller::username).orElse(null))
                .query(Long.class).single();
        audit.record("CREATE", "Disclosure", id, null, Map.of("unitId", p.unitId(), "item", item.code(), "publishedOn", p.publishedOn().toString()));
        return store.get(id);
    }

    /** Attaches the evidence file (PDF, Word, Excel, images; at most 10 MB; type from the content). */
    public DisclosureView attach(long id, String originalName, byte[] data) {
        DisclosureView d = store.get(id);
        requireWriter(d.unitId());
        if (data.length == 0 || data.length > 10L * 1024 * 1024) throw new ProblemException(413, "disclosure.file.size", List.of(), 10);
        String type = vn.gandan.shared.Uploads.sniff(data).orElseThrow(() -> new ProblemException(415, "disclosure.file.type", List.of()));
        jdbc.sql("update disclosure set file_name = :n, content_type = :c, file_data = :d where id = :id")
                .param("n", vn.gandan.shared.Uploads.safeName(originalName, "cong-khai")).param("c", type).param("d", data)
                .param("id", id).update();
        return store.get(id);
    }

    /**
     * The unit's latest publication whose evidence is {@code evidenceUrl} (e.g. a conference's resolution,
     * "/meetings/12/resolution.pdf"), if the caller sees the unit: how another module links its record to its disclosure.
     */
    @Transactional(readOnly = true)
    public Optional<DisclosureView> byEvidence(long unitId, String evidenceUrl) {
        if (!access.canSee(unitId)) return Optional.empty();
        return jdbc.sql("select id from disclosure where unit_id = :u and evidence_url = :e order by published_on desc, id desc limit 1")
                .param("u", unitId).param("e", evidenceUrl).query(Long.class).optional().map(store::get);
    }

    /** Sets the evidence link of a publication (http/https or a path of this site); 422 on a bad link. */
    public DisclosureView link(long id, String url) {
        DisclosureView d = store.get(id);
        requireWriter(d.unitId());
        String u = url == null ? "" : url.strip();
        if (u.isEmpty() || !Links.valid(u)) {
            throw ProblemException.invalid("disclosure.error.invalid", List.of(FieldProblem.of("evidenceUrl", "disclosure.error.url")));
        }
        jdbc.sql("update disclosure set evidence_url = :u where id = :id").param("u", u).param("id", id).update();
        audit.record("UPDATE", "Disclosure", id, null, Map.of("evidenceUrl", u));
        return store.get(id);
    }

    void requireWriter(long unitId) {
        access.requireVisible(unitId);
        if (!access.hasRole(unitId, Role.LEADER) && !access.hasRole(unitId, Role.SPECIALIST) && !access.hasRole(unitId, Role.UNIT_ADMIN)) {
            throw ProblemException.forbidden("disclosure.error.roleMissing");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("disclosure", id);
    }
}
