package vn.gandan.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One publication as the public disclosures page shows it (issue 14, item 5): its title (or the item's name), the
 * dates and period in their sentences and the file's label, built once in the handler instead of per row in the
 * template. Page-only: the API keeps {@link DisclosureView}. Public, for SpEL. {@code period} and {@code validUntil}
 * are the current list's "· …" parts; {@code periodShort} the archive's "(…)"; null when the publication has none.
 */
public record PublicItem(long id, String title, String day, String published, String period, String periodShort,
                         String validUntil, String evidenceUrl, boolean hasFile, String download) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static PublicItem of(DisclosureView d, MessageSource messages, Locale locale) {
        String day = day(d.publishedOn());
        java.util.function.BiFunction<String, Object, String> m = (key, arg) ->
                messages.getMessage(key, new Object[] {arg}, "??" + key + "_" + locale + "??", locale);
        return new PublicItem(d.id(), d.title() != null ? d.title() : d.itemName(), day,
                m.apply("disclosure.publishedOn", day),
                d.period() == null ? null : "· " + m.apply("disclosure.periodOf", d.period()),
                d.period() == null ? null : "(" + d.period() + ")",
                d.validUntil() == null ? null
                        : "· " + m.apply("disclosure.validUntil", day(d.validUntil())),
                d.evidenceUrl(), d.hasFile(),
                d.hasFile() ? m.apply("disclosure.download", d.fileName()) : null);
    }

    private static String day(LocalDate d) {
        return d == null ? null : DAY.format(d);
    }
}
