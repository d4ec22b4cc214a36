package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 28: the place-date cell of a header whose text layer is not the printed text, read by the cell's own grammar and
 * written back as a clean copy gives it. Two real shapes: an old scanner's OCR layer without Vietnamese marks, its words
 * letter-swapped ({@code "Ha Noi, ngay thong 10 nom 2021"}, {@code "Bình Phước, negàv#® tháng 6 năm 2017"}), and a month read
 * as letters shaped like digits ({@code "Hà Nội, ngày 24 tháng TÌ năm 2020"}, the cell set mid-way into a title's lines).
 * The grammar: a place of one to four capitalised words after a blank or the line's start; a comma; a word of the shape of
 * "ngày" (n, g and y or v with at most two letters between); at most six characters of debris for the day; a word of the
 * shape of "tháng"; the month; a word of the shape of "năm"; a year in digits ending the line. Only a cell that a clean
 * reading misses is touched, and only where a date word or the month is misread. The day is kept only as bare digits and the month only as bare digits or one or two letters
 * that all read as digits (O for 0; I, l, Ì, Í, T, ! for 1) making a month; else blank. A place written without any mark is
 * given its marks only when the {@link SyllableInventory}'s word pairs name one spelling beyond doubt ("Ha Noi" →
 * "Hà Nội"); a place it cannot spell leaves the line as it was (empty beats wrong).
 */
final class LayerDateCell {

    static final int TOP = 14;
    private static final Pattern CELL = Pattern.compile("(?<=^|\\s)((?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3}),\\s*"
            + "(n\\p{L}{0,2}g\\p{L}{0,2}[yv])\\s*(\\S{0,6}?)\\s*(th\\p{L}{1,2}ng)\\s*(\\S{1,2})\\s*(n\\p{L}{1,2}(?:m|rn))\\s*((?:19|20)\\d{2})\\s*$");
    private static final Pattern CLEAN = Pattern.compile("ngày\\s*(?:\\d{1,2}\\s*)?tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4}");
    private static final Pattern LEVEL = Pattern.compile("(?:TP|Tp|TX|TT)\\.\\s?");
    private static final String ONE = "IlÌÍT!|";
    private static final int SURE = 5;
    private static final int BEYOND = 10;

    private LayerDateCell() {
    }

    /** The text with its header's broken place-date cell mended; the same object when it has none. */
    static CharSequence mended(CharSequence text) {
        return TopLines.mapped(text, TOP, head -> true, LayerDateCell::line);
    }

    /** One line with its broken place-date cell written as a clean copy gives it, or the line as it was. */
    static String line(String l) {
        if (CLEAN.matcher(l).find()) {
            return l;
        }
        Matcher m = CELL.matcher(l);
        if (!m.find() || "ngày".equals(m.group(2)) && "tháng".equals(m.group(4)) && "năm".equals(m.group(6)) && m.group(5).matches("\\d{1,2}")) {
            return l; // the date's words and month read cleanly: a day's debris is the scan readers' to mend
        }
        String place = spelled(m.group(1));
        place = place != null ? place : province(m.group(1)); // s29: a mark-less or one-letter-misread province, by the closed list
        if (place == null) {
            return l;
        }
        String day = m.group(3).matches("\\d{1,2}") ? m.group(3) : "";
        String month = month(m.group(5));
        return l.substring(0, m.start()) + place + ", ngày " + (day.isEmpty() ? " " : day + " ") + "tháng " + (month == null ? " " : month + " ")
                + "năm " + m.group(7);
    }

    /**
     * Session 29: a place without any mark that the inventory cannot spell, mended against the closed list of provinces
     * ({@link ProvinceNames}): "Ha Giang" → "Hà Giang", "Thdi Binh" → "Thái Bình", "TP. Ca Mau" → "TP. Cà Mau"; null
     * when the place carries a mark or no single province is that close (a district or commune is never guessed).
     */
    static String province(String place) {
        if (!SyllableInventory.skeleton(place).equals(place)) {
            return null;
        }
        Matcher level = LEVEL.matcher(place);
        String prefix = level.lookingAt() ? level.group() : "";
        String name = ProvinceNames.mended(place.substring(prefix.length()));
        return name == null ? null : prefix + name;
    }

    /** A month as bare digits, or one or two letters that all read as digits making a month; else null. */
    static String month(String token) {
        StringBuilder d = new StringBuilder();
        for (char c : token.toCharArray()) {
            d.append(Character.isDigit(c) ? c : c == 'O' || c == 'o' ? '0' : ONE.indexOf(c) >= 0 ? '1' : 'x');
        }
        String s = d.toString();
        return s.matches("\\d{1,2}") && Integer.parseInt(s) >= 1 && Integer.parseInt(s) <= 12 ? String.valueOf(Integer.parseInt(s)) : null;
    }

    /**
     * The place as the page prints it: as read when any of its words carries a mark or it is one word; a place written without
     * any mark spelled by the inventory's pairs when each pair names one spelling beyond doubt; else null.
     */
    static String spelled(String place) {
        String[] words = place.split("[\\s-]");
        if (!SyllableInventory.skeleton(place).equals(place)) {
            return place;
        }
        if (words.length < 2 || place.contains(".")) {
            return null; // one word or a level's abbreviation without a mark: no pair to spell it by
        }
        SyllableInventory inv = SyllableInventory.get();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            String a = i == 0 ? words[0].toLowerCase(Locale.ROOT) : out.get(i);
            String best = null;
            int bestCount = 0;
            int second = 0;
            for (String x : withSelf(inv, a, i > 0)) {
                for (String y : withSelf(inv, words[i + 1].toLowerCase(Locale.ROOT), false)) {
                    int c = inv.pair(x, y);
                    if (c > bestCount) {
                        second = bestCount;
                        bestCount = c;
                        best = x + " " + y;
                    } else if (c > second) {
                        second = c;
                    }
                }
            }
            if (best == null || bestCount < SURE || bestCount < BEYOND * second) {
                return null;
            }
            String[] pair = best.split(" ");
            if (i == 0) {
                out.add(pair[0]);
            }
            out.add(pair[1]);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            String w = out.get(i);
            s.append(i == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return s.toString();
    }

    /** The syllable's spellings with the same base letters, itself included; only itself when already fixed. */
    private static List<String> withSelf(SyllableInventory inv, String w, boolean fixed) {
        List<String> all = new ArrayList<>();
        all.add(w);
        if (!fixed) {
            all.addAll(inv.variants(w));
        }
        return all;
    }
}
