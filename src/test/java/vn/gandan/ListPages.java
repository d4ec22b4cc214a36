package vn.gandan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paging rules every API list shares (api.md "Lists are paged"), checked the same way for each list: the pages
 * followed through their {@code Link: <…>; rel="next"} headers are, in order, the whole list; each page holds at most
 * its size; the link keeps the request's own filters; bad paging answers a 400 problem in Vietnamese.
 */
public final class ListPages {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

    private ListPages() {
    }

    /** The rows of a JSON list answer. */
    public static List<JsonNode> rows(String json) {
        List<JsonNode> out = new ArrayList<>();
        JsonMapper.shared().readTree(json).forEach(out::add);
        return out;
    }

    /** The next page named by the answer's {@code Link} header, or null on the last page. */
    public static String next(HttpResponse<?> res) {
        return res.headers().firstValue("Link").map(l -> {
            Matcher m = NEXT.matcher(l);
            assertThat(m.matches()).as("Link: " + l).isTrue();
            return m.group(1);
        }).orElse(null);
    }

    /**
     * The list at {@code path} (with its filters) asked without paging and then page by page, {@code size} rows a page
     * ({@code sizeName=size} added to the path): the answer without paging has no link (the list is under its cap),
     * every page answers 200 with 1 to {@code size} rows and a link that keeps {@code path}'s parameters, and the pages
     * together, in order, are the list. Returns the whole list; {@code minRows} is how long it must at least be for
     * the test to page at all.
     */
    public static List<JsonNode> pagesAreTheWholeList(ApiClient client, String path, int size, int minRows) {
        return pagesAreTheWholeList(client, path, "page", "size", size, minRows);
    }

    public static List<JsonNode> pagesAreTheWholeList(ApiClient client, String path, String pageName, String sizeName,
                                                      int size, int minRows) {
        HttpResponse<String> all = client.get(path);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.headers().firstValue("Link")).as("a list under its cap has no next page").isEmpty();
        List<JsonNode> whole = rows(all.body());
        assertThat(whole).as(path).hasSizeGreaterThanOrEqualTo(minRows);

        String sep = path.contains("?") ? "&" : "?";
        List<String> kept = path.contains("?") ? List.of(path.substring(path.indexOf('?') + 1).split("&")) : List.of();
        List<JsonNode> paged = new ArrayList<>();
        String next = path + sep + sizeName + "=" + size;
        int pages = 0;
        while (next != null) {
            HttpResponse<String> res = client.get(next);
            assertThat(res.statusCode()).as(next + " " + res.body()).isEqualTo(200);
            List<JsonNode> page = rows(res.body());
            assertThat(page.size()).as(next).isBetween(1, size);
            paged.addAll(page);
            pages++;
            next = next(res);
            if (next != null) {
                assertThat(page).as("only a full page has a next one").hasSize(size);
                assertThat(next).as("the path, the filters and the size kept, the page moved on")
                        .startsWith(path.contains("?") ? path.substring(0, path.indexOf('?')) : path)
                        .contains(sizeName + "=" + size).contains(pageName + "=" + (pages + 1));
                for (String filter : kept) {
                    assertThat(next).as("filter kept").contains(filter);
                }
            }
        }
        assertThat(paged).as("the pages, in order, are the whole list").isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + size - 1) / size);
        return whole;
    }

    /**
     * Bad paging of the list at {@code path} (page 0 or negative, size 0 or over {@code cap}, not a number): a 400
     * problem whose detail (in Vietnamese) names the paging and the cap.
     */
    public static void badPagingIsA400(ApiClient client, String path, int cap) {
        String sep = path.contains("?") ? "&" : "?";
        for (String bad : List.of("page=0", "page=-3", "size=0", "size=" + (cap + 1), "size=abc", "page=x")) {
            HttpResponse<String> res = client.get(path + sep + bad);
            assertThat(res.statusCode()).as(bad + " " + res.body()).isEqualTo(400);
            assertThat(res.headers().firstValue("Content-Type").orElse("")).as(bad).contains("application/problem+json");
        }
        String detail = client.get(path + sep + "size=" + (cap + 1)).body().replaceAll("(\\d)[.,](\\d{3})", "$1$2");
        assertThat(detail).as("in Vietnamese, naming the cap").contains("phân trang").contains(String.valueOf(cap));
    }
}
