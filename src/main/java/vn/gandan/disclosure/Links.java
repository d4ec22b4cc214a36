package vn.gandan.disclosure;

import java.net.URI;
import java.net.URISyntaxException;

/** An evidence link of at most 1000 characters: an absolute http(s) address or a path of this site. */
final class Links {

    private Links() {
    }

    /** An http(s) address with a host, or a path of this site ("/meetings/12/resolution.pdf": a document kept here). */
    static boolean valid(String link) {
        if (link.length() > 1000) return false;
        if (link.matches("/[A-Za-z0-9][A-Za-z0-9._~/%-]*")) return !link.contains("//") && !link.contains("..");
        try {
            URI u = new URI(link);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
