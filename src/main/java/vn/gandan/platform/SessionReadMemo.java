package vn.gandan.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.session.Session;

/**
 * Issue 14, item 5: Spring Session read the requested session from the database twice per request — once when the
 * request first asks for it, once more when it commits at the end ({@code SessionRepositoryFilter} looks the
 * requested id up again): a {@code SELECT} of the session and its attributes, and their deserialisation, per page.
 * While a request passes this filter (registered just outside Spring Session's), the second read of an id is
 * answered with the first one's session. Nothing outlives the request, so every request still reads the shared
 * database once (two nodes see each other's logins and logouts); a session deleted or whose id changed (login)
 * during the request is read again.
 */
final class SessionReadMemo implements Filter {

    private static final ThreadLocal<Map<String, Session>> READS = new ThreadLocal<>();

    static <S extends Session> S read(String id, Function<String, S> load) {
        Map<String, Session> memo = READS.get();
        if (memo == null) {
            return load.apply(id);
        }
        @SuppressWarnings("unchecked")
        S known = (S) memo.get(id);
        if (known != null && id.equals(known.getId())) {
            return known;
        }
        S found = load.apply(id);
        if (found == null) {
            memo.remove(id);
        } else {
            memo.put(id, found);
        }
        return found;
    }

    static void forget(String id) {
        Map<String, Session> memo = READS.get();
        if (memo != null) {
            memo.remove(id);
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (READS.get() != null) {
            chain.doFilter(req, res);
            return;
        }
        READS.set(new HashMap<>());
        try {
            chain.doFilter(req, res);
        } finally {
            READS.remove();
        }
    }
}
