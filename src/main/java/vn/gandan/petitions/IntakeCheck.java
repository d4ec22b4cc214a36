package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Field checks of a new item: required, sizes, no markup, formats; every problem named after its field. */
final class IntakeCheck {

    static final int MAX_CONTENT = 10_000;
    static final int MAX_FIELD = 300;
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\s.-]{6,20}");
    private static final Pattern ID = Pattern.compile("[0-9]{9}|[0-9]{12}");

    private final List<FieldProblem> problems = new ArrayList<>();

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    IntakeCheck required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(FieldProblem.of(field, "petitions.field.required"));
        }
        return this;
    }

    IntakeCheck oneOf(String field, String value, Object parsed) {
        if (value != null && !value.isBlank() && parsed == null) {
            problems.add(FieldProblem.of(field, "petitions.field.choice"));
        }
        return this;
    }

    /** Text of at most {@code max} characters without HTML. */
    IntakeCheck text(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            problems.add(FieldProblem.of(field, "petitions.field.tooLong", max));
        } else if (MARKUP.matcher(value).find()) {
            problems.add(FieldProblem.of(field, "petitions.field.markup"));
        }
        return this;
    }

    IntakeCheck phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            problems.add(FieldProblem.of(field, "petitions.field.phone"));
        }
        return this;
    }

    IntakeCheck idNumber(String field, String value) {
        if (value != null && !value.isBlank() && !ID.matcher(value.strip()).matches()) {
            problems.add(FieldProblem.of(field, "petitions.field.idNumber"));
        }
        return this;
    }

    IntakeCheck notAfter(String field, LocalDate value, LocalDate latest) {
        if (value != null && value.isAfter(latest)) {
            problems.add(FieldProblem.of(field, "petitions.field.future"));
        }
        return this;
    }

    IntakeCheck add(FieldProblem p) {
        problems.add(p);
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("petitions.error.invalid", problems);
        }
    }

    static Petitioner clean(Petitioner p) {
        return p == null ? new Petitioner(null, null, null, null)
                : new Petitioner(blankToNull(p.name()), blankToNull(p.address()), blankToNull(p.phone()),
                blankToNull(p.idNumber()));
    }

    static String blankToNull(String s) {
        String c = Texts.clean(s);
        return c == null || c.isEmpty() ? null : c;
    }
}
