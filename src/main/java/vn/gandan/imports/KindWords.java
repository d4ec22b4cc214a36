package vn.gandan.imports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words a Vietnamese official document's kind is named with in running text ("Kế hoạch số 12/KH-UBND", "ban hành Thông
 * tri số 05-TT/TU", "Chương trình hành động số 23-CTr/TU", "theo Thông tư liên tịch số …"): one vocabulary for every reader
 * that finds a document named in a sentence, a headline or a page's row, so that no reader is silent on a document only
 * because its own list lacks the word. The words are the state kinds of NĐ 30/2020 and the legal kinds offices cite, and the
 * Party's kinds (Thông tri, Kết luận, Quy chế, Quy định …); each is the base word, a qualifier after it ("hành động",
 * "liên tịch", "phối hợp" — {@link #QUALIFIER}) is the reader's slot, so a captured word is always one {@link DocKinds} knows
 * or a plan's default.
 * <p>
 * A reader takes {@link #ANY}, or a named narrower role when it deliberately reads fewer kinds; each role says why. The
 * strings are alternations without a group, to be wrapped by the reader ("(" + ANY + ")"), written in their usual case
 * (readers compile them case-insensitively where the text may be upper case).
 * <p>
 * {@link MetadataKeys#kindWords()} is another vocabulary: the values a page's metadata row ("Loại văn bản | …") takes, read as
 * whole cells; this one is for documents named inside text.
 */
final class KindWords {

    /** Every kind word, each a base word (qualifiers are {@link #QUALIFIER}); no word is a prefix of a later one. */
    static final List<String> WORDS = List.of("Kế hoạch", "Chương trình", "Đề án", "Phương án", "Hướng dẫn", "Công văn", "Công điện",
            "Thông báo", "Thông tri", "Chỉ thị", "Nghị quyết", "Quyết định", "Kết luận", "Quy chế", "Quy định", "Báo cáo", "Tờ trình",
            "Thông tư", "Nghị định", "Pháp lệnh", "Luật");

    /** Every kind word. */
    static final String ANY = alternation(WORDS);

    /** Every kind word or the generic "văn bản" (a document named without its kind: "ban hành văn bản số 12/UBND-VP"). */
    static final String ANY_OR_TEXT = ANY + "|[Vv]ăn bản";

    /** The words a kind word may take before "số" ("Chương trình hành động", "Kế hoạch liên tịch", "Quy chế phối hợp"). */
    static final String QUALIFIER = "hành động|công tác|liên tịch|phối hợp|liên ngành";

    /**
     * The kinds a body carries out or puts to work ("Thực hiện Kế hoạch số …", "triển khai Chỉ thị …; Quy chế …"): every kind
     * but a report and a submission, which tell or propose and which nobody carries out ("Thực hiện Báo cáo số …" is no shape).
     */
    static final String CARRIED_OUT = alternation(WORDS.stream().filter(w -> !w.equals("Báo cáo") && !w.equals("Tờ trình")).toList());

    /**
     * The kinds whose word heads a page with the document's own subject after it ("Thông báo lịch tiếp công dân …",
     * "Chương trình hành động thực hiện Nghị quyết …"): every kind but a scheme ("Đề án", "Phương án"), a word news and blogs
     * head a story with on a scheme being drafted or debated ("Đề án xây dựng thành phố …" above a notice of the meeting
     * that agreed to draft it), so that its headline is the story's, not a document's subject.
     */
    static final String HEADS_OWN_SUBJECT = alternation(WORDS.stream().filter(w -> !w.equals("Đề án") && !w.equals("Phương án")).toList());

    private KindWords() {
    }

    /** The words as one alternation, longest first, so that a longer word is tried before a shorter one it begins with. */
    static String alternation(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));
    }
}
