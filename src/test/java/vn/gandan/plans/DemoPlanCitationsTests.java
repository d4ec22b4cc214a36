package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo data loads the register of cited documents before the demo plans, so that the plans' citations of those
 * documents are linked to the register when the plans are stored — whatever order the classes are scanned in.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoPlanCitationsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPlansCitationsOfDocumentsInTheDemoRegisterAreLinkedToTheRegister() {
        // Chỉ thị 33/CT-TTg is in legal/demo-documents.tsv and cited by the seed plans the demo data stores
        List<Map<String, Object>> cited = jdbc.sql("""
                        select p.id, b ->> 'citation' as citation, b ->> 'legalDocumentId' as registered
                        from plan p cross join lateral jsonb_array_elements(p.content -> 'baseRefs') b
                        where b ->> 'citation' like '%33/CT-TTg%'""").query().listOfRows();
        assertThat(cited).as("the demo plans cite Chỉ thị 33/CT-TTg").isNotEmpty();
        assertThat(cited).allSatisfy(row -> assertThat(row.get("registered")).as(row.toString()).isNotNull());
    }
}
