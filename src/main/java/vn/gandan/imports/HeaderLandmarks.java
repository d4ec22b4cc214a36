package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header whose cells a reader glued together, put back on lines of their own at the header's own landmarks. A Word file
 * read cell after cell gives the whole header table as one line, the cells touching ("LIÊN ĐOÀN LAO ĐỘNG THÁI BÌNHCÔNG ĐOÀN
 * NGÀNH GIÁO DỤCSố: 30 /CĐGDV/v triển khai …\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcThái Bình, ngày 27
 * tháng 4 năm 2018"); an OCR read breaks the motto's first word onto the issuer's line ("CÔNG ĐOÀN NGÀNH GIÁO DỤC CỘNG" /
 * "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). The landmarks, each with the text before it touching it:
 * <ul>
 * <li>the motto "CỘNG HÒA XÃ HỘI …" and its second line "Độc lập - Tự do - Hạnh phúc" start a line (after a tab only on a line
 * whose other cells were found glued: columns laid out by tabs stay as they are);</li>
 * <li>what follows "Hạnh phúc" (the place and date) starts a line;</li>
 * <li>"Số:" right after a capital, and "V/v" right after the symbol's last capital or digit, start a line;</li>
 * <li>two upper-case words glued where a syllable ends ({@link GluedSyllables}) get their space back.</li>
 * </ul>
 * Only the first {@value #TOP} lines are read, and only when they hold the motto; a text with none of these shapes is
 * returned as it is (the same object).
 */
final class HeaderLandmarks {

    static final int TOP = 12;

    private static final String MOTTO = "C[ỘO]NG\\s*H[OÒ][AÀ]\\s+X[ÃA]\\s+H[ỘO]I";
    private static final Pattern GLUED_MOTTO = Pattern.compile("(?<=[\\p{L}\\d.])(?=" + MOTTO + ")");
    /** The motto after a tab: a cell boundary only on a line whose other cells were found glued (columns laid out by tabs stay). */
    private static final Pattern TAB_MOTTO = Pattern.compile("(?<=\\S)[ \\t]*\\t[ \\t]*(?=" + MOTTO + ")");
    private static final Pattern GLUED_MOTTO_TWO = Pattern.compile("(?<=[\\p{L}\\d.])(?=Độc\\s+lập\\s*[-–—])");
    private static final Pattern AFTER_MOTTO_TWO = Pattern.compile("(?<=Hạnh\\s{0,2}phúc)(?=\\p{L})");
    /**
     * A line of cells glued by a reader keeps each cell's own wrapped lines as runs of padding ("khen thưởng               của
     * Hội …"); once its cells are apart, a run is one space.
     */
    private static final Pattern WRAP_PADDING = Pattern.compile("[ \\t\\u00a0]{2,}|\\t");
    /** A cell's own paragraph break inside a line, a lone carriage return, starts a line. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\r(?=[^\\n])");
    private static final Pattern AFTER_MOTTO_TWO_SPACED = Pattern.compile("(?<=Hạnh\\s{0,2}phúc)[ \\t]*(?=\\p{Lu}\\p{Ll})");
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<=\\p{Lu})(?=Số\\s*:)");
    private static final Pattern GLUED_SUBJECT = Pattern.compile("(?<=/[\\p{Lu}\\d&\\-]{0,20}[\\p{Lu}\\d])(?=V/v\\s)");
    /** The motto's first word left at the end of the line above its rest. */
    private static final Pattern MOTTO_HEAD_AT_END = Pattern.compile("(?m)^([^\\n]*\\p{Lu}{2,}[^\\n]*?)[ \\t]+(C[ỘO]NG)[ \\t\\r]*\\n[ \\t]*(?=H[OÒ][AÀ]\\s+X[ÃA]\\s+H[ỘO]I)");
    private static final Pattern MOTTO_FOUND = Pattern.compile(MOTTO);
    private static final Pattern MOTTO_REST = Pattern.compile("^\\s*H[OÒ][AÀ]\\s+X[ÃA]\\s+H[ỘO]I.*");
    private static final Pattern MOTTO_HEAD_LAST = Pattern.compile("\\s+C[ỘO]NG$");

    private HeaderLandmarks() {
    }

    /** The text with its glued header cells on lines of their own; the same object when none were glued. */
    static CharSequence split(CharSequence text) {
        return TopLines.mapped(mottoHeadMoved(text), TOP, head -> MOTTO_FOUND.matcher(head).find(), HeaderLandmarks::line);
    }

    /** The text with the motto's first word, left at the end of a header line above the motto's rest, moved down to it. */
    static CharSequence mottoHeadMoved(CharSequence text) {
        Matcher m = MOTTO_HEAD_AT_END.matcher(text);
        if (!m.find() || text.subSequence(0, m.start()).chars().filter(c -> c == '\n').count() >= TOP) {
            return text;
        }
        return new StringBuilder(text).replace(m.start(), m.end(), m.group(1) + "\n" + m.group(2) + " ").toString();
    }

    /** One header line with its glued cells split onto lines of their own (see the class comment). */
    static String line(String l) {
        String r = CELL_BREAK.matcher(GluedSyllables.spaced(l)).replaceAll("\n");
        String cut = GLUED_MOTTO.matcher(r).replaceAll("\n");
        cut = GLUED_MOTTO_TWO.matcher(cut).replaceAll("\n");
        cut = GLUED_NUMBER.matcher(cut).replaceAll("\n");
        cut = GLUED_SUBJECT.matcher(cut).replaceAll("\n");
        if (!cut.equals(r)) {
            cut = WRAP_PADDING.matcher(TAB_MOTTO.matcher(cut).replaceAll("\n")).replaceAll(" ").replaceAll(" ?\n ?", "\n").strip();
            cut = AFTER_MOTTO_TWO_SPACED.matcher(cut).replaceAll("\n");
        } else {
            cut = AFTER_MOTTO_TWO.matcher(cut).replaceAll("\n");
        }
        return cut.equals(l) ? l : cut;
    }

    /** A name read on into the motto's first word ("CÔNG ĐOÀN NGÀNH GIÁO DỤC HÀ GIANG CỘNG" before "HOÀ XÃ HỘI …"), without that word. */
    static String beforeMotto(String name, CharSequence text, int end) {
        Matcher head = MOTTO_HEAD_LAST.matcher(name);
        if (!head.find()) {
            return name;
        }
        return MOTTO_REST.matcher(text.subSequence(end, Math.min(text.length(), end + 30))).lookingAt() ? name.substring(0, head.start()) : name;
    }
}
