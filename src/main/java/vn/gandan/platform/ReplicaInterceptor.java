package vn.gandan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks GET/HEAD requests to public pages and exports as readable from the replica while the handler runs: until it
 * returns a view ({@link #postHandle}) or its body is about to be written ({@link ReplicaWindowEnd}), when the
 * response commits and Spring Session writes the session to the primary.
 */
final class ReplicaInterceptor implements HandlerInterceptor {

    private final Pattern paths;

    ReplicaInterceptor(String pathPattern) {
        this.paths = Pattern.compile(pathPattern);
    }

    boolean matches(HttpServletRequest req) {
        String method = req.getMethod();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return ("GET".equals(method) || "HEAD".equals(method)) && paths.matcher(path).matches();
    }

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
        if (matches(req)) {
            ReplicaRouting.enter();
        }
        return true;
    }

    /** Before a view renders: the model is read; the session may be saved while the page is written (primary). */
    @Override
    public void postHandle(HttpServletRequest req, HttpServletResponse res, Object handler,
                           org.springframework.web.servlet.ModelAndView mav) {
        ReplicaRouting.leave();
    }

    @Override
    public void afterCompletion(HttpServletRequest req, HttpServletResponse res, Object handler, Exception ex) {
        ReplicaRouting.leave();
    }
}
