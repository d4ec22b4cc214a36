package vn.gandan.imports;

import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: the date a text writes right after the document's own number and symbol, where no header line, registry or
 * metadata row dated it — a record page's title cell "Kế hoạch 1590/KH-SGD&amp;ĐT ngày 23/9/2016 về việc …" above a metadata
 * table whose "Ngày ban hành" cell is empty, a post headline "Quyết định 876/QĐ-UBND ngày 5-3-2011 về …". The mention must
 * name the same number and the same symbol (spacing, case and a "-"/"/" between parts aside) and carry its date directly
 * after it ("ngày …", "ban hành ngày …"); a mention of another document, or of the same one without a date, gives nothing, and
 * neither does one in the bases a page opens with or one a base word leads in its clause ("Thực hiện Kế hoạch số …"): those cite.
 */
final class SameIdentityDate {

    private static final Pattern BASE = Pattern.compile("(?iu)(?<![\\p{L}])(?:Căn cứ|Thực hiện|Theo|vào|tại)\\s*$");

    private SameIdentityDate() {
    }

    /** The date attached to the first mention of {@code number}/{@code symbol} among the paragraphs holding its digits, or null. */
    static DateParts of(List<String> paras, Integer number, String symbol) {
        if (number == null || symbol == null || symbol.isBlank()) {
            return null;
        }
        String own = key(symbol);
        String digits = String.valueOf(number);
        List<String> naming = NewsNamed.afterOpeningBases(paras).stream().filter(p -> p.contains(digits))
                .toList(); // a portal's menu lines ahead of the record use up no window
        for (IdentityMentions.Mention m : IdentityMentions.of(naming)) {
            String clause = m.before().substring(Math.max(m.before().lastIndexOf(','), m.before().lastIndexOf(';')) + 1);
            if (number.equals(m.number()) && m.symbol() != null && key(m.symbol()).equals(own) && m.date() != null && !BASE.matcher(clause).find()) {
                return m.date();
            }
        }
        return null;
    }

    /** {@link PageMetadata#key}, a slash read as a hyphen too ("KH/ĐU" and "KH-ĐU" name one symbol). */
    private static String key(String symbol) {
        return PageMetadata.key(symbol).replace('/', '-');
    }
}
