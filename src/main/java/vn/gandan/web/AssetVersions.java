package vn.gandan.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.webjars.WebJarVersionLocator;

/**
 * The version of a static file, for links that browsers may keep for a year (issue 14, item 5): a file of the app's
 * own ({@code /css/…}, {@code /js/…}) is versioned by a digest of its bytes, a webjar file ({@code /webjars/NAME/…})
 * by the webjar's version. A changed file gets a new version, hence a new URL. Computed once per path (paths come
 * from the templates' links; a path with no such file is not remembered). The layout links {@code @{/css/app.css(v=…)}}
 * with {@code assets.version(…)} ({@link LayoutState} puts this object in every request as {@code assets}); a request
 * whose {@code v} is the file's current version is answered with {@link #LONG_CACHE}.
 */
public final class AssetVersions {

    static final String LONG_CACHE = "public, max-age=31536000, immutable";
    static final String[] PREFIXES = {"/css/", "/js/", "/webjars/"};

    /** Digests of the app's own files that exist (bounded by the files), and webjar versions by webjar name. */
    final Map<String, String> known = new ConcurrentHashMap<>();
    private final WebJarVersionLocator webjars = new WebJarVersionLocator();

    /**
     * A year's cache for a static file asked with its current version; any other request for it (no {@code v}, an
     * old one) keeps the default headers, so an old page never pins a changed file.
     */
    void cacheIfCurrent(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
        String v = req.getParameter("v");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (v != null && isAsset(path) && of(path).filter(v::equals).isPresent()) {
            res.setHeader("Cache-Control", LONG_CACHE);
        }
    }

    /** True for a path this class versions (a path without a query, under one of {@link #PREFIXES}). */
    static boolean isAsset(String path) {
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || path.contains("..")) {
            return false;
        }
        for (String p : PREFIXES) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** For templates: the version of the file at this path, {@code null} when there is no such file. */
    public String version(String path) {
        return of(path).orElse(null);
    }

    /** The version of the file at this path (relative to the context), empty when there is no such file. */
    Optional<String> of(String path) {
        String key = webjarName(path).map(name -> "webjar:" + name).orElse(path); // any path asked of a webjar: one entry
        String v = known.get(key);
        if (v == null) {
            v = compute(path);
            if (v != null) {
                known.put(key, v);
            }
        }
        return Optional.ofNullable(v);
    }

    private static Optional<String> webjarName(String path) {
        int end = path.indexOf('/', "/webjars/".length());
        return path.startsWith("/webjars/") && end > 0 ? Optional.of(path.substring("/webjars/".length(), end))
                : Optional.empty();
    }

    private String compute(String path) {
        if (path.startsWith("/webjars/")) {
            return webjarName(path).map(webjars::version).orElse(null);
        }
        ClassPathResource file = new ClassPathResource("static" + path);
        if (!file.isReadable()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
