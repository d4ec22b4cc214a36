package vn.gandan.meetings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** Field errors of a refused form, in the reader's language, to show next to the fields with the typed input kept. */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** field → message (the first per field); a problem without field errors is rethrown for the error page. */
    Map<String, String> byField(ProblemException e) {
        if (e.fieldProblems().isEmpty()) throw e;
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            out.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()));
        }
        out.putIfAbsent("_summary", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        return out;
    }

    /** A date typed in a form (yyyy-MM-dd from a date input, or dd/MM/yyyy); blank is null; unreadable is a field error. */
    static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) return null;
        String v = s.strip();
        try {
            if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = v.split("/");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            throw ProblemException.invalid("meetings.error.invalid", List.of(FieldProblem.of(field, "meetings.error.date")));
        }
    }
}
