package vn.gandan.petitions;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * The document of a case's current step in the NĐ 30 layout (thông báo thụ lý / không thụ lý, thông báo chuyển đơn,
 * quyết định gia hạn, kết luận giải quyết), numbered with the register number. A notice about a denunciation never
 * names the denouncer (rules.md C6): it goes to the person denounced as well.
 */
@Component
class PetitionNotices {

    private final UnitService units;

    PetitionNotices(UnitService units) {
        this.units = units;
    }

    OfficialDocument notice(PetitionView p) {
        UnitView unit = units.get(p.unitId());
        String kind = switch (p.status()) {
            case ACCEPTED, VERIFYING, DIALOGUE, SUSPENDED -> p.extensions() > 0 ? "QUYẾT ĐỊNH" : "THÔNG BÁO";
            case RESOLVED, EFFECTIVE, CLOSED -> p.kind() == PetitionKind.TO_CAO ? "KẾT LUẬN" : "QUYẾT ĐỊNH";
            default -> "THÔNG BÁO";
        };
        String subject = switch (p.status()) {
            case ACCEPTED, VERIFYING, DIALOGUE, SUSPENDED -> p.extensions() > 0 ? "Về việc gia hạn giải quyết đơn số " + p.registerNo()
                    : "Về việc thụ lý giải quyết đơn số " + p.registerNo();
            case REJECTED -> "Về việc không thụ lý đơn số " + p.registerNo();
            case FORWARDED -> "Về việc chuyển đơn số " + p.registerNo();
            case RESOLVED, EFFECTIVE, CLOSED -> "Giải quyết đơn số " + p.registerNo();
            default -> "Về việc tiếp nhận đơn số " + p.registerNo();
        };
        String to = p.kind() == PetitionKind.TO_CAO ? "Người tố cáo (thông tin được giữ bí mật)" : p.petitioner().name();
        List<Block> blocks = List.of(
                Block.text("Ngày " + p.receivedOn() + ", " + unit.name() + " nhận được đơn (mã " + p.code() + ")."),
                Block.text("Nội dung: " + (p.kind() == PetitionKind.TO_CAO ? "theo đơn tố cáo đã thụ lý." : p.content())),
                Block.text(p.result() != null ? "Kết quả: " + p.result()
                        : p.resolutionDue() != null ? "Thời hạn giải quyết: đến ngày " + p.resolutionDue() + "." : ""));
        return new OfficialDocument(Layout.forIssuer(unit.kind()),
                List.of(new OfficialDocument.Issuer(unit.governingBody(), unit.name(), unit.shortName())),
                p.registerNo() + "/TB-" + unit.shortName(), unit.place(), null, kind, subject, blocks, List.of(),
                List.of(new OfficialDocument.Signature(null, null, "THỦ TRƯỞNG ĐƠN VỊ", "")),
                List.of(to == null ? "Người gửi đơn" : to, "Lưu: VT, hồ sơ"));
    }
}
