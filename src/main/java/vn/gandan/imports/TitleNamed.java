package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.TitleSignals.Named;

/** Reads the number, symbol and date out of the pieces {@link TitleSignals} dropped in front of a subject. */
final class TitleNamed {

    private static final Pattern NUMBER = Pattern.compile("(?iu)^số\\s*:?\\s*(\\d{1,6})(?:\\s*[/\\-–]\\s*|\\s+)?([\\p{L}\\d/.&\\-–]*(?:\\s(?-i:\\p{Lu}{2,4})(?=[/\\-–])[\\p{L}\\d/.&\\-–]*)?)"); // s18: "TTLT-BGD ĐT-BNV"
    private static final Pattern DATE = Pattern.compile("(?iu)(\\d{1,2})\\s*(?:[/.\\-]|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:[/.\\-]|\\s+năm\\s+)\\s*(\\d{4})");

    private TitleNamed() {
    }

    static Named add(Named named, String cue, String piece) {
        if (cue.equals("bare number")) {
            return new Named(Integer.valueOf(piece.strip()), null, named.date());
        }
        if (cue.equals("number")) {
            Matcher m = NUMBER.matcher(piece.strip());
            if (m.lookingAt()) {
                String symbol = m.group(2).replaceAll("^[/\\-–]+|[/\\-–.]+$", "");
                return new Named(Integer.valueOf(m.group(1)), symbol.matches(".*\\p{Lu}{2,}.*") ? symbol : null, named.date());
            }
        } else if (cue.equals("own date")) {
            Matcher m = DATE.matcher(piece);
            if (m.find()) {
                return new Named(named.number(), named.symbol(), new DateParts(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)),
                        Integer.valueOf(m.group(3))));
            }
        }
        return named;
    }
}
