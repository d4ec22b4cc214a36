package vn.gandan.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** An API list's answer: the page's rows, and a {@code Link: <…>; rel="next"} header when a next page exists. */
public final class ListAnswers {

    private ListAnswers() {
    }

    public static <T> ResponseEntity<List<T>> of(ListPage page, ListPage.Slice<T> slice) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (slice.more()) {
            ok.header(HttpHeaders.LINK, "<" + next(page) + ">; rel=\"next\"");
        }
        return ok.body(slice.rows());
    }

    /** The same request (path and filters) for the next page, as a reference relative to the server's root. */
    static String next(ListPage page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return next(request.getRequestURI(), request.getQueryString(), page);
    }

    /** The query's own parameters kept as sent (still encoded), {@code page} and {@code size} replaced. */
    static String next(String path, String query, ListPage page) {
        return next(path, query, page, "page", "size");
    }

    /**
     * As above with the list's own names for the page and its size (Open311's extension says {@code page_size}), for a
     * list whose body cannot go through {@link #of}.
     */
    public static String next(String path, String query, ListPage page, String pageName, String sizeName) {
        String kept = QueryStrings.without(query, Set.of(pageName, sizeName));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + pageName + "=" + (page.page() + 1) + "&" + sizeName + "=" + page.size();
    }
}
