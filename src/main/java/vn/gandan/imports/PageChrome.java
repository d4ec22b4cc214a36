package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * Session 21: the words a page puts around a document that are never one of its fields. A link's call to action ("Bấm vào đây
 * để xem chi tiết!", "Xem chi tiết tại file đính kèm", "Tải về tại đây", "Click here to download") read where a title was
 * looked for is no title: the page says where the document is, not what it is about.
 */
final class PageChrome {

    /** The words of a link's call to action; a title made of them alone, with one verb of acting on a link, is chrome. */
    private static final java.util.Set<String> LINK_WORDS = java.util.Set.of("bam", "nhan", "nhap", "kich", "click", "vao", "day", "tai",
            "o", "de", "xem", "ve", "xuong", "chi", "tiet", "file", "tep", "dinh", "kem", "noi", "dung", "van", "ban", "toan", "them",
            "doc", "tiep", "here", "to", "download", "du", "link", "lien", "ket", "duoi", "sau");
    private static final Pattern ACTION = Pattern.compile("^(?:bam|nhan|nhap|kich|click|xem|tai|download|doc)$");

    private PageChrome() {
    }

    /** Whether a candidate title is only a link's call to action (at most sixty characters). */
    static boolean callToAction(String title) {
        if (title == null || title.strip().length() > 60) {
            return false;
        }
        String[] words = vn.gandan.shared.Texts.fold(title).replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(LINK_WORDS::contains)
                && java.util.Arrays.stream(words).anyMatch(w -> ACTION.matcher(w).matches());
    }
}
