package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.PageMetadata.Meta;
import vn.gandan.shared.Texts;

/**
 * Session 21: the page's metadata ({@link MetadataRows}) weighed against the document's own header ({@link Extractor}): the
 * header's word stands; the metadata fills only what the text leaves out (no number, no date, no issuer, no title), a date only
 * when the metadata names the same number and symbol as the header, an organ-only header cell ("ỦY BAN NHÂN DÂN") only by the
 * metadata's fuller name of the same organ. A page title naming the document ("Quyết định 39/2023/QĐ-UBND Cà Mau Quy định …",
 * "Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa … Bộ trưởng Bộ Nội vụ Hướng dẫn …") gives the title after
 * the number, its date and the issuer the metadata names.
 */
final class MetadataWeighing {

    private static final Pattern KIND_FIRST = Pattern.compile("(?u)^(" + MetadataKeys.kindWords() + ")(?:\\s+(?:[Kk]hẩn|[Hh][oỏ]a tốc))?\\s+(?=\\p{Ll}|V/v|Về\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MetadataWeighing() {
    }

    /** A title row without the kind word it opens with ("Công văn Khẩn về việc …" → "về việc …"). */
    static String titleText(Meta meta) {
        return meta.title() == null ? null : KIND_FIRST.matcher(meta.title()).replaceFirst("").strip();
    }

    private static final Pattern PAGE_TITLE = Pattern.compile("^(?:" + MetadataKeys.kindWords() + ")\\s+(?:số\\s+)?(\\d{1,6})\\s*[/-]\\s*(\\S+)\\s+(.{10,})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE_DATE = Pattern.compile("(?iu)^(?:,\\s*)?(?:ngày\\s+\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(?:19|20)\\d{2}|năm\\s+(?:19|20)\\d{2})\\s*,?\\s*");
    private static final Pattern STATUS = Pattern.compile("(?iu)\\s*\\((?:[^()]*hiệu lực[^()]*|[^()]*hết hiệu lực[^()]*)\\)\\s*$");
    private static final Pattern LOCALITY = Pattern.compile("(?:^|\\s)(?iu:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+(\\p{Lu}[\\p{L}\\s'-]{1,40})$");

    /**
     * The title a page's headline gives the document it names by the header's number and symbol: what follows them, their date
     * and the issuer the metadata names ("… Cà Mau Quy định …" → "Quy định …"; "… giữa Chủ nhiệm … và Bộ trưởng Bộ Nội vụ
     * Hướng dẫn …" → "Hướng dẫn …"), without a status bracket ("(Văn bản hết hiệu lực)"). Null when the issuer's part cannot
     * be told from the title's.
     */
    static String pageTitle(List<String> lines, Integer number, String symbol, Meta meta) {
        if (number == null || symbol == null || meta.issuerText() == null) {
            return null;
        }
        String shortened = null;
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            Matcher m = headline(lines.get(i), number, symbol);
            if (m == null) {
                continue;
            }
            String rest = STATUS.matcher(TITLE_DATE.matcher(m.group(3)).replaceFirst("")).replaceFirst("").strip();
            String named = Texts.fold(rest).matches("^(?:cua|giua)\\s.*") ? afterIssuer(rest, meta.issuerText()) : null;
            if (named != null && named.length() >= 10) {
                return named; // the full headline: "… của <issuer> <title>", as written
            }
            String cut = shortened == null ? afterIssuer(rest, meta.issuerText()) : null;
            shortened = cut != null && cut.length() >= 10 && Character.isUpperCase(cut.charAt(0)) ? cut : shortened;
        }
        return shortened; // a library's short headline "<kind> <number> <locality> <Title>" when no full one names the issuer
    }

    /** The line as a page headline naming the document by this number and symbol, or null. */
    private static Matcher headline(String line, Integer number, String symbol) {
        Matcher m = PAGE_TITLE.matcher(Texts.clean(line).replaceFirst("^[•\\-*]\\s*", ""));
        return m.matches() && Integer.parseInt(m.group(1)) == number && PageMetadata.key(m.group(2)).equals(PageMetadata.key(symbol)) ? m : null;
    }

    /**
     * Whether the title read so far is the tail of a page headline naming the document ("146/2025/NQ-HĐND Hà Tĩnh biện pháp …",
     * "Cà Mau Quy định …"): the headline's words, not a header's title line, so the headline's own cut may replace it.
     */
    static boolean headlineTail(List<String> lines, String title, Integer number, String symbol) {
        if (title == null || number == null || symbol == null) {
            return false;
        }
        String t = Texts.fold(title);
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            Matcher m = headline(lines.get(i), number, symbol);
            if (m != null && Texts.fold(STATUS.matcher(Texts.clean(lines.get(i))).replaceFirst("")).endsWith(" " + t)) {
                return true;
            }
        }
        return false;
    }

    /** The text after the issuer's part of a page title: after its locality in front, or after the last issuer named by "của" / "giữa". */
    private static String afterIssuer(String rest, String issuers) {
        String folded = Texts.fold(rest);
        if (folded.matches("^(?:cua|giua)\\s.*")) {
            int end = -1;
            for (String name : issuers.split("\\s*(?:,|;|\\s-\\s)\\s*")) {
                String n = Texts.fold(name.strip());
                int at = n.length() < 4 ? -1 : folded.lastIndexOf(n);
                if (at >= 0 && at + n.length() > end && (at + n.length() == folded.length() || folded.charAt(at + n.length()) == ' ')) {
                    end = at + n.length();
                }
            }
            return end < 0 || folded.length() != rest.length() ? null : rest.substring(end).strip();
        }
        Matcher loc = LOCALITY.matcher(issuers.strip());
        if (loc.find()) {
            String place = Texts.fold(loc.group(1).strip());
            if (folded.length() == rest.length() && folded.startsWith(place + " ")) {
                return rest.substring(place.length()).strip();
            }
        }
        return null;
    }

    /** The locality a body's name ends with ("Ủy ban nhân dân tỉnh Cà Mau" → "Cà Mau"), or null. */
    static String locality(String issuer) {
        if (issuer == null) {
            return null;
        }
        Matcher loc = LOCALITY.matcher(issuer.strip());
        return loc.find() ? loc.group(1).strip() : null;
    }

    /**
     * An organ-only header cell ("ỦY BAN NHÂN DÂN", its locality lost by the copy) completed by the metadata's name of the same
     * organ with its locality ("Ủy ban nhân dân tỉnh Cà Mau"); else null.
     */
    static String completes(String header, Meta meta) {
        if (header == null || meta.issuer() == null || locality(meta.issuer()) == null) {
            return null;
        }
        String h = Texts.fold(header).replaceAll("\\s+", " ").strip();
        String m = Texts.fold(meta.issuer()).replaceAll("\\s+", " ").strip();
        return h.matches("^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$") && m.startsWith(h + " ")
                && WordLists.isLocality(m.substring(h.length()).strip()) ? meta.issuer() : null;
    }

    /** The header's place cell cut before its date ("Số: 39/2023/QĐ-UBND | Cà Mau", the text ending there): the metadata issuer's locality. */
    static String cutPlace(List<String> lines, String headerSymbol, Meta meta) {
        String place = locality(meta.issuer());
        if (place == null || headerSymbol == null) {
            return null;
        }
        Pattern cell = Pattern.compile("(?iu)^Số\\s*:?\\s*\\d{1,6}\\s*[/-]\\s*" + Pattern.quote(headerSymbol) + "\\s*(?:\\||\\t|\\s{3,})\\s*" + Pattern.quote(place) + "\\s*\\|?\\s*$");
        for (String l : lines) {
            if (cell.matcher(Texts.clean(l)).matches()) {
                return place;
            }
        }
        return null;
    }

    /**
     * A portal's title row where {@link TitleRows} found none (the row opening with its table's "|", a key over its value), without
     * its kind word; the extractor asks only when no other step found a title (a news reading of the same line stands).
     */
    static String orRow(String row, Meta meta) {
        return row != null ? row : titleText(meta);
    }

    /** Whether a symbol read elsewhere is the metadata's with the next key's first word glued on ("2025/NQ-HĐNDNgày" for "2025/NQ-HĐND"). */
    static boolean glued(String symbol, String metaSymbol) {
        return symbol.startsWith(metaSymbol) && symbol.substring(metaSymbol.length()).matches("\\p{Lu}\\p{Ll}+");
    }

    /**
     * The issuers weighed against the metadata: the metadata's body where the text named none ({@code 0.6}), an organ-only
     * header cell completed by the metadata's name of the same organ ({@link #completes}), or a name the metadata gives run on
     * into a verb; else the decision as it stood.
     */
    static IssuerSignals.Decision weigh(IssuerSignals.Decision who, Meta meta) {
        if (meta.issuer() == null) {
            return who;
        }
        if (who.issuers().isEmpty()) {
            return new IssuerSignals.Decision(List.of(meta.issuer()), who.parent(), 0.6);
        }
        String full = who.issuers().size() == 1 ? completes(who.issuers().get(0), meta) : null;
        String one = who.issuers().size() == 1 ? who.issuers().get(0) : "";
        if (full == null && one.startsWith(meta.issuer() + " ") && Character.isLowerCase(one.charAt(meta.issuer().length() + 1))) {
            full = meta.issuer(); // a headline's subject run on into its verb ("Hội đồng nhân dân tỉnh Hà Tĩnh quy định các …")
        }
        return full == null ? who : new IssuerSignals.Decision(List.of(full), who.parent(), who.confidence());
    }
}
