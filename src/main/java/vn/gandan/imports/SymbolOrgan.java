package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 25: the issuer a page without header column names only through its symbol's organ part, when the text writes that
 * body's name in full elsewhere — a school portal's record "Số hiệu | 1066/KH-SGDĐT | Cơ quan ban hành | (an id)" whose footer
 * reads "Sở Giáo dục và Đào tạo An Giang": the run of words that spells the part ({@link SymbolNames#spells}), opening with a
 * body's head word in capitals, and the proper name in capitals right after it on its line. Read only when no other source
 * named an issuer; the text's spelled names must all agree (two bodies spelled alike leave it empty), and never a name the
 * text does not write.
 */
final class SymbolOrgan {

    private static final int LINES = 400;
    private static final int MAX_WORDS = 10;
    /** A body's head word in capitals at a word's start. */
    private static final Pattern HEAD = Pattern.compile("(?<![\\p{L}])(?=(?:Sở|Phòng|Ủy ban|Uỷ ban|Trường|Ban|Bộ|Cục|Chi cục|Hội|Trung tâm|Công đoàn|Liên đoàn|Văn phòng|Đảng ủy|Đảng uỷ)\\s)");
    /** A place's proper name right after the body on its line ("… Đào tạo An Giang"), ending the line or before a comma or bar. */
    private static final Pattern PLACE = Pattern.compile("^((?:\\s+(?:tỉnh|thành phố|huyện|quận|thị xã))?(?:\\s+\\p{Lu}\\p{Ll}*){1,3})\\s*(?:$|[,|])");

    /** A word written as an acronym ("GD&ĐT"): the text abbreviates the body there, it does not write it in full. */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{Lu}&]+(?![\\p{L}])");
    /** The name going on after the spelled run ("Ban Chỉ đạo 35 cấp huyện", "… Đào tạo Tỉnh Ủy"): not the whole name, no issuer. */
    private static final Pattern MORE_OF_NAME = Pattern.compile("^\\s+(?:\\d|\\p{Lu})");

    private SymbolOrgan() {
    }

    /** The header fields, their issuer spelled from the symbol's organ part when they had none. */
    static HeaderFields filled(HeaderFields f, TextLines d) {
        if (!f.issuers().isEmpty() || f.symbol() == null) {
            return f;
        }
        String named = of(f.symbol(), d.lines.subList(0, Math.min(d.lines.size(), LINES)));
        return named == null ? f : new HeaderFields(f.kind(), f.number(), f.symbol(), f.place(), f.date(), List.of(named), f.parent(), f.title(),
                f.period(), f.confidence());
    }

    /** The body the symbol's first organ part abbreviates, as the lines write it in full; null when none or when they disagree. */
    static String of(String symbol, List<String> lines) {
        List<String> parts = SymbolNames.issuerParts(symbol);
        if (parts.isEmpty() || parts.get(0).length() < 3) {
            return null;
        }
        String found = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = Texts.clean(lines.get(i));
            Matcher head = HEAD.matcher(line);
            while (head.find()) {
                String name = spelled(parts.get(0), line.substring(head.start()));
                name = name != null && name.equals(line) && inList(lines, i) ? null : name;
                if (name != null && found != null && !Texts.fold(found).equals(Texts.fold(name))) {
                    return null;
                }
                found = name != null ? name : found;
            }
        }
        return found;
    }

    /**
     * Whether the line stands in a list of bodies — a portal's "Cơ quan ban hành" filter, one body a line ("Bộ Nông nghiệp và …" /
     * "Bộ Giáo dục và Đào tạo"): a menu of every issuer the site knows, none of them this document's.
     */
    private static boolean inList(List<String> lines, int i) {
        return neighbour(lines, i, -1) || neighbour(lines, i, 1);
    }

    private static boolean neighbour(List<String> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            String line = Texts.clean(lines.get(k));
            if (!line.isEmpty()) {
                return WordLists.startsUnit(line) && line.split(" ").length <= 12 && !line.matches(".*[.:;|].*");
            }
        }
        return false;
    }

    /** The shortest run of the text's first words that spells the part, with the place named right after it; else null. */
    private static String spelled(String part, String text) {
        String[] w = text.split(" ");
        for (int k = 2; k <= Math.min(w.length, MAX_WORDS); k++) {
            String joined = String.join(" ", java.util.Arrays.copyOf(w, k));
            String run = joined.replaceAll("[,.;:|]$", "");
            if (SymbolNames.spells(part, run)) {
                Matcher place = PLACE.matcher(text.substring(joined.length()));
                String name = place.find() && run.equals(joined) ? run + place.group(1) : run;
                String after = run.equals(joined) ? text.substring(Math.min(text.length(), name.length())) : "";
                return ACRONYM.matcher(run).find() || MORE_OF_NAME.matcher(after).lookingAt() ? null : name;
            }
        }
        return null;
    }
}
