package vn.gandan.petitions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.Texts;

/**
 * Cases as readers see them: one case with its deadlines, legal basis and timeline, or a unit's register. A
 * denouncer's identity is shown only to the handler and the resolver, each such read audited; lists never show it.
 */
@Service
@Transactional
public class PetitionReads {

    static final int LIST_LIMIT = 1_000;

    private final CaseStore store;
    private final CaseAccess access;
    private final AccessService scope;
    private final IdentityCipher cipher;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    PetitionReads(CaseStore store, CaseAccess access, AccessService scope, IdentityCipher cipher, Deadlines deadlines,
                  AuditLog audit, JdbcClient jdbc) {
        this.store = store;
        this.access = access;
        this.scope = scope;
        this.cipher = cipher;
        this.deadlines = deadlines;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** One case in the caller's scope (404 outside it). */
    public PetitionView get(long id) {
        Case c = access.visible(id);
        java.util.Optional<Petitioner> opened = cipher.tryOpen(c.d.petitionerEnc, id);
        boolean reveal = opened.isPresent() && access.mayReadIdentity(c);
        Petitioner p = opened.orElse(UNREADABLE);
        if (reveal && c.kind() == PetitionKind.TO_CAO && c.d.petitionerEnc != null) {
            audit.recordRead("Petition", id);
        }
        return view(c, reveal ? p : p.masked(), reveal, deadlinesOf(c), store.steps(id));
    }

    /**
     * The register of a unit (or every visible unit), newest first, optionally filtered by status, kind and a
     * diacritic-free search of code and content. Identities of denouncers are masked. At most {@link #LIST_LIMIT}.
     */
    public List<PetitionView> list(Long unitId, String status, String kind, String q) {
        return list(unitId, status, kind, q, new ListPage(1, LIST_LIMIT)).rows();
    }

    /** One page of the register (newest first, then id: a total order, so pages never skip or repeat a case). */
    public ListPage.Slice<PetitionView> list(Long unitId, String status, String kind, String q, ListPage page) {
        if (unitId != null) {
            scope.requireVisible(unitId);
        }
        String where = "(cast(:u as bigint) is null or unit_id = :u) and " + scope.scopeSql("unit_id")
                + " and (:s = '' or status = :s) and (:k = '' or kinds like '%' || :k || '%')"
                + " and (:q = '' or content_fold like '%' || :q || '%' or lower(code) like '%' || :q || '%')";
        List<Case> cases = jdbc.sql("select " + CaseStore.COLUMNS + " from petition where " + where
                        + " order by received_on desc, id desc limit :n offset :o")
                .param("n", page.fetch()).param("o", page.offset()).param("u", unitId).param("s", status == null ? "" : status).param("k", kind == null ? "" : kind)
                .param("q", Texts.fold(q))
                .query((rs, i) -> new Case(CaseStore.read(rs))).list();
        // the identities are opened for the page's rows only, not for the row fetched to know whether more exist
        return page.slice(cases).map(rows -> rows.stream().map(this::listed).toList());
    }

    /** The whole register of a unit (or every visible unit) for the export, read a page at a time: never cut. */
    public List<PetitionView> all(Long unitId) {
        List<PetitionView> all = new ArrayList<>();
        ListPage.Slice<PetitionView> page;
        int n = 1;
        do {
            page = list(unitId, null, null, null, new ListPage(n++, LIST_LIMIT));
            all.addAll(page.rows());
        } while (page.more());
        return all;
    }

    /** The open cases assigned to this handler (received or in progress), in the caller's scope, no limit. */
    public List<PetitionView> assignedTo(String username) {
        return jdbc.sql("select " + CaseStore.COLUMNS + " from petition where handler = :h and status in"
                        + " ('RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE', 'SUSPENDED') and " + scope.scopeSql("unit_id"))
                .param("h", username).query((rs, i) -> listed(new Case(CaseStore.read(rs)))).list();
    }

    /** A register row; an identity the keys cannot open is listed masked rather than failing the whole register. */
    PetitionView listed(Case c) {
        java.util.Optional<Petitioner> p = cipher.tryOpen(c.d.petitionerEnc, c.d.id);
        boolean shown = p.isPresent() && c.kind() != PetitionKind.TO_CAO;
        Petitioner who = p.orElse(UNREADABLE);
        return view(c, shown ? who : who.masked(), shown, List.of(), List.of());
    }

    private static final Petitioner UNREADABLE = new Petitioner(Petitioner.MASK, null, null, null);

    List<Deadline> deadlinesOf(Case c) {
        List<Deadline> list = new ArrayList<>();
        list.add(deadlines.intake(c.kind(), c.instance(), false, c.d.receivedOn, c.unitId()));
        if (c.d.acceptedOn != null) {
            Deadline base = deadlines.resolution(c, (long) c.d.extensionDays + c.d.suspendedDays);
            list.add(new Deadline(base.name(), c.d.resolutionDue, base.days(), base.dayType(), base.legalBasis()));
            if (c.d.noticeDue != null) {
                list.add(deadlines.notice(c.d.acceptedOn, c.unitId()));
            }
        }
        if (c.d.resolvedOn != null && c.kind() == PetitionKind.KHIEU_NAI) {
            list.add(deadlines.appeal(c.d.resolvedOn, c.remoteArea(), c.unitId()));
            list.add(deadlines.effective(c.d.resolvedOn, c.remoteArea(), c.unitId()));
        }
        return list;
    }

    static PetitionView view(Case c, Petitioner p, boolean visible, List<Deadline> deadlines, List<PetitionView.Step> steps) {
        CaseData d = c.d;
        return new PetitionView(d.id, d.code, d.registerNo, d.unitId, d.kind,
                Arrays.stream(d.kinds.split(",")).map(PetitionKind::valueOf).toList(), d.status, d.channel.name(),
                d.receivedOn, d.knowledgeOn, d.intakeDue, d.acceptedOn,
                d.complexity == null ? null : d.complexity.name(), d.remoteArea, d.resolutionDue, d.noticeDue,
                d.extensions, d.suspendedDays, d.suspendedOn, d.resolvedOn, d.result, d.reason, d.handler,
                d.duplicateOf, d.forwardedTo, d.routedFrom, d.anonymous, d.content, p, visible,
                d.resolvedOn == null ? null : c.onTime(), deadlines, steps);
    }
}
