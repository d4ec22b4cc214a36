package vn.gandan.petitions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * One item of the register and the case it becomes. Transitions are named after the law's steps (rules.md B8,
 * C4) and refuse what the state or the law does not allow: 409 for the state, 422 for a figure over the limit.
 */
final class Case {

    final CaseData d;

    Case(CaseData data) {
        this.d = data;
    }

    long unitId() { return d.unitId; }
    PetitionKind kind() { return d.kind; }
    int instance() { return d.instance; }
    boolean remoteArea() { return d.remoteArea; }
    Complexity complexity() { return d.complexity; }
    LocalDate acceptedOn() { return d.acceptedOn; }
    PetitionStatus status() { return d.status; }

    /** Thụ lý: the resolution period starts (B3, B5, C3, D5). */
    void accept(LocalDate on, Complexity complexity, boolean remote, Deadlines deadlines) {
        require(d.status == PetitionStatus.RECEIVED);
        notBefore("on", on, d.receivedOn);
        d.status = PetitionStatus.ACCEPTED;
        d.acceptedOn = on;
        d.complexity = complexity == null ? Complexity.NORMAL : complexity;
        d.remoteArea = remote;
        d.resolutionDue = deadlines.resolution(this, 0).due();
        if (d.kind == PetitionKind.TO_CAO) {
            d.noticeDue = deadlines.notice(on, d.unitId).due();
        }
    }

    /** C4: only a complex denunciation, at most once (twice when very complex), each within the legal days. */
    void extend(LocalDate on, int days, Deadlines deadlines) {
        if (d.kind != PetitionKind.TO_CAO || !PetitionStatus.IN_PROGRESS.contains(d.status)
                || d.extensions >= deadlines.maxExtensions(d.complexity, d.acceptedOn)) {
            throw ProblemException.conflict("petitions.extend.notAllowed", d.extensions);
        }
        int max = deadlines.extensionDays(d.acceptedOn).value();
        if (days < 1 || days > max) {
            throw ProblemException.invalid("petitions.error.invalid",
                    List.of(FieldProblem.of("days", "petitions.extend.days", max)));
        }
        notBefore("on", on, d.acceptedOn);
        d.extensions++;
        d.extensionDays += days;
        d.resolutionDue = deadlines.shift(d.resolutionDue, days, d.unitId);
    }

    /** Tạm đình chỉ: the clock stops until {@link #resume}. */
    void suspend(LocalDate on) {
        require(PetitionStatus.IN_PROGRESS.contains(d.status));
        notBefore("on", on, d.acceptedOn);
        d.statusBefore = d.status;
        d.status = PetitionStatus.SUSPENDED;
        d.suspendedOn = on;
    }

    /** The days suspended are added to the resolution period. */
    void resume(LocalDate on, Deadlines deadlines) {
        require(d.status == PetitionStatus.SUSPENDED);
        notBefore("on", on, d.suspendedOn);
        int days = (int) ChronoUnit.DAYS.between(d.suspendedOn, on);
        d.suspendedDays += days;
        d.status = d.statusBefore == null ? PetitionStatus.ACCEPTED : d.statusBefore;
        d.statusBefore = null;
        d.suspendedOn = null;
        d.resolutionDue = deadlines.shift(d.resolutionDue, days, d.unitId);
    }

    void verify(LocalDate on) {
        require(d.status == PetitionStatus.ACCEPTED);
        notBefore("on", on, d.acceptedOn);
        d.status = PetitionStatus.VERIFYING;
    }

    void dialogue(LocalDate on) {
        require(d.status == PetitionStatus.ACCEPTED || d.status == PetitionStatus.VERIFYING);
        notBefore("on", on, d.acceptedOn);
        d.status = PetitionStatus.DIALOGUE;
    }

    /** The decision or conclusion (quyết định / kết luận giải quyết). */
    void resolve(LocalDate on, String result, boolean publish) {
        require(PetitionStatus.IN_PROGRESS.contains(d.status));
        notBefore("on", on, d.acceptedOn);
        d.status = PetitionStatus.RESOLVED;
        d.resolvedOn = on;
        d.result = result;
        boolean publishable = d.kind == PetitionKind.KIEN_NGHI || d.kind == PetitionKind.PHAN_ANH;
        d.answer = publish && publishable ? result : null;
    }

    /** B6: the decision took legal effect; then the file is closed. */
    void takeEffect(LocalDate on) {
        require(d.status == PetitionStatus.RESOLVED);
        notBefore("on", on, d.resolvedOn);
        d.status = PetitionStatus.EFFECTIVE;
    }

    void close(LocalDate on) {
        require(d.status == PetitionStatus.RESOLVED || d.status == PetitionStatus.EFFECTIVE);
        notBefore("on", on, d.resolvedOn);
        d.status = PetitionStatus.CLOSED;
    }

    /** Không thụ lý, with the reason. */
    void reject(LocalDate on, String reason) {
        require(d.status == PetitionStatus.RECEIVED);
        notBefore("on", on, d.receivedOn);
        d.status = PetitionStatus.REJECTED;
        d.reason = reason;
    }

    /** Hướng dẫn: the citizen is told where and how to file. */
    void guide(LocalDate on, String note) {
        require(d.status == PetitionStatus.RECEIVED);
        notBefore("on", on, d.receivedOn);
        d.status = PetitionStatus.GUIDED;
        d.reason = note;
    }

    /** C2: forwarded to the competent unit (a new item is registered there). */
    void forward(LocalDate on, long toUnitId, String reason) {
        require(d.status == PetitionStatus.RECEIVED);
        notBefore("on", on, d.receivedOn);
        d.status = PetitionStatus.FORWARDED;
        d.forwardedTo = toUnitId;
        d.forwardedOn = on;
        d.reason = reason;
    }

    /** Rút đơn: at any time before the decision (Luật 136/2025; Luật Tố cáo Đ33). */
    void withdraw(LocalDate on, String reason) {
        require(d.status.open());
        notBefore("on", on, d.receivedOn);
        d.status = PetitionStatus.WITHDRAWN;
        d.reason = reason;
    }

    /** Đình chỉ: the case ends without a decision. */
    void terminate(LocalDate on, String reason) {
        require(PetitionStatus.IN_PROGRESS.contains(d.status) || d.status == PetitionStatus.SUSPENDED);
        notBefore("on", on, d.acceptedOn);
        d.status = PetitionStatus.TERMINATED;
        d.reason = reason;
    }

    /** Whether a decided case was decided by its deadline. */
    boolean onTime() {
        return d.resolvedOn != null && d.resolutionDue != null && !d.resolvedOn.isAfter(d.resolutionDue);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw ProblemException.conflict("petitions.error.state", d.status.name());
        }
    }

    private static void notBefore(String field, LocalDate on, LocalDate earliest) {
        if (on == null) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of(field, "petitions.field.required")));
        }
        if (earliest != null && on.isBefore(earliest)) {
            throw ProblemException.invalid("petitions.error.invalid",
                    List.of(FieldProblem.of(field, "petitions.field.before", earliest)));
        }
    }
}
