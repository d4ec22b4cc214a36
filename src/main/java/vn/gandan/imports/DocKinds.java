package vn.gandan.imports;

import java.util.List;
import java.util.Map;

/**
 * The kinds of document the importer recognises (the seeds schema's {@code doc_kind}: KE_HOACH, KE_HOACH_PHOI_HOP,
 * CONG_VAN, BAO_CAO, and the kinds of the decisions, resolutions and other documents offices receive), from the kind
 * word of the header, and what a draft made from each is: the office's own plan, a letter, a report attached to a
 * plan, or — for a document a superior body issued for the office to carry out — a plan implementing it.
 */
final class DocKinds {

    /** What the draft made from a document of a kind is. */
    enum Draft { PLAN, LETTER, REPORT, IMPLEMENTING_PLAN }

    private static final Map<String, String> BY_WORD = Map.ofEntries(Map.entry("ke hoach", "KE_HOACH"),
            Map.entry("kehoach", "KE_HOACH"), Map.entry("bao cao", "BAO_CAO"), Map.entry("cong van", "CONG_VAN"),
            Map.entry("quyet dinh", "QUYET_DINH"), Map.entry("nghi quyet", "NGHI_QUYET"), Map.entry("chi thi", "CHI_THI"),
            Map.entry("thong tu", "THONG_TU"), Map.entry("ket luan", "KET_LUAN"), Map.entry("phap lenh", "PHAP_LENH"),
            Map.entry("quy dinh", "QUY_DINH"), Map.entry("quy che", "QUY_CHE"), Map.entry("huong dan", "HUONG_DAN"),
            Map.entry("thong bao", "THONG_BAO"), Map.entry("chuong trinh", "CHUONG_TRINH"), Map.entry("de an", "DE_AN"),
            Map.entry("to trinh", "TO_TRINH"));

    private static final Map<String, String> BY_LETTERS = Map.of("qd", "QUYET_DINH", "nq", "NGHI_QUYET", "ct", "CHI_THI",
            "tt", "THONG_TU", "kl", "KET_LUAN", "pl", "PHAP_LENH", "qc", "QUY_CHE", "tb", "THONG_BAO", "ttr", "TO_TRINH",
            "ctr", "CHUONG_TRINH");

    /** Every kind, in the order the review page offers them. */
    static final List<String> ALL = List.of("KE_HOACH", "KE_HOACH_PHOI_HOP", "CONG_VAN", "BAO_CAO", "CHUONG_TRINH", "DE_AN",
            "QUYET_DINH", "NGHI_QUYET", "CHI_THI", "THONG_TU", "KET_LUAN", "PHAP_LENH", "QUY_DINH", "QUY_CHE", "HUONG_DAN",
            "THONG_BAO", "TO_TRINH");

    private DocKinds() {
    }

    /** The kind a folded kind word names ("quyet dinh" → QUYET_DINH); a word the list lacks is a plan's. */
    static String ofWord(String folded) {
        return BY_WORD.getOrDefault(folded, "KE_HOACH");
    }

    /** Whether a folded word pair is a kind word the list knows ("ke hoach", "bao cao"); unlike {@link #ofWord}, no default. */
    static boolean known(String folded) {
        return BY_WORD.containsKey(folded);
    }

    /** A symbol that names no kind, only the issuer and its department ("PGD&ĐT-GDMN", "SGDĐT-TCCB", "UBND-KGVX"): NĐ 30/2020
     *  gives official letters (công văn) this form, every other kind its abbreviation first. */
    static boolean letterSymbol(String symbol) {
        String letters = vn.gandan.shared.Texts.fold(symbol.replaceFirst("^\\d{4}/", "").split("[-/–]", 2)[0]);
        return letters.matches("\\p{L}[\\p{L}&]+") && !letters.startsWith("kh") && !BY_LETTERS.containsKey(letters)
                && !letters.matches("bc|cv|hd|da|ch|tr");
    }

    /** The kind a symbol's kind letters name ("2019/QĐ-UBND", "367-QĐ/TW" → QUYET_DINH), for a header without a kind line. */
    static String ofSymbol(String symbol) {
        String letters = symbol.replaceFirst("^\\d{4}/", "").split("[-/–]", 2)[0];
        return BY_LETTERS.getOrDefault(vn.gandan.shared.Texts.fold(letters), "KE_HOACH");
    }

    static Draft draft(String kind) {
        if (kind == null) {
            return Draft.PLAN;
        }
        return switch (kind) {
            case "KE_HOACH", "KE_HOACH_PHOI_HOP", "CHUONG_TRINH", "DE_AN" -> Draft.PLAN;
            case "CONG_VAN" -> Draft.LETTER;
            case "BAO_CAO" -> Draft.REPORT;
            default -> ALL.contains(kind) ? Draft.IMPLEMENTING_PLAN : Draft.PLAN;
        };
    }
}
