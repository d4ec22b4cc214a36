package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import vn.gandan.shared.ProblemException;

/** Evidence files: type from the content, size limit, safe names, only on an editable report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AttachmentsTests {

    @Autowired
    Attachments attachments;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void asSchoolLeader() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("th.phuocsang",
                null, AuthorityUtils.createAuthorityList("ROLE_LEADER")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void typeComesFromTheContentNotTheName() {
        assertThat(vn.gandan.shared.Uploads.sniff("%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1))).contains("application/pdf");
        assertThat(vn.gandan.shared.Uploads.sniff(new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(vn.gandan.shared.Uploads.sniff("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void namesAreStrippedOfPathsAndControlCharacters() {
        assertThat(vn.gandan.shared.Uploads.safeName("../../etc/passwd", "tep-dinh-kem")).isEqualTo("passwd");
        assertThat(vn.gandan.shared.Uploads.safeName("C:\\Users\\a\\Biên bản đối thoại.pdf", "tep-dinh-kem")).isEqualTo("Biên bản đối thoại.pdf");
        assertThat(vn.gandan.shared.Uploads.safeName("a<b>\u0000.pdf", "tep-dinh-kem")).isEqualTo("a_b__.pdf");
        assertThat(vn.gandan.shared.Uploads.safeName("..", "tep-dinh-kem")).isEqualTo("tep-dinh-kem");
    }

    @Test
    void aPdfIsKeptAndAnExecutableNamedPdfIsRefusedUntilTheReportIsSubmitted() {
        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        SubmissionView draft = reports.createDraft(school, "DVCQ", "2032", Map.of(), Map.of());
        attachments.add(draft.id(), "bien-ban.pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> attachments.add(draft.id(), "bien-ban.pdf", new byte[] {'M', 'Z', 1, 2, 3}));
        assertThat(refused.status()).isEqualTo(415);
        ProblemException empty = catchThrowableOfType(ProblemException.class,
                () -> attachments.add(draft.id(), "rong.pdf", new byte[0]));
        assertThat(empty.status()).isEqualTo(413);
        assertThat(attachments.list(draft.id())).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("bien-ban.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        reports.submit(draft.id());
        ProblemException locked = catchThrowableOfType(ProblemException.class,
                () -> attachments.add(draft.id(), "them.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        assertThat(locked.status()).isEqualTo(409);
    }
}
