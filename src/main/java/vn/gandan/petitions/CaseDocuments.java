package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Every step's document of a case in the NĐ 30 layout (Thông tư 05/2021/TT-TTCP wording), numbered with the case's
 * register number: thông báo thụ lý, thông báo không thụ lý (with the reasons), thông báo chuyển đơn (C2), quyết
 * định gia hạn (C4), quyết định giải quyết khiếu nại, kết luận nội dung tố cáo, phiếu hướng dẫn. The copy for the
 * person denounced never names the denouncer (C6); nor does any copy read by someone who may not see the identity.
 */
@Component
class CaseDocuments {

    /** The documents, by the name used in the download path. */
    enum Doc { acceptance, rejection, forward, extension, decision, conclusion, guidance }

    private final UnitService units;

    CaseDocuments(UnitService units) {
        this.units = units;
    }

    /** The documents the case has reached, in the order of its steps. */
    List<Doc> available(PetitionView p) {
        return java.util.Arrays.stream(Doc.values()).filter(d -> applies(d, p)).toList();
    }

    OfficialDocument build(PetitionView p, String name, boolean forDenounced) {
        Doc doc = java.util.Arrays.stream(Doc.values()).filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("document", name));
        if (!applies(doc, p)) {
            throw ProblemException.conflict("petitions.document.notReached");
        }
        UnitView unit = units.get(p.unitId());
        boolean masked = p.kind() == PetitionKind.TO_CAO && (forDenounced || !p.identityVisible());
        String who = masked || p.petitioner().name() == null ? CaseDocumentTexts.MASKED_PERSON : p.petitioner().name();
        CaseDocumentTexts t = new CaseDocumentTexts(p, unit, who, masked, units);
        CaseDocumentTexts.Text text = switch (doc) {
            case acceptance -> t.acceptance();
            case rejection -> t.rejection(note(p, "REJECTED"));
            case forward -> t.forward(note(p, "FORWARDED"));
            case extension -> t.extension(note(p, "EXTENDED"));
            case decision -> t.decision();
            case conclusion -> t.conclusion();
            case guidance -> t.guidance(note(p, "GUIDED"));
        };
        return new OfficialDocument(Layout.forIssuer(unit.kind()),
                List.of(new OfficialDocument.Issuer(unit.governingBody(), unit.name(), unit.shortName())),
                p.registerNo() + "/" + text.typeCode() + unit.shortName(), unit.place(), date(doc, p), text.kindName(),
                text.subject(), text.blocks(), List.of(), List.of(new OfficialDocument.Signature(null, null,
                        "THỦ TRƯỞNG ĐƠN VỊ", "")), text.recipients());
    }

    private static boolean applies(Doc d, PetitionView p) {
        boolean complaint = p.kind() == PetitionKind.KHIEU_NAI;
        boolean denunciation = p.kind() == PetitionKind.TO_CAO;
        boolean resolved = p.resolvedOn() != null;
        return switch (d) {
            case acceptance -> p.acceptedOn() != null;
            case rejection -> step(p, "REJECTED").isPresent();
            case forward -> step(p, "FORWARDED").isPresent();
            case extension -> p.extensions() > 0;
            case decision -> resolved && !denunciation;
            case conclusion -> resolved && denunciation;
            case guidance -> step(p, "GUIDED").isPresent() || complaint && step(p, "REJECTED").isPresent();
        };
    }

    private static LocalDate date(Doc d, PetitionView p) {
        return switch (d) {
            case acceptance -> p.acceptedOn();
            case rejection -> step(p, "REJECTED").map(PetitionView.Step::on).orElse(null);
            case forward -> step(p, "FORWARDED").map(PetitionView.Step::on).orElse(null);
            case extension -> step(p, "EXTENDED").map(PetitionView.Step::on).orElse(null);
            case decision, conclusion -> p.resolvedOn();
            case guidance -> step(p, "GUIDED").or(() -> step(p, "REJECTED")).map(PetitionView.Step::on).orElse(null);
        };
    }

    private static Optional<PetitionView.Step> step(PetitionView p, String name) {
        return p.timeline() == null ? Optional.empty()
                : p.timeline().stream().filter(s -> name.equals(s.step())).reduce((a, b) -> b);
    }

    private static String note(PetitionView p, String name) {
        return step(p, name).map(PetitionView.Step::note).filter(n -> n != null && !n.isBlank()).orElse(p.reason());
    }
}
