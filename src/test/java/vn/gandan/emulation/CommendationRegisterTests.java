package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.gandan.ApiClient;

/**
 * Item 2, the register of commendations per unit and per person: besides the movements' decided proposals it lists
 * every recognised "Dân vận khéo" model or exemplar commended with a Giấy khen / Bằng khen (H2, the demo's models),
 * with the model's decision; a unit outside the caller's scope answers 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommendationRegisterTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Test
    void aRecognisedAndCommendedModelIsInTheRegisterOfItsUnitAndOfItsHolder_H2() throws Exception {
        Map<String, Object> model = jdbc.sql("""
                        select e.id, e.unit_id, e.holder_name, e.award from emu_model e join org_unit u on u.id = e.unit_id
                        where e.award is not null and e.recognised_on is not null and u.code in ('TH-PS', 'TH-AL')
                        order by e.id limit 1""").query().singleRow();
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        ApiClient client = new ApiClient(port).as("phong.phugiao");
        String body = client.get("/api/v1/commendations?unitId=" + phong).body();
        assertThat(body).contains("\"source\":\"MODEL\"").contains("\"modelId\":" + model.get("id"))
                .contains((String) model.get("holder_name"));
        String holder = ((String) model.get("holder_name")).split(" ")[0];
        assertThat(client.get("/api/v1/commendations?unitId=" + model.get("unit_id") + "&person="
                + java.net.URLEncoder.encode(vn.gandan.shared.Texts.fold(holder), java.nio.charset.StandardCharsets.UTF_8))
                .body()).as("found by the holder's name without diacritics").contains("\"modelId\":" + model.get("id"));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        mvc.perform(get("/emulation/commendations").param("unitId", String.valueOf(phong)).with(user("phong.phugiao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/emulation/models/" + model.get("id"))));
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/commendations?unitId="
                + jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single()).statusCode()).isEqualTo(404);
    }
}
