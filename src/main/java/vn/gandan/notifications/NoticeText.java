package vn.gandan.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A notice title or body as a message key of the {@code notifications} bundle and its arguments, rendered in the
 * recipient's language when delivered. An argument that is itself a {@code NoticeText} is rendered first; a list of
 * them becomes one line each ("- …").
 */
record NoticeText(String key, List<Object> args) {

    static NoticeText of(String key, Object... args) {
        return new NoticeText(key, Arrays.asList(args));
    }

    /** Text the caller has already worded (kept as it is). */
    static NoticeText literal(String text) {
        return new NoticeText(null, Arrays.asList(text));
    }

    String render(MessageSource messages, Locale locale) {
        if (key == null) {
            return args.isEmpty() || args.get(0) == null ? "" : args.get(0).toString();
        }
        Object[] rendered = args.stream().map(a -> renderArg(a, messages, locale)).toArray();
        return messages.getMessage(key, rendered, locale);
    }

    private static Object renderArg(Object a, MessageSource messages, Locale locale) {
        if (a instanceof NoticeText t) {
            return t.render(messages, locale);
        }
        if (a instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            list.forEach(x -> b.append("\n- ").append(renderArg(x, messages, locale)));
            return b.toString();
        }
        return a;
    }
}
