package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** What an operator relies on: public health and info, Prometheus metrics, graceful shutdown, JSON logs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment env;

    @Test
    void healthProbesAndInfoArePublicAndInfoNamesTheAppWithItsDiacritics() {
        ApiClient anonymous = new ApiClient(port);
        assertThat(anonymous.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> info = anonymous.get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("Gần Dân");
    }

    @Test
    void prometheusServesTheTextFormatWithJvmAndHttpMetrics() {
        ApiClient local = new ApiClient(port);
        local.get("/actuator/health");
        HttpResponse<String> res = local.send(local.builder("/actuator/prometheus").header("Accept", "text/plain").GET());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("# TYPE jvm_memory_used_bytes gauge").contains("hikaricp_connections");
    }

    @Test
    void shutdownIsGracefulAndFileLogsAreStructured() throws Exception {
        assertThat(env.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(env.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("20s");
        java.util.Properties app = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                new org.springframework.core.io.ClassPathResource("application.properties"));
        assertThat(app.getProperty("logging.structured.format.file")).isEqualTo("ecs");
    }
}
