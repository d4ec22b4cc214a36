package vn.gandan.emulation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** A refused form's messages for the page: one per invalid field and the general one under "general". */
final class PageErrors {

    private PageErrors() {
    }

    static Map<String, String> of(ProblemException e, MessageSource messages) {
        Map<String, String> out = new HashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            out.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()));
        }
        String general = messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
        out.put("general", e.fieldProblems().isEmpty() ? general : general + " " + String.join(" ", out.values()));
        return out;
    }
}
