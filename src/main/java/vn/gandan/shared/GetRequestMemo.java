package vn.gandan.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers a read for the rest of the current GET (or HEAD) request: a page that asks for the same unit or the
 * same links several times reads them once (issue 14, item 5). Only reads whose data changes through
 * POST/PUT/PATCH/DELETE belong here: a GET request's copy cannot go stale within it. Outside a GET request
 * (writes, scheduled jobs, start-up) every call reads.
 */
public final class GetRequestMemo {

    private GetRequestMemo() {
    }

    /** {@code load.apply(key)}, once per GET request for each {@code name} and {@code key}; null answers are kept too. */
    public static <K, V> V get(String name, K key, Function<K, V> load) {
        Map<K, V> memo = memo(name);
        if (memo == null) {
            return load.apply(key);
        }
        if (memo.containsKey(key)) {
            return memo.get(key);
        }
        V value = load.apply(key);
        memo.put(key, value);
        return value;
    }

    /**
     * The memo itself, for reads of many keys at once that read only the keys not yet known and add what they read
     * (the same values {@link #get} would keep for those keys); {@code null} outside a GET request.
     */
    public static <K, V> Map<K, V> map(String name) {
        return memo(name);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> memo(String name) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)
                || !("GET".equals(attrs.getRequest().getMethod()) || "HEAD".equals(attrs.getRequest().getMethod()))) {
            return null;
        }
        String attribute = GetRequestMemo.class.getName() + "." + name;
        Map<K, V> memo = (Map<K, V>) attrs.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            attrs.setAttribute(attribute, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return memo;
    }
}
