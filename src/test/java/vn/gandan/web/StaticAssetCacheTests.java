package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5: static files are linked with their version ({@code ?v=}) and kept by browsers for a year under
 * that URL; without the version, or with another one, they keep the default headers (no long cache).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticAssetCacheTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"?]+)\\?v=([^\"&]+)\"");

    @LocalServerPort
    int port;

    @Test
    void everyStaticLinkOfTheLayoutCarriesItsVersionAndIsCachedForAYear() {
        List<String[]> links = links(PageClient.bare(port).get("/public/exemplars").body());
        assertThat(links).extracting(l -> l[0]).contains("/css/app.css", "/js/app.js",
                "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js");
        for (String[] link : links) {
            HttpResponse<String> res = PageClient.bare(port).get(link[0] + "?v=" + link[1]);
            assertThat(res.statusCode()).as(link[0]).isEqualTo(200);
            assertThat(res.headers().firstValue("Cache-Control")).as(link[0]).contains(AssetVersions.LONG_CACHE);
        }
    }

    @Test
    void aStaticFileWithoutItsCurrentVersionIsNotCachedLong() {
        for (String path : new String[] {"/css/app.css", "/css/app.css?v=0000", "/webjars/htmx.org/dist/htmx.min.js?v=1.0"}) {
            HttpResponse<String> res = PageClient.bare(port).get(path);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().allValues("Cache-Control")).as(path).doesNotContain(AssetVersions.LONG_CACHE);
        }
    }

    @Test
    void theVersionOfTheAppsOwnFileIsADigestOfItsBytesAndAWebjarsItsVersion() {
        AssetVersions versions = new AssetVersions();
        assertThat(versions.of("/css/app.css").orElseThrow()).matches("[0-9a-f]{12}");
        assertThat(versions.of("/webjars/htmx.org/dist/htmx.min.js")).contains("2.0.10");
        assertThat(versions.of("/css/none.css")).isEmpty();
        assertThat(AssetVersions.isAsset("/css/../application.properties")).isFalse();
        assertThat(AssetVersions.isAsset("/plans")).isFalse();
    }

    @Test
    void pathsAskedOfAWebjarOrOfMissingFilesAreNotRememberedOneByOne() {
        AssetVersions versions = new AssetVersions();
        for (int i = 0; i < 500; i++) {
            assertThat(versions.of("/webjars/bootstrap/x" + i + ".css")).isPresent();
            assertThat(versions.of("/css/none" + i + ".css")).isEmpty();
            assertThat(versions.of("/webjars/no-such-jar" + i + "/a.js")).isEmpty();
        }
        assertThat(versions.known).as("one entry for the bootstrap webjar, none for missing files").hasSize(1);
    }

    private static List<String[]> links(String html) {
        Matcher m = ASSET.matcher(html);
        List<String[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }
}
