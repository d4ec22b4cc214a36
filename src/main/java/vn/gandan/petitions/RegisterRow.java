package vn.gandan.petitions;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import org.springframework.context.MessageSource;

/**
 * One row of the case register as the page shows it (issue 14, item 5): the display strings the template computed per
 * row — the kind's and status's labels, the abbreviated content, the dates in their sentences — built once in the
 * handler. Page-only: the API keeps {@link PetitionView}. Public, for SpEL (a package-private type costs a caught
 * exception per look-up).
 */
public record RegisterRow(long id, String label, String kind, String status, String content, String received,
                          String petitioner, String due) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Builds the rows' strings in the reader's language; labels repeated across rows are looked up once. */
    static final class Builder {
        private final MessageSource messages;
        private final Locale locale;
        private final Map<String, String> labels = new HashMap<>();
        private final String petitionerWord;

        Builder(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
            this.petitionerWord = label("petitions.petitioner");
        }

        RegisterRow row(PetitionView p) {
            String name = p.petitioner().name();
            return new RegisterRow(p.id(), p.registerNo() + " · " + p.code(), label("petitions.kind." + p.kind()),
                    label("petitions.status." + p.status()), org.thymeleaf.util.StringUtils.abbreviate(p.content(), 140),
                    message("petitions.receivedOn", day(p.receivedOn())),
                    petitionerWord + ": " + (name != null ? name : "—"), p.resolutionDue() == null ? null
                    : message("petitions.resolutionDue", day(p.resolutionDue())));
        }

        private String label(String key) {
            return labels.computeIfAbsent(key, k -> message(k));
        }

        /** As {@code #{key(args)}} does: a missing message shows Thymeleaf's marker, not an error page. */
        private String message(String key, Object... args) {
            return messages.getMessage(key, args, "??" + key + "_" + locale + "??", locale);
        }

        private static String day(java.time.LocalDate d) {
            return d == null ? null : DAY.format(d);
        }
    }
}
