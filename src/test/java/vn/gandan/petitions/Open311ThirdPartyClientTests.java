package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/**
 * Issue 9 item 6: a real, unmodified Open311 client written by someone else works against {@code /open311/v2}.
 * The client is Code for America's Python {@code three} (vendored byte for byte under src/test/open311-client, see its
 * PROVENANCE.md); {@code drive.py} calls its public API: discovery, services, a service definition, POST with an API
 * key, GET by id, the list, a refused key and the XML format. CI installs python3-requests, python3-simplejson and python3-lxml
 * (.ci/run); where no python3 with both is found, the test is skipped with that notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class Open311ThirdPartyClientTests {

    private static final File CLIENT = new File("src/test/open311-client");

    @LocalServerPort
    int port;

    @Test
    void codeForAmericasThreeClientDiscoversPostsWithAKeyAndReadsTheRequestBack() throws Exception {
        Optional<String> python = python();
        Assumptions.assumeTrue(python.isPresent(),
                "SKIPPED: no python3 with the modules requests and simplejson (apt-get install python3-requests python3-simplejson python3-lxml)");
        var key = new ApiClient(port).as("admin").post("/api/v1/open311/keys", "{\"name\": \"three (Code for America)\"}");
        assertThat(key.statusCode()).isEqualTo(201);
        String apiKey = key.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
        String out = run(List.of(python.get(), "drive.py", "http://localhost:" + port + "/open311/v2/", "TH-PS", apiKey));
        assertThat(out).contains("STEP discovery: http://localhost:" + port + "/open311/v2/")
                .contains("STEP post-status: 201").containsPattern("STEP post: GD-[A-Z0-9]+")
                .contains("STEP bad-key: api_key missing or not valid").contains("ALL STEPS PASSED");
    }

    private static Optional<String> python() throws Exception {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import requests, simplejson, lxml").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (java.io.IOException absent) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(CLIENT).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", "three" + File.pathSeparator + "relaxml");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("client finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
