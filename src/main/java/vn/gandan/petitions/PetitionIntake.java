package vn.gandan.petitions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.Texts;

/**
 * Registers an item (xử lý đơn): checks the fields, the complaint's filing period (B1, B7), routes an anonymous
 * denunciation as feedback when it names a violator with evidence (C5), merges a duplicate of an open case, seals
 * the identity, sets the intake deadline (B2, C1, D5) and publishes {@link PetitionReceived}.
 */
@Service
@Transactional
class PetitionIntake {

    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CaseStore store;
    private final CaseAccess access;
    private final Deadlines deadlines;
    private final IdentityCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final vn.gandan.org.UnitService units;

    PetitionIntake(CaseStore store, CaseAccess access, Deadlines deadlines, IdentityCipher cipher, AuditLog audit,
                   ApplicationEventPublisher events, Clock clock, vn.gandan.org.UnitService units) {
        this.units = units;
        this.store = store;
        this.access = access;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the item in the caller's unit (the caller must be a leader or specialist there). */
    long receive(NewPetition in) {
        Valid v = validate(in);
        access.requireWriter(in.unitId());
        return register(v, in.unitId(), access.username());
    }

    /** Registers an item from the public portal or a partner app (no account; kind already checked). */
    long receivePublic(long unitId, PetitionKind kind, String content, Petitioner p, Channel channel) {
        CaseData d = base(unitId, kind, Set.of(kind), LocalDate.now(clock), channel, content, p);
        d.sourcePublic = true;
        d.intakeDue = deadlines.intake(kind, 1, false, d.receivedOn, unitId).due();
        return save(d, "RECEIVED_PUBLIC", null);
    }

    /** C2: the forwarded item, registered in the competent unit as received by forwarding on that day. */
    long receiveForwarded(CaseData from, long toUnitId, LocalDate on, Petitioner p) {
        if (units.find(toUnitId).isEmpty()) {
            throw vn.gandan.shared.ProblemException.invalid("petitions.error.invalid",
                    List.of(FieldProblem.of("toUnitId", "petitions.field.unit")));
        }
        CaseData d = base(toUnitId, from.kind, Set.of(from.kind), on, Channel.CHUYEN_DEN, from.content, p);
        d.knowledgeOn = from.knowledgeOn;
        d.kinds = from.kinds;
        d.intakeDue = deadlines.intake(d.kind, from.instance, false, on, toUnitId).due();
        return save(d, "RECEIVED", access.username());
    }

    private long register(Valid v, long unitId, String actor) {
        NewPetition in = v.in();
        CaseData d = base(unitId, v.kind(), v.kinds(), in.receivedOn(), v.channel(), in.content(), v.petitioner());
        d.knowledgeOn = in.knowledgeOn();
        d.instance = in.instance() != null && in.instance() == 2 ? 2 : 1;
        d.handler = actor;
        if (v.kind() == PetitionKind.TO_CAO && anonymous(v.petitioner())) {
            routeAnonymous(d, in);
        }
        d.intakeDue = deadlines.intake(d.kind, d.instance, Boolean.TRUE.equals(in.multiSite()), d.receivedOn, unitId).due();
        store.openDuplicate(unitId, d.petitionerTag, d.content).ifPresent(dup -> {
            d.duplicateOf = dup;
            d.status = PetitionStatus.MERGED;
        });
        return save(d, "RECEIVED", actor);
    }

    /** C5: no verifiable name and address — not a denunciation; feedback when it names a violator with evidence. */
    private static void routeAnonymous(CaseData d, NewPetition in) {
        d.anonymous = true;
        d.routedFrom = PetitionKind.TO_CAO.name();
        d.kind = PetitionKind.PHAN_ANH;
        d.kinds = PetitionKind.PHAN_ANH.name();
        if (!(Boolean.TRUE.equals(in.namesViolator()) && Boolean.TRUE.equals(in.hasEvidence()))) {
            d.status = PetitionStatus.REJECTED;
            d.reason = "C5";
        }
    }

    private static boolean anonymous(Petitioner p) {
        return p.name() == null || p.address() == null;
    }

    private CaseData base(long unitId, PetitionKind kind, Set<PetitionKind> kinds, LocalDate receivedOn, Channel channel,
                          String content, Petitioner p) {
        CaseData d = new CaseData();
        d.unitId = unitId;
        d.kind = kind;
        d.kinds = kinds.stream().map(Enum::name).collect(Collectors.joining(","));
        d.status = PetitionStatus.RECEIVED;
        d.channel = channel;
        d.receivedOn = receivedOn;
        d.content = Texts.nfc(content).strip();
        d.petitionerEnc = cipher.seal(p);
        d.petitionerTag = cipher.tag(p);
        d.code = trackingCode();
        d.registerNo = store.nextRegisterNo(unitId, receivedOn.getYear());
        return d;
    }

    private long save(CaseData d, String step, String actor) {
        long id = store.insert(d);
        store.step(id, d.receivedOn, step, d.duplicateOf == null ? null : "#" + d.duplicateOf, actor);
        if (d.status != PetitionStatus.RECEIVED) {
            store.update(d);
            store.step(id, d.receivedOn, d.status.name(), d.reason, actor);
        }
        audit.record("CREATE", "Petition", id, null, CaseAudit.of(d));
        events.publishEvent(new PetitionReceived(id, d.unitId, d.kind, d.receivedOn, d.sourcePublic));
        return id;
    }

    private String trackingCode() {
        StringBuilder sb = new StringBuilder("GD-");
        for (int i = 0; i < 8; i++) {
            sb.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return sb.toString();
    }

    private record Valid(NewPetition in, PetitionKind kind, Set<PetitionKind> kinds, Channel channel, Petitioner petitioner) {
    }

    private Valid validate(NewPetition in) {
        PetitionKind kind = IntakeCheck.parse(PetitionKind.class, in.kind());
        Channel channel = IntakeCheck.parse(Channel.class, in.channel());
        Petitioner p = IntakeCheck.clean(in.petitioner());
        IntakeCheck check = new IntakeCheck().required("unitId", in.unitId()).required("kind", in.kind())
                .oneOf("kind", in.kind(), kind).required("receivedOn", in.receivedOn())
                .notAfter("receivedOn", in.receivedOn(), LocalDate.now(clock)).required("channel", in.channel())
                .oneOf("channel", in.channel(), channel).required("content", Texts.clean(in.content()))
                .text("content", in.content(), IntakeCheck.MAX_CONTENT)
                .text("petitioner.name", p.name(), IntakeCheck.MAX_FIELD)
                .text("petitioner.address", p.address(), IntakeCheck.MAX_FIELD)
                .phone("petitioner.phone", p.phone()).idNumber("petitioner.idNumber", p.idNumber());
        Set<PetitionKind> kinds = kinds(kind, in.kinds(), check);
        if (kind == PetitionKind.KHIEU_NAI) {
            complaint(in, p, check);
        }
        check.throwIfAny();
        return new Valid(in, kind, kinds, channel, p);
    }

    private static Set<PetitionKind> kinds(PetitionKind kind, List<String> others, IntakeCheck check) {
        Set<PetitionKind> kinds = new LinkedHashSet<>();
        if (kind != null) {
            kinds.add(kind);
        }
        for (String k : others == null ? List.<String>of() : others) {
            PetitionKind parsed = IntakeCheck.parse(PetitionKind.class, k);
            check.oneOf("kinds", k == null ? "?" : k, parsed);
            if (parsed != null) {
                kinds.add(parsed);
            }
        }
        return kinds;
    }

    /** B1, B7: a complaint names its complainant and is filed within the period after learning of the decision. */
    private void complaint(NewPetition in, Petitioner p, IntakeCheck check) {
        check.required("petitioner.name", p.name()).required("knowledgeOn", in.knowledgeOn());
        int obstacle = in.obstacleDays() == null ? 0 : in.obstacleDays();
        if (obstacle < 0 || obstacle > 365) {
            check.add(FieldProblem.of("obstacleDays", "petitions.field.range", 0, 365));
            return;
        }
        if (in.knowledgeOn() == null || in.receivedOn() == null || in.unitId() == null) {
            return;
        }
        if (in.knowledgeOn().isAfter(in.receivedOn())) {
            check.add(FieldProblem.of("knowledgeOn", "petitions.field.afterReceived"));
            return;
        }
        Deadline limit = deadlines.filingLimit(in.knowledgeOn(), Boolean.TRUE.equals(in.disciplinary()), obstacle, in.unitId());
        if (in.receivedOn().isAfter(limit.due())) {
            check.add(FieldProblem.of("receivedOn", "petitions.complaint.late", limit.days(), limit.due(), limit.legalBasis()));
        }
    }
}
