package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a title read from a scan, cut where the title has run on into what is no title:
 * <ul>
 * <li>the other header column read on the same lines (psm 6): the motto "Độc lập - Tự do - Hạnh phúc" and the organ's
 * name in capitals just before it: {@code "V/v tổ chức Ngày Sách lần thứ 3 SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do — Hạnh phúc"}
 * → {@code "V/v tổ chức Ngày Sách lần thứ 3"};</li>
 * <li>a stamp's or signature's debris after the title's last word: a table bar or a run of marks ({@code "_.__"}) and
 * what follows, or a tail of one- and two-letter scraps with a mark among them ({@code "… Covid-19 F CÔ \" Ỷ"});</li>
 * <li>a full stop followed by a lower-case scrap ({@code "… COVID-19. dục và Bảo to mail: | …"}): a sentence of a title
 * never goes on after its stop with a lower-case word.</li>
 * </ul>
 * A cut that would leave fewer than four words leaves the title as it was.
 */
final class TitleDebris {

    private static final Pattern MOTTO = Pattern.compile("\\s+(?:(?:\\p{Lu}[\\p{Lu}&]*\\s+){1,8})?Độc\\s+lập\\s*[-–—]+\\s*Tự\\s+do.*$");
    private static final Pattern BAR_OR_MARKS = Pattern.compile("\\s+(?:\\||[_.,:;'\"~^*]{3,}|[_~^*]+)(?:\\s.*)?$");
    private static final Pattern STOP_THEN_LOWER = Pattern.compile("(?<=\\S)\\.\\s+\\p{Ll}.*$");
    private static final Pattern SCRAPS = Pattern.compile("(?:\\s+(?:[\\p{L}\\d]{1,2}|[^\\p{L}\\d\\s]{1,2})){3,}$");
    private static final Pattern MARK = Pattern.compile("[^\\p{L}\\d\\s&]"); // "&" joins a name ("TM & MT")

    private TitleDebris() {
    }

    /** The title without a run-on tail of the shapes above; the title itself when none is there. */
    static String trimmed(String title) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = title;
        t = cut(t, MOTTO.matcher(t), false);
        t = cut(t, STOP_THEN_LOWER.matcher(t), true);
        t = cut(t, BAR_OR_MARKS.matcher(t), false);
        Matcher scraps = SCRAPS.matcher(t);
        if (scraps.find() && MARK.matcher(scraps.group()).find()) {
            t = kept(t, scraps.start());
        }
        return t;
    }

    private static String cut(String t, Matcher m, boolean keepStop) {
        return m.find() ? kept(t, m.start() + (keepStop ? 1 : 0)) : t;
    }

    private static String kept(String t, int end) {
        String kept = t.substring(0, end).strip();
        return kept.split("\\s+").length >= 4 ? kept : t;
    }
}
