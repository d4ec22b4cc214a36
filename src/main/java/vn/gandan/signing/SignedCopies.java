package vn.gandan.signing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The signed PDFs of issued documents ({@code signing_signed_document}), one per document. */
@Component
class SignedCopies {

    private final JdbcClient jdbc;

    SignedCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Copy(byte[] pdf, String signerName, String certificateSubject, OffsetDateTime signedAt) {
    }

    Optional<Copy> find(String subject, long subjectId) {
        return jdbc.sql("""
                        select pdf, signer_name, certificate_subject, signed_at from signing_signed_document
                        where subject = :s and subject_id = :id""").param("s", subject).param("id", subjectId)
                .query((rs, i) -> new Copy(rs.getBytes(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).optional();
    }

    void keep(String subject, long subjectId, long unitId, byte[] pdf, String signer, String certSubject, Instant at) {
        jdbc.sql("""
                        insert into signing_signed_document (subject, subject_id, unit_id, pdf, signer_name,
                          certificate_subject, signed_at) values (:s, :id, :u, :pdf, :n, :c, :at)
                        on conflict (subject, subject_id) do nothing""")
                .param("s", subject).param("id", subjectId).param("u", unitId).param("pdf", pdf).param("n", signer)
                .param("c", certSubject).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }
}
