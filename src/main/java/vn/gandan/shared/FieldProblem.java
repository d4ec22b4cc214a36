package vn.gandan.shared;

/** One invalid field: its name (as in the form or JSON body) and a message key with arguments. */
public record FieldProblem(String field, String messageKey, Object... args) implements java.io.Serializable {

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, args);
    }
}
