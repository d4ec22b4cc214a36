package vn.gandan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * {@code #times.format(at)} in templates: a moment (stored in UTC) shown in the user's time zone as dd/MM/yyyy HH:mm.
 * {@code #temporals.format} would print the offset the value came with, seven hours behind in Vietnam.
 * {@code #times.day(d)}: a date as dd/MM/yyyy.
 */
@Component
class Times extends AbstractDialect implements IExpressionObjectDialect {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    Times() {
        super("times");
    }

    /** The moment in the zone of the current request (the clock's by default), or "" for none. */
    public static String format(Object at) {
        return at == null ? "" : MINUTES.format(inZone(at, LocaleContextHolder.getTimeZone().toZoneId()));
    }

    static TemporalAccessor inZone(Object at, ZoneId zone) {
        if (at instanceof OffsetDateTime o) return o.atZoneSameInstant(zone);
        if (at instanceof ZonedDateTime z) return z.withZoneSameInstant(zone);
        if (at instanceof Instant i) return i.atZone(zone);
        if (at instanceof TemporalAccessor t) return t;
        throw new IllegalArgumentException("not a moment: " + at.getClass());
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("times");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Formatter();
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** What {@code #times} is in a template. */
    public static final class Formatter {
        public String format(Object at) {
            return Times.format(at);
        }

        /**
         * {@code #times.day(d)}: exactly {@code #temporals.format(d, 'dd/MM/yyyy')}, without parsing the pattern again
         * for every row (issue 14, session 14): a date is formatted with one kept formatter (the pattern has no
         * locale-dependent field); anything else goes to Thymeleaf's own formatting; null stays null.
         */
        public String day(Object date) {
            if (date == null) {
                return null;
            }
            if (date instanceof LocalDate d) {
                return DAY.format(d);
            }
            return new Temporals(LocaleContextHolder.getLocale()).format((java.time.temporal.Temporal) date, "dd/MM/yyyy");
        }
    }
}
