package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.shared.ProblemException;
import vn.gandan.signing.SigningService;

/** Issue 12: a plan's PDF is signed inside the issue step and kept; an issue whose signing fails leaves nothing issued. */
@SpringBootTest
@ActiveProfiles("test")
class PlanIssueSigningTests {

    @Autowired
    PlanService plans;
    @Autowired
    PlanQueries queries;
    @Autowired
    UnitAdmin units;
    @Autowired
    SigningService signing;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedPdfIsKeptAtTheMomentOfIssueBeforeAnyoneDownloadsIt() {
        long phong = phong();
        signing.generate(phong);
        long id = draft(phong);
        assertThat(signing.signedCopy("PLAN", id)).isEmpty();
        plans.issue(id);
        byte[] kept = signing.signedCopy("PLAN", id).orElseThrow();
        assertThat(signing.signatureOf("PLAN", id)).hasValueSatisfying(s -> assertThat(s.signerName()).startsWith("Người ký"));
        assertThat(signing.verify(kept).valid()).isTrue();
        var doc = queries.document(id);
        assertThat(new PlanSigning(queries, null, signing).issuedPdf(id, doc)).as("the first reader's file").isEqualTo(kept);
    }

    @Test
    void whenTheKeyCannotSignNothingIsIssuedAndNoNumberIsTaken() {
        long phong = phong();
        signing.generate(phong);
        jdbc.sql("update signing_unit_key set sealed_key = decode('00ff', 'hex') where unit_id = :u").param("u", phong).update();
        long id = draft(phong);
        assertThatThrownBy(() -> plans.issue(id)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("plans.issue.signingFailed");
        });
        PlanView still = queries.get(id);
        assertThat(still.status()).isEqualTo(Plan.Status.DRAFT);
        assertThat(still.numberSymbol()).isNull();
        assertThat(signing.signedCopy("PLAN", id)).isEmpty();
        assertThat(queries.get(id).tasks()).allSatisfy(t -> assertThat(t.status()).isNotEqualTo("OPEN"));

        signing.generate(phong);
        PlanView issued = plans.issue(id);
        assertThat(issued.status()).isEqualTo(Plan.Status.ISSUED);
        assertThat(issued.numberSymbol()).as("the register's first number was not used by the failed issue").matches("0?1/KH-.*");
        assertThat(signing.signedCopy("PLAN", id)).isPresent();
    }

    private long phong() {
        int n = PlanRulesTests.SEQ.incrementAndGet();
        return units.create(new UnitAdmin.NewUnit("PLANSIGN-" + n, "Phòng GDĐT ký " + n, "PGDK" + n, UnitKind.PHONG_GDDT,
                null, "Phú Giáo", null, PlanRulesTests.FROM)).id();
    }

    private long draft(long phong) {
        return plans.create(PlanRulesTests.command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch ký khi ban hành",
                List.of(), List.of(), List.of())).id();
    }
}
