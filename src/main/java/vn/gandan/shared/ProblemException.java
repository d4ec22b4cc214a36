package vn.gandan.shared;

import java.util.List;

/**
 * A business error with an HTTP status and a message key (resolved in the caller's language), optionally
 * with per-field errors. Subclasses name the common cases.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public ProblemException(int status, String messageKey, List<FieldProblem> fieldProblems, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** 409: the object's state does not allow the action (e.g. issuing an issued plan). */
    public static ProblemException conflict(String messageKey, Object... args) {
        return new ProblemException(409, messageKey, List.of(), args);
    }

    /** 422: well-formed but invalid; each problem names a field and a message key. */
    public static ProblemException invalid(String messageKey, List<FieldProblem> problems, Object... args) {
        return new ProblemException(422, messageKey, problems, args);
    }

    /** 400: malformed input. */
    public static ProblemException badRequest(String messageKey, Object... args) {
        return new ProblemException(400, messageKey, List.of(), args);
    }

    /** 403: a visible object, but the caller's role does not allow the action. */
    public static ProblemException forbidden(String messageKey, Object... args) {
        return new ProblemException(403, messageKey, List.of(), args);
    }
}
