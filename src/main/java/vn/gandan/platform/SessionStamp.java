package vn.gandan.platform;

import jakarta.servlet.http.HttpSession;
import java.util.OptionalLong;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A number about the session's signed-in person read in the same statement as the session itself (issue 14, item 5,
 * session 13): a module contributes a bean with a scalar SQL expression over {@code S.PRINCIPAL_NAME} (the session's
 * username; a {@code bigint}, null read as 0), and finds the value read at the start of the request in the session
 * attribute {@link #attribute()} ({@link #current}). No extra round trip per request; the value is as fresh as the
 * session itself — read from the shared database at every request, on whichever node serves it. It is never written
 * back (Spring Session saves only attributes the request sets). Sessions without a signed-in person carry none.
 */
public interface SessionStamp {

    /** The session attribute the value is read into (name it after the module: {@code vn.gandan.<module>.…}). */
    String attribute();

    /** A scalar SQL expression of type {@code bigint} over the session's username {@code S.PRINCIPAL_NAME}. */
    String sql();

    /** The value read with the current request's session, if the request has a signed-in session carrying it. */
    static OptionalLong current(String attribute) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes req)) {
            return OptionalLong.empty();
        }
        HttpSession session = req.getRequest().getSession(false);
        return session != null && session.getAttribute(attribute) instanceof Long value
                ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
