package vn.gandan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;

/** Marks GET/HEAD requests to public pages and exports as readable from the replica, for the handler's duration. */
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

    @Override
    public void afterCompletion(HttpServletRequest req, HttpServletResponse res, Object handler, Exception ex) {
        ReplicaRouting.leave();
    }
}
