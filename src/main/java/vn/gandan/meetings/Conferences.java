package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The staff conference (G5) and decisions at meetings: agenda items, votes on "bàn và quyết định" items (G3), the
 * consultation record a "tham gia ý kiến" item needs before the head approves it (G4), the resolution.
 */
@Component
@Transactional
class Conferences {

    private final JdbcClient jdbc;
    private final Compliance compliance;
    private final AuditLog audit;
    private final Clock clock;

    Conferences(JdbcClient jdbc, Compliance compliance, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.audit = audit;
        this.clock = clock;
    }

    /** G5: one regular conference per work year; 409 naming the one already held or scheduled. */
    void requireNoRegularIn(long unitId, LocalDate heldOn) {
        WorkYears years = compliance.workYears(unitId, heldOn);
        LocalDate end = years.lastEndOnOrBefore(heldOn);
        LocalDate other = compliance.regularBetween(unitId, end.plusDays(1), years.nextEnd(end));
        if (other != null) throw ProblemException.conflict("meetings.error.conferenceExists", other);
    }

    long addItem(long meetingId, String kind, String title) {
        String t = Texts.clean(title);
        List<FieldProblem> p = new java.util.ArrayList<>();
        if (!List.of("DECIDE", "CONSULT", "REPORT").contains(kind == null ? "" : kind)) p.add(FieldProblem.of("kind", "meetings.item.kind"));
        if (t == null || t.isEmpty() || t.length() > 500) p.add(FieldProblem.of("title", "meetings.item.title"));
        if (!p.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", p);
        return jdbc.sql("""
                        insert into meeting_item(meeting_id, position, kind, title)
                        values (:m, (select count(*) from meeting_item where meeting_id = :m), :k, :t) returning id""")
                .param("m", meetingId).param("k", kind).param("t", t).query(Long.class).single();
    }

    /** G3: records the vote on a DECIDE item with turnout; 409 for another kind of item. */
    void vote(long meetingId, long itemId, Integer eligible, Integer present, Integer votesFor, Integer against, Integer abstain) {
        requireKind(meetingId, itemId, "DECIDE");
        List<FieldProblem> p = Votes.check(eligible, present, votesFor, against, abstain);
        if (!p.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", p);
        jdbc.sql("""
                        update meeting_item set eligible = :e, present = :p, votes_for = :f, votes_against = :a,
                               abstentions = :b, voted_on = :d where id = :id""")
                .param("e", eligible).param("p", present).param("f", votesFor).param("a", against == null ? 0 : against)
                .param("b", abstain == null ? 0 : abstain).param("d", LocalDate.now(clock)).param("id", itemId).update();
        audit.record("UPDATE", "MeetingVote", itemId, null, Map.of("eligible", eligible, "present", present, "for", votesFor));
    }

    /** G4: the consultation record of a CONSULT item (form, day, summary of opinions). */
    void consult(long meetingId, long itemId, String form, LocalDate on, String summary) {
        requireKind(meetingId, itemId, "CONSULT");
        List<FieldProblem> p = new java.util.ArrayList<>();
        if (!List.of("HOI_NGHI", "VAN_BAN", "KHAO_SAT", "CONG_DOAN", "TRUC_TIEP").contains(form == null ? "" : form)) {
            p.add(FieldProblem.of("form", "meetings.consult.form"));
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) p.add(FieldProblem.of("on", "meetings.consult.on"));
        String s = Texts.clean(summary);
        if (s == null || s.isEmpty() || s.length() > 4000) p.add(FieldProblem.of("summary", "meetings.consult.summary"));
        if (!p.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", p);
        jdbc.sql("update meeting_item set consultation_form = :f, consultation_on = :o, consultation_summary = :s where id = :id")
                .param("f", form).param("o", on).param("s", s).param("id", itemId).update();
    }

    /** The head approves an item: refused (422 naming G4) without consultation, (G3) without a vote that passed. */
    void approve(long meetingId, long itemId, String by) {
        MeetingView.Item item = item(meetingId, itemId);
        if ("CONSULT".equals(item.kind()) && item.consultationOn() == null) {
            throw ProblemException.invalid("meetings.error.rule", List.of(FieldProblem.of("consultation", "meetings.rule.G4")), "G4");
        }
        if ("DECIDE".equals(item.kind()) && !"PASSED".equals(item.result())) {
            throw ProblemException.invalid("meetings.error.rule", List.of(FieldProblem.of("vote", "meetings.rule.G3")), "G3");
        }
        if (item.approvedOn() != null) throw ProblemException.conflict("meetings.error.approved");
        jdbc.sql("update meeting_item set approved_on = :d, approved_by = :b where id = :id")
                .param("d", LocalDate.now(clock)).param("b", by).param("id", itemId).update();
        audit.record("UPDATE", "MeetingItem", itemId, null, Map.of("approved", true));
    }

    /** The conference's resolution and where it was disclosed (a link or the disclosure's reference). */
    void resolution(long meetingId, String text, String disclosureRef) {
        String t = text == null ? null : Texts.nfc(text).strip();
        if (t == null || t.isEmpty() || t.length() > 8000) {
            throw ProblemException.invalid("meetings.error.invalid", List.of(FieldProblem.of("resolution", "meetings.resolution.text")));
        }
        jdbc.sql("update meeting set resolution = :r, disclosure_ref = :d where id = :id")
                .param("r", t).param("d", MeetingService.short300(disclosureRef)).param("id", meetingId).update();
    }

    private void requireKind(long meetingId, long itemId, String kind) {
        if (!kind.equals(item(meetingId, itemId).kind())) throw ProblemException.conflict("meetings.item.wrongKind");
    }

    private MeetingView.Item item(long meetingId, long itemId) {
        return jdbc.sql("""
                        select id, kind, title, eligible, present, votes_for, votes_against, abstentions, voted_on,
                               consultation_form, consultation_on, consultation_summary, approved_on, approved_by
                        from meeting_item where id = :i and meeting_id = :m""")
                .param("i", itemId).param("m", meetingId).query(MeetingView.Item.class).optional()
                .orElseThrow(() -> new vn.gandan.shared.NotFoundException("item", itemId));
    }
}
