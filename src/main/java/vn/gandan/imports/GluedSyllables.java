package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two upper-case header words a copy glued together, the space between them lost ("LIÊN ĐOÀN LAO ĐỘNGTỈNH HÀ GIANG",
 * "THÁI BÌNHCÔNG ĐOÀN"): Vietnamese writes every syllable apart, so a run of capitals that reads as two or more whole
 * syllables is two or more words. The run is cut where each piece is one syllable (onset, vowels, coda), the fewest pieces
 * first. Only runs with a Vietnamese letter outside ASCII are cut, so an acronym ("UBND", "THCS") or a foreign word
 * ("COVID") is left whole; a run that does not read as syllables is left whole too.
 */
final class GluedSyllables {

    private static final Pattern SYLLABLE = Pattern.compile("(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?");
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{5,}(?![\\p{L}\\d])");
    /** A unit glued under the one above it ("THÁI BÌNHCÔNG ĐOÀN …") is a cell boundary: {@link GluedCells} cuts it there. */
    private static final Pattern UNIT_HEAD = Pattern.compile("(?:" + UnitNames.LOWER_UNIT_HEADS + "|" + UnitNames.ORGAN_HEADS + ")\\s");
    /** A header's level words, which open a locality after an organ's name ("… LAO ĐỘNG|TỈNH …"). */
    private static final Pattern LEVEL = Pattern.compile("TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG|THÀNH|THỊ");
    /** The last words of the header's organ names ("… LAO ĐỘNG", "… GIÁO DỤC", "… ĐÀO TẠO", "… NHÂN DÂN", "CÔNG ĐOÀN"). */
    private static final Pattern ORGAN_END = Pattern.compile("ĐỘNG|DỤC|TẠO|DÂN|ĐOÀN|HỘI|BỘ|ĐẢNG|NIÊN|TRƯỜNG|PHÒNG|SỞ|BAN");
    private static final int MAX_PIECES = 3;

    private GluedSyllables() {
    }

    /** The line with each glued run of upper-case syllables spaced; the same object when it has none. */
    static String spaced(String line) {
        Matcher m = RUN.matcher(line);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String run = m.group();
            List<Integer> cuts = cuts(run).stream().filter(c -> !UNIT_HEAD.matcher(line).region(m.start() + c, line.length()).lookingAt()).toList();
            if (cuts.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length() + 4);
            }
            out.append(line, last, m.start());
            int from = 0;
            for (int cut : cuts) {
                out.append(run, from, cut).append(' ');
                from = cut;
            }
            out.append(run, from, run.length());
            last = m.end();
        }
        return out == null ? line : out.append(line, last, line.length()).toString();
    }

    /**
     * Where a run of capitals splits into whole syllables at the header's known words (two pieces or more, the fewest first);
     * empty when it is one syllable, or reads as syllables only with a cut no known word explains ("BÀTRƯNG").
     */
    static List<Integer> cuts(String run) {
        if (run.chars().allMatch(c -> c < 128)) {
            return List.of();
        }
        String base = base(run);
        if (base.length() != run.length() || SYLLABLE.matcher(base).matches()) {
            return List.of();
        }
        for (int pieces = 2; pieces <= MAX_PIECES; pieces++) {
            List<Integer> found = new ArrayList<>();
            if (split(run, base, 0, pieces, found)) {
                return found;
            }
        }
        return List.of();
    }

    private static boolean split(String run, String base, int from, int pieces, List<Integer> cuts) {
        if (pieces == 1) {
            return SYLLABLE.matcher(base.substring(from)).matches() && cuts.stream().allMatch(c -> known(run, cuts, c));
        }
        for (int end = from + 1; end < base.length(); end++) {
            if (SYLLABLE.matcher(base.substring(from, end)).matches()) {
                cuts.add(end);
                if (split(run, base, end, pieces - 1, cuts)) {
                    return true;
                }
                cuts.remove(cuts.size() - 1);
            }
        }
        return false;
    }

    /** Whether the syllable before the cut ends a header's organ name or the one after it is a level word ("BÀTRƯNG" stays). */
    private static boolean known(String run, List<Integer> cuts, int cut) {
        int k = cuts.indexOf(cut);
        String before = run.substring(k == 0 ? 0 : cuts.get(k - 1), cut);
        String after = run.substring(cut, k + 1 < cuts.size() ? cuts.get(k + 1) : run.length());
        return ORGAN_END.matcher(before).matches() || LEVEL.matcher(after).matches();
    }

    /** The run's letters without their marks, one letter for one ("ĐỘNG" → "ĐONG"). */
    private static String base(String run) {
        StringBuilder b = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            b.append(d.charAt(0));
        }
        return b.toString();
    }
}
