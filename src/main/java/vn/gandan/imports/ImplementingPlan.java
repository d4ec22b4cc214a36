package vn.gandan.imports;

import java.util.List;
import java.util.Map;

/**
 * A draft made from a document a superior body issued for the office to carry out (a decision, resolution,
 * directive, circular, conclusion …): not that document passed off as the office's plan, but the office's plan
 * implementing it — "Kế hoạch thực hiện Quyết định số 36/2019/QĐ-UBND ngày 12/08/2019 của Ủy ban nhân dân tỉnh Ninh
 * Bình về …" — with the document as its basis ("Thực hiện …", first) and the document's text kept under its headings
 * as the material the plan's tasks are written from.
 */
final class ImplementingPlan {

    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("QUYET_DINH", "Quyết định"),
            Map.entry("NGHI_QUYET", "Nghị quyết"), Map.entry("CHI_THI", "Chỉ thị"), Map.entry("THONG_TU", "Thông tư"),
            Map.entry("KET_LUAN", "Kết luận"), Map.entry("PHAP_LENH", "Pháp lệnh"), Map.entry("QUY_DINH", "Quy định"),
            Map.entry("QUY_CHE", "Quy chế"), Map.entry("HUONG_DAN", "Hướng dẫn"), Map.entry("THONG_BAO", "Thông báo"),
            Map.entry("TO_TRINH", "Tờ trình"));

    private ImplementingPlan() {
    }

    /** The document as a basis names it: kind, number and symbol, date, issuer and subject. */
    static String source(ReviewForm f) {
        StringBuilder sb = new StringBuilder(NAMES.getOrDefault(f.getKind(), "Văn bản"));
        String number = blank(f.getNumber()) ? "" : f.getNumber().strip();
        String symbol = blank(f.getSymbol()) ? "" : f.getSymbol().strip();
        if (!number.isEmpty() || !symbol.isEmpty()) {
            boolean party = symbol.matches("[^\\d/-][^-]*/[^-]+");
            sb.append(" số ").append(number).append(number.isEmpty() || symbol.isEmpty() ? "" : party ? "-" : "/").append(symbol);
        }
        if (!blank(f.getIssueDate()) && !f.getIssueDate().contains("…")) {
            sb.append(" ngày ").append(f.getIssueDate().strip());
        }
        List<String> issuers = ReviewForm.lines(f.getIssuers());
        if (!issuers.isEmpty()) {
            sb.append(" của ").append(String.join(" và ", issuers.stream().map(RunningCase::of).toList()));
        }
        if (!blank(f.getTitle())) {
            String t = f.getTitle().strip();
            t = t.length() > 1 && Character.isLowerCase(t.charAt(1)) ? Character.toLowerCase(t.charAt(0)) + t.substring(1) : t;
            sb.append(t.toLowerCase(java.util.Locale.ROOT).startsWith("về") ? " " : " về ").append(t);
        }
        return sb.toString();
    }

    static String title(ReviewForm f) {
        return "Kế hoạch thực hiện " + source(f);
    }

    static List<String> bases(ReviewForm f) {
        return List.of("Thực hiện " + source(f));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
