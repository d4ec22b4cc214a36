package vn.gandan.authz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of {@code src/test/resources/authz/*.txt}: {@code METHOD PATTERN | access | object key=value…}.
 * Access: {@code public}, {@code signed-in}, {@code admin} (system administrator only), {@code role R1,R2} (no
 * object), {@code read} (an object: visible → served, invisible → 404), {@code write R1,R2} (an object: invisible
 * → 404, visible without the role → 403; allowed roles are not executed), {@code auth-only} (sign-in required,
 * no 401 or 5xx for any role; scope cells not declared yet), {@code skip <reason>}. Variables {@code name=value}
 * fill the path's {@code {name}}; {@code query=unitId={id}&…} appends a query string with the object's id.
 */
record AuthzEntry(String method, String pattern, String access, Set<String> roles, String object,
                  Map<String, String> vars, String source) {

    static AuthzEntry parse(String line, String source) {
        String[] parts = line.split("\\|");
        String[] head = parts[0].trim().split("\\s+");
        String[] access = parts.length > 1 ? parts[1].trim().split("\\s+", 2) : new String[] {"missing"};
        Set<String> roles = access.length > 1 && !access[0].equals("skip") ? Set.of(access[1].split(",")) : Set.of();
        String object = null;
        Map<String, String> vars = new LinkedHashMap<>();
        if (parts.length > 2) {
            for (String token : parts[2].trim().split("\\s+")) {
                if (token.contains("=")) {
                    vars.put(token.substring(0, token.indexOf('=')), token.substring(token.indexOf('=') + 1));
                } else if (!token.isEmpty()) {
                    object = token;
                }
            }
        }
        return new AuthzEntry(head[0], head[1], access[0], roles, object, vars, source);
    }

    String key() {
        return method + " " + pattern;
    }

    boolean api() {
        return pattern.startsWith("/api/");
    }

    boolean safe() {
        return List.of("GET", "HEAD").contains(method);
    }
}
