package vn.gandan.platform;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The message bundles (issue 14, item 5, session 18): Spring's source, whose {@link MessageFormat}s keep one
 * {@link NumberFormat} for their plain numeric arguments. A plain argument ({@code {0}}, no type) that is a number was
 * formatted by {@code MessageFormat} with a {@code NumberFormat.getInstance(locale)} created for every argument of
 * every message formatted (a provider look-up, a {@code DecimalFormatSymbols} and a pattern parse: 0.7 % of the request
 * threads' CPU in session 17's profile). Here each plain argument of a message's format gets {@link PlainArgument}, which
 * does exactly what {@code MessageFormat} does for an argument without a format — a number with the locale's
 * {@code NumberFormat.getInstance}, a date with its short date-time format, a string as it is, anything else by
 * {@code toString()} — but creates the number format once per message format. Spring formats a kept message format only
 * inside {@code synchronized (format)}, so the kept number format is never used by two threads at once. Arguments with
 * a type ({@code {0,number,#}}, {@code {0,choice,…}}, {@code {0,date}}) keep their own formats.
 */
class MessageBundles extends ReloadableResourceBundleMessageSource {

    @Override
    protected MessageFormat createMessageFormat(String msg, Locale locale) {
        MessageFormat format = super.createMessageFormat(msg, locale);
        Format[] formats = format.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                format.setFormat(i, new PlainArgument(format.getLocale()));
            }
        }
        return format;
    }

    /** What {@code MessageFormat.subformat} does for an argument without a format; the number format made once. */
    static final class PlainArgument extends Format {

        private final Locale locale;
        private NumberFormat numbers;

        PlainArgument(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
            if (obj instanceof Number) {
                if (numbers == null) {
                    numbers = NumberFormat.getInstance(locale);
                }
                return numbers.format(obj, to, pos);
            }
            if (obj instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(obj, to, pos);
            }
            if (obj instanceof String s) {
                return to.append(s);
            }
            String text = obj == null ? null : obj.toString();
            return to.append(text == null ? "null" : text);
        }

        /** A copy makes its own number format (a kept one is not shared between two message formats). */
        @Override
        public Object clone() {
            PlainArgument copy = (PlainArgument) super.clone();
            copy.numbers = null;
            return copy;
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
