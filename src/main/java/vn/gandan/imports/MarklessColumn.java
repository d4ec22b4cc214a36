package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The left column of a header whose text layer lost every Vietnamese mark (an old scanner's OCR layer), with or without the
 * motto beside it: {@code "BQ GIAO DVC VA DAO TAO    CQNG HOA XA HQ! CHU NGHIA VIET NAM"} or {@code "UBND HUYEN X" /
 * "PHONG GIAO DUC VA DAO TAO" / "SO : 12 /PGD"}. The grammar, as {@link LeftColumn}'s: top down, cells in capitals (the
 * motto's cells cut off) up to the number cell ("So:") or the first line that is not a cell; a cell opening with an organ
 * word starts a unit, any other continues the unit above; two units are parent and issuer, one the issuer alone. Each unit is
 * written back with its marks by {@link MarklessName}; the column is read only when the head carries no mark at all and the
 * issuer spells beyond doubt (a parent that does not spell, or a first line opening with an organ word whose rest is misread past
 * reading, is left out). Anything else gives {@link LeftColumn#NONE}.
 */
final class MarklessColumn {

    static final int TOP = 8;

    private MarklessColumn() {
    }

    /** The column with its marks, or {@link LeftColumn#NONE}. */
    static LeftColumn.Column read(CharSequence text) {
        String head = text.subSequence(0, TopLines.headEnd(text, TOP)).toString();
        if (!Normalizer.normalize(head, Normalizer.Form.NFD).matches("(?s)[^\\p{M}đĐ]*")) {
            return LeftColumn.NONE; // a mark anywhere in the head: not a mark-less layer
        }
        List<String> cells = new ArrayList<>();
        boolean lost = false;
        int seen = 0;
        for (String raw : head.split("\n")) {
            String line = raw.replace('\t', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = LeftColumn.MOTTO.matcher(line);
            String cell = m.find() ? line.substring(0, m.start()) : line;
            Matcher n = LeftColumn.NUMBER_CELL.matcher(cell);
            boolean numberCell = n.find();
            cell = plain(numberCell ? cell.substring(0, n.start()) : cell);
            if (cells.isEmpty() && seen == 1 && !numberCell && !cell.isEmpty() && !LeftColumn.capitals(cell) && LeftColumn.organ(cell)) {
                lost = true; // the parent's line opening with its organ word, its place misread past reading: the column starts below it
                continue;
            }
            if (cell.isEmpty() || !LeftColumn.capitals(cell) || LeftColumn.KIND.matcher(cell).find()
                    || cells.isEmpty() && !LeftColumn.organ(cell)) {
                break;
            }
            cells.add(cell);
            if (numberCell) {
                break;
            }
        }
        if (cells.isEmpty() || cells.size() > 4) {
            return LeftColumn.NONE;
        }
        List<String> units = new ArrayList<>();
        for (String c : cells) {
            if (units.isEmpty() || LeftColumn.organ(c)) {
                units.add(c);
            } else {
                units.set(units.size() - 1, units.get(units.size() - 1) + " " + c);
            }
        }
        if (units.size() > 2 || lost && units.size() > 1) {
            return LeftColumn.NONE;
        }
        String issuer = MarklessName.spelled(units.get(units.size() - 1));
        if (issuer == null || issuer.split(" ").length > LeftColumn.WORDS) {
            return LeftColumn.NONE;
        }
        return new LeftColumn.Column(units.size() == 2 ? MarklessName.spelled(units.get(0)) : null, issuer);
    }

    /** The cell as plain words: hyphens and stray signs to spaces, spaces folded, a Q or V inside a word read as its vowel. */
    static String plain(String cell) {
        List<String> words = new ArrayList<>();
        for (String w : cell.replaceAll("[^\\p{L}&]+", " ").strip().split("\\s+")) {
            words.add(MarklessName.read(w));
        }
        return String.join(" ", words).strip();
    }
}
