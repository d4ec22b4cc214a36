package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 28: the body a header-less text's lead names as the author of the document it tells of — a kind word, the
 * document's identity as far as the lead gives it, "của" and the body, then the subject or the clause's end:
 * <pre>
 *   mention  = kind qualifier* identity? "của" body end
 *   identity = ("số" ":"?)? number ("/" | "-" symbol)? (","? date)?   — "số: 17 KH/ĐU, ngày 14 tháng 01 năm 2020", "1072 ngày 6/12/2013"
 *   date     = "ngày" d/m/y | "ngày" d "tháng" m "năm" y | "ngày" d/m
 *   end      = "về" | "V/v" | an opening quote | "," | "." | ";" | the paragraph's end
 * </pre>
 * Examples: "Thực hiện Kế hoạch của Ủy ban MTTQ Việt Nam phường về tổ chức …", "… thực hiện Công văn 1072 ngày 6/12/2013 của
 * Ban Thường vụ Tỉnh ủy về “…”", "Thực hiện hướng dẫn số 325/HD-PGDĐT ngày 6 tháng 9 năm 2017 của Phòng Giáo dục và Đào tạo
 * huyện A về việc …". The body must parse whole as a body's name ({@link LeadIssuer#whole}: a head word, no office or person,
 * no word of a sentence going on); the first such mention of the lead's first paragraphs is read. Read only when no other
 * step named an issuer (the symbol's organ, a signing, a joint party: all come first) and the page has no header column.
 */
final class NamedAuthor {

    /** How many of the page's first paragraphs (its headline and lead) are read. */
    private static final int PARAS = 6;
    private static final String DATE = "ngày\\s+\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{4})?|\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?)";
    private static final String IDENTITY = "(?:\\s+(?:số\\s*:?\\s*)?\\d{1,5}(?:\\s*[/\\-–]?\\s*(?-i:\\p{Lu})[\\p{L}\\d&.]*(?:\\s?[/\\-–]\\s?[\\p{L}\\d&.]+)*)?)?"
            + "(?:\\s*,?\\s*" + DATE + ")?";
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}])(" + KindWords.ANY + ")(?:\\s+(?:" + KindWords.QUALIFIER + "))?"
            + "(" + IDENTITY + ")\\s*,?\\s+của\\s+([^,.;:()“”\"\\n]{4,120}?)\\s*(?=,|\\.(?:\\s|$)|;|\\s+về(?![\\p{L}])|\\s+V/v|\\s*[“\"(]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A paragraph opening with a kind word in capitals, as a document prints its own title line ("BÁO CÁO …", "KẾ HOẠCH …"). */
    private static final Pattern OWN_TITLE = Pattern.compile("(?:" + KindWords.ANY.toUpperCase(java.util.Locale.ROOT) + ")(?![\\p{L}])");
    /** "Căn cứ …" before the mention: the grounds of the page's own act. */
    private static final Pattern GROUNDS = Pattern.compile("(?iu)(?<![\\p{L}])căn cứ(?![\\p{L}])");
    /** An office after a head word ("Bộ trưởng Bộ …", "Cục trưởng …", a copy's "Bộ trởng"): a person, not a body. */
    private static final Pattern OFFICE = Pattern.compile("^\\S+\\s+(?:trưởng|trởng|trưỏng)(?![\\p{L}])");
    /** The symbol of the mention's identity, after its number ("512/BCĐ-VP" → "BCĐ-VP"). */
    private static final Pattern SYMBOL = Pattern.compile("\\d\\s*[/\\-–]\\s*(\\p{Lu}[\\p{L}\\d&.\\-–/]*)");

    private NamedAuthor() {
    }

    /** The issuers as found, or the lead's named document's author when every other step named none. */
    static List<String> filled(List<String> issuers, TextLines d) {
        if (!issuers.isEmpty()) {
            return issuers;
        }
        String named = of(NewsLead.withoutTeasers(d.paras.subList(0, Math.min(d.paras.size(), PARAS))));
        return named == null ? issuers : List.of(named);
    }

    /** The author of the first document the first paragraphs name with "của", or null. */
    static String of(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), PARAS); i++) {
            String para = Texts.clean(paras.get(i));
            if (OWN_TITLE.matcher(para).lookingAt()) {
                return null; // "BÁO CÁO CÔNG TÁC …" above the lead: the page is a document of its own, the lead names its grounds
            }
            Matcher m = MENTION.matcher(para);
            while (m.find()) {
                if (GROUNDS.matcher(para.substring(0, m.start())).find()) {
                    break; // "Căn cứ Kế hoạch số … của X, Báo Y đăng …": the grounds of the page's own act, not the document it tells of
                }
                boolean named = Character.isUpperCase(m.group(1).codePointAt(0)) || !m.group(2).isBlank(); // "kết luận của người …" names no document
                String body = named ? LeadIssuer.whole(m.group(3)) : null;
                if (body != null && !OFFICE.matcher(body).find() && !contradicted(body, m.group(2))) {
                    return body;
                }
            }
        }
        return null;
    }

    /** Whether the mention's own symbol names another body ("Công văn số 512/BCĐ-VP … của Sở Giáo dục và Đào tạo"). */
    private static boolean contradicted(String body, String identity) {
        Matcher m = SYMBOL.matcher(identity);
        return m.find() && SymbolNames.judge(body, m.group(1)) == SymbolNames.Verdict.CONTRADICTS;
    }
}
