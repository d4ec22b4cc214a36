package vn.gandan.disclosure;

import java.net.URI;
import java.net.URISyntaxException;

/** An evidence link: an absolute http(s) address of at most 1000 characters. */
final class Links {

    private Links() {
    }

    static boolean valid(String link) {
        if (link.length() > 1000) return false;
        try {
            URI u = new URI(link);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
