package vn.gandan.imports;

import java.util.List;
import vn.gandan.shared.Texts;

/**
 * Session 25: a news item's headline read as the kind line and title ("Kế hoạch tổ chức chiến dịch Thanh niên tình nguyện
 * hè") over a lead that tells of the same document and names its subject in full ("(QNO) - Trung ương Đoàn vừa ban hành kế
 * hoạch tổ chức chiến dịch Thanh niên tình nguyện hè 2020 với chủ đề “…”."). The headline is the lead's subject shortened for
 * the page; the lead's subject is the title (gold convention 6). Only where the lead's subject starts with every word of the
 * headline's and goes on: a lead telling of something else, or a shorter one, leaves the headline's title as it is.
 */
final class HeadlineLead {

    private HeadlineLead() {
    }

    /** The lead's fuller subject where the header is only the page's headline and the lead completes it, else {@code title}. */
    static String completed(String title, HeaderBlock.Header h, List<String> paras) {
        if (title == null || h.numbered() || h.dated() || h.titleLine() != 0 || !h.units().isEmpty()) {
            return title;
        }
        String lead = NewsLead.title(paras.subList(Math.min(1, paras.size()), paras.size()));
        if (lead == null) {
            return title;
        }
        String head = Texts.fold(title).strip();
        String told = Texts.fold(lead).strip();
        return told.length() > head.length() + 3 && told.startsWith(head + " ") && lead.length() <= 300 ? lead.strip() : title;
    }
}
