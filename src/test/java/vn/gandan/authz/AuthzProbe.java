package vn.gandan.authz;

import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sends one entry's requests for every caller (and relation) and compares each answer with the rule. */
final class AuthzProbe {

    private final AuthzEntry e;
    private final AuthzObjects.Kind kind;
    private final AuthzCallers callers;
    private final JdbcClient jdbc;

    AuthzProbe(AuthzEntry e, AuthzObjects.Kind kind, AuthzCallers callers, JdbcClient jdbc) {
        this.e = e;
        this.kind = kind;
        this.callers = callers;
        this.jdbc = jdbc;
    }

    /** Refusals of an empty or incomplete request before the scope check: they prove nothing either way. */
    private static final java.util.Set<String> INCONCLUSIVE = java.util.Set.of("400", "409", "415", "422", "302");

    void run(List<String> failures, int[] cells) {
        if (e.object() != null && kind == null) {
            failures.add(e.key() + ": object kind '" + e.object() + "' is not declared (@object line)");
            return;
        }
        for (String role : AuthzCallers.ROLES) {
            if (kind == null) {
                check(role, null, path(null), failures, cells);
                continue;
            }
            for (String relation : AuthzObjects.RELATIONS.keySet()) {
                Long id = kind.id(jdbc, relation);
                if (id == null) {
                    cells[2]++;
                } else {
                    check(role, relation, path(id), failures, cells);
                }
            }
        }
    }

    private void check(String role, String relation, String path, List<String> failures, int[] cells) {
        String expected = expected(role, relation);
        if (expected == null) {
            cells[1]++;
            return;
        }
        HttpResponse<String> res = send(role, path);
        cells[0]++;
        String got = AuthorizationMatrixTests.isLogin(res) ? "login" : String.valueOf(res.statusCode());
        boolean ok = switch (expected) {
            case "ok" -> res.statusCode() < 400 && !got.equals("login");
            case "auth" -> res.statusCode() < 500 && res.statusCode() != 401 && !got.equals("login");
            case "public" -> res.statusCode() < 500 && res.statusCode() != 401 && res.statusCode() != 403 && !got.equals("login");
            case "login" -> e.api() ? res.statusCode() == 401 : got.equals("login");
            default -> got.equals(expected);
        };
        if (!ok && (expected.equals("403") || expected.equals("404")) && INCONCLUSIVE.contains(got)) {
            cells[3]++;
        } else if (!ok) {
            failures.add(String.format("%s %s as %s%s: expected %s, got %s (%s)", e.method(), e.pattern(), role,
                    relation == null ? "" : " (" + relation + ")", expected, got, path));
        }
    }

    /** ok, public, login, 403, 404 — or null: a permitted change, not executed. */
    private String expected(String role, String relation) {
        if (e.access().equals("public")) {
            return "public";
        }
        if (role.equals("ANONYMOUS")) {
            return "login";
        }
        boolean admin = role.equals("SYSTEM_ADMIN");
        boolean visible = admin || relation == null || kind.visible().contains(relation);
        return switch (e.access()) {
            case "signed-in" -> e.safe() ? "ok" : null;
            case "auth-only" -> e.safe() ? "auth" : null;
            case "admin" -> admin ? (e.safe() ? "ok" : null) : "403";
            case "role" -> admin || e.roles().contains(role) ? (e.safe() ? "ok" : null) : "403";
            case "read" -> visible ? "ok" : "404";
            case "write" -> !visible ? "404" : admin || e.roles().contains(role) ? null : "403";
            default -> throw new IllegalStateException(e.key() + ": unknown access '" + e.access() + "'");
        };
    }

    private String path(Long id) {
        String p = e.pattern();
        if (id != null) {
            p = p.replace("{" + e.vars().getOrDefault("at", "id") + "}", String.valueOf(id));
        }
        for (var v : e.vars().entrySet()) {
            p = p.replace("{" + v.getKey() + "}", v.getValue());
        }
        p = p.replaceAll("\\{[^}]+}", "0");
        // query=a={id}&b=c: for endpoints that take the object in the query string (e.g. ?unitId=)
        String query = e.vars().get("query");
        return query == null ? p : p + "?" + query.replace("{id}", String.valueOf(id));
    }

    private HttpResponse<String> send(String role, String path) {
        if (e.api()) {
            var api = callers.api(role);
            return switch (e.method()) {
                case "GET" -> api.get(path);
                case "PUT" -> api.put(path, "{}");
                case "DELETE" -> api.send(api.builder(path).DELETE());
                default -> api.post(path, "{}");
            };
        }
        var page = callers.page(role);
        return e.safe() ? page.get(path) : page.post(path, "");
    }
}
