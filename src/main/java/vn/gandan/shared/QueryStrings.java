package vn.gandan.shared;

import java.util.Set;
import java.util.StringJoiner;

/** A request's query string with some parameters left out, the others kept as sent (still URL-encoded) and in order. */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String without(String query, Set<String> names) {
        StringJoiner out = new StringJoiner("&");
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !names.contains(pair.split("=", 2)[0])) {
                    out.add(pair);
                }
            }
        }
        return out.toString();
    }
}
