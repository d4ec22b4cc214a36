package vn.gandan.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The public portal without an account: a kiến nghị or phản ánh filed to a unit by its code, a tracking code back,
 * and the status, expected date and published answer by that code (nothing personal). Abuse is held off without a
 * CAPTCHA service: a ⚙ limit per address per hour (429), size limits (422), and a honeypot field a person never fills.
 */
@Service
@Transactional
public class PublicPortal {

    static final int MAX_CONTENT = 5_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private final PetitionIntake intake;
    private final CaseStore store;
    private final UnitService units;
    private final LegalRules rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicPortal(PetitionIntake intake, CaseStore store, UnitService units, LegalRules rules, JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.store = store;
        this.units = units;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a citizen files; {@code website} is the honeypot (hidden on the page, filled only by robots). */
    public record Submission(String unitCode, String kind, String content, String name, String phone, String email,
                             String website) {
    }

    /** What anyone holding the code may read: no name, no content, only where the case stands. */
    public record PublicStatus(String code, String status, LocalDate expectedOn, String answer) {
    }

    /**
     * Files the item and returns its tracking code; a filled honeypot gets a code that tracks nothing. A null
     * address (a partner app with an API key) is not rate-limited.
     */
    public String submit(Submission s, String address, Channel channel) {
        String tag = address == null ? null : HexFormat.of().formatHex(digest("addr|" + address));
        if (tag != null) {
            limit(tag);
        }
        PetitionKind kind = IntakeCheck.parse(PetitionKind.class, s.kind());
        Optional<UnitView> unit = s.unitCode() == null ? Optional.empty() : units.findByCode(s.unitCode().strip());
        IntakeCheck check = new IntakeCheck().required("unitCode", Texts.clean(s.unitCode())).required("kind", s.kind())
                .required("content", Texts.clean(s.content())).text("content", s.content(), MAX_CONTENT)
                .text("name", s.name(), IntakeCheck.MAX_FIELD).phone("phone", s.phone())
                .text("email", s.email(), IntakeCheck.MAX_FIELD);
        if (s.kind() != null && kind != PetitionKind.KIEN_NGHI && kind != PetitionKind.PHAN_ANH) {
            check.add(FieldProblem.of("kind", "petitions.public.kindLawful"));
        }
        if (Texts.clean(s.unitCode()) != null && !Texts.clean(s.unitCode()).isEmpty() && unit.isEmpty()) {
            check.add(FieldProblem.of("unitCode", "petitions.field.unit"));
        }
        if (s.email() != null && !s.email().isBlank() && !EMAIL.matcher(s.email().strip()).matches()) {
            check.add(FieldProblem.of("email", "petitions.field.email"));
        }
        check.throwIfAny();
        if (s.website() != null && !s.website().isBlank()) {
            return "GD-" + HexFormat.of().formatHex(digest(address + clock.millis())).substring(0, 8).toUpperCase();
        }
        Petitioner p = new Petitioner(IntakeCheck.blankToNull(s.name()), IntakeCheck.blankToNull(s.email()),
                IntakeCheck.blankToNull(s.phone()), null);
        long id = intake.receivePublic(unit.get().id(), kind, s.content(), p, channel);
        if (tag != null) {
            jdbc.sql("insert into petition_public_hit(address_tag, at) values (:t, :a)").param("t", tag)
                    .param("a", OffsetDateTime.now(clock)).update();
        }
        return store.find(id).orElseThrow().d.code;
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatus> track(String code) {
        return store.findByCode(code == null ? "" : code.strip().toUpperCase()).map(c -> new PublicStatus(c.d.code,
                c.d.status.name(), c.d.resolutionDue != null ? c.d.resolutionDue : c.d.intakeDue, c.d.answer));
    }

    /** At most the ⚙ number of filings per address per hour (filings refused for bad input do not count). */
    private void limit(String tag) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int max = rules.on("PUBLIC_PER_ADDRESS_PER_HOUR", now.toLocalDate()).value();
        int recent = jdbc.sql("select count(*) from petition_public_hit where address_tag = :t and at > :since")
                .param("t", tag).param("since", now.minus(Duration.ofHours(1))).query(Integer.class).single();
        if (recent >= max) {
            throw new ProblemException(429, "petitions.error.rateLimited", List.of());
        }
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
