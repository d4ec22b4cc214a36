package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** The steps of a case: load in scope, let the case apply the law, save, log the step, audit and publish. */
@Service
@Transactional
class PetitionWork {

    private final CaseStore store;
    private final CaseAccess access;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PetitionIntake intake;
    private final IdentityCipher cipher;

    PetitionWork(CaseStore store, CaseAccess access, Deadlines deadlines, AuditLog audit,
                 ApplicationEventPublisher events, PetitionIntake intake, IdentityCipher cipher) {
        this.store = store;
        this.access = access;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.intake = intake;
        this.cipher = cipher;
    }

    void accept(long id, LocalDate on, String complexity, boolean remote) {
        Complexity c = IntakeCheck.parse(Complexity.class, complexity);
        if (complexity != null && c == null) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of("complexity", "petitions.field.choice")));
        }
        apply(id, on, "ACCEPTED", null, k -> k.accept(on, c, remote, deadlines));
    }

    void extend(long id, LocalDate on, Integer days, String reason) {
        String why = requiredText("reason", reason);
        if (days == null) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of("days", "petitions.field.required")));
        }
        apply(id, on, "EXTENDED", days + " ngày: " + why, k -> k.extend(on, days, deadlines));
    }

    void suspend(long id, LocalDate on, String reason) {
        String why = requiredText("reason", reason);
        apply(id, on, "SUSPENDED", why, k -> k.suspend(on));
    }

    void resume(long id, LocalDate on) {
        apply(id, on, "RESUMED", null, k -> k.resume(on, deadlines));
    }

    void verify(long id, LocalDate on, String note) {
        apply(id, on, "VERIFYING", Texts.clean(note), k -> k.verify(on));
    }

    void dialogue(long id, LocalDate on, String note) {
        apply(id, on, "DIALOGUE", Texts.clean(note), k -> k.dialogue(on));
    }

    void resolve(long id, LocalDate on, String result, Boolean publish) {
        String text = requiredText("result", result);
        Case c = apply(id, on, "RESOLVED", null, k -> k.resolve(on, text, publish == null || publish));
        events.publishEvent(new PetitionResolved(id, c.unitId(), c.kind(), on, c.onTime()));
    }

    void reject(long id, LocalDate on, String reason) {
        String why = requiredText("reason", reason);
        apply(id, on, "REJECTED", why, k -> k.reject(on, why));
    }

    void guide(long id, LocalDate on, String note) {
        String why = requiredText("note", note);
        apply(id, on, "GUIDED", why, k -> k.guide(on, why));
    }

    void withdraw(long id, LocalDate on, String reason) {
        String why = Texts.clean(reason);
        apply(id, on, "WITHDRAWN", why, k -> k.withdraw(on, why));
    }

    void terminate(long id, LocalDate on, String reason) {
        String why = requiredText("reason", reason);
        apply(id, on, "TERMINATED", why, k -> k.terminate(on, why));
    }

    void takeEffect(long id, LocalDate on) {
        apply(id, on, "EFFECTIVE", null, k -> k.takeEffect(on));
    }

    void close(long id, LocalDate on) {
        apply(id, on, "CLOSED", null, k -> k.close(on));
    }

    /** Assigns the handler (an account name); the handler may read a denouncer's identity. */
    void assign(long id, String username) {
        String who = requiredText("handler", username);
        Case c = access.writable(id);
        c.d.handler = who;
        save(c, c.d.receivedOn, "ASSIGNED", who);
    }

    /** C2: forwarded to the competent unit with a notice; the item is registered there as received by forwarding. */
    long forward(long id, LocalDate on, Long toUnitId, String reason) {
        if (toUnitId == null) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of("toUnitId", "petitions.field.required")));
        }
        String why = requiredText("reason", reason);
        Case c = access.writable(id);
        c.forward(on, toUnitId, why);
        save(c, on, "FORWARDED", why + " → " + deadlines.forward(c.kind(), c.d.receivedOn, c.unitId()).due());
        return intake.receiveForwarded(c.d, toUnitId, on, cipher.open(c.d.petitionerEnc));
    }

    private Case apply(long id, LocalDate on, String step, String note, Consumer<Case> change) {
        Case c = access.writable(id);
        change.accept(c);
        save(c, on, step, note);
        return c;
    }

    private void save(Case c, LocalDate on, String step, String note) {
        java.util.Map<String, Object> before = CaseAudit.of(store.find(c.d.id).orElseThrow().d);
        store.update(c.d);
        store.step(c.d.id, on, step, note, access.username());
        audit.record("UPDATE", "Petition", c.d.id, before, CaseAudit.of(c.d));
    }

    private static String requiredText(String field, String value) {
        String v = Texts.clean(value);
        if (v == null || v.isEmpty()) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of(field, "petitions.field.required")));
        }
        new IntakeCheck().text(field, v, IntakeCheck.MAX_CONTENT).throwIfAny();
        return v;
    }
}
