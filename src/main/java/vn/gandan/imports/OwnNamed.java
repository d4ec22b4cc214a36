package vn.gandan.imports;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.shared.Texts;

/**
 * Session 18: a news item that tells of its unit's own document by number and date without an issuing verb the news
 * readers know ("Đảng ủy phường X triển khai kế hoạch số 89 –KH/ĐU ngày 9/8/2019 về việc …", "…, Ban Dân vận Thành ủy …
 * xây dựng Kế hoạch số 15-KH/BDV, ngày 24 tháng 4 năm 2017 …", "… triển khai Kế hoạch số 138/KH-UBND, ngày 21/07/2022 của
 * UBND phường về …"). Read only when the page has no header number or date, the item's one unit is known and its kind is
 * the one the naming gives. The document is the unit's own when
 * <ul>
 * <li>its clause opens with the unit and ends with the verb that deploys or drafts it (no "của …" naming another body), or</li>
 * <li>it is "của" a body every word of which the unit's name has ("của UBND phường" for "UBND phường Phúc Lợi", "của Đảng ủy"
 * for "Ban Thường vụ Đảng ủy phường Bạch Mai") — outside a sentence that opens with a base ("Thực hiện …", "Căn cứ …", "Theo …").</li>
 * </ul>
 * A superior's plan ("của UBND tỉnh" in a district's item) and every plan cited in a base chain stay unread.
 */
final class OwnNamed {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DATE = "(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))";
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])(" + KindWords.ANY + ")\\s+số\\s*:?\\s*(\\d{1,5})"
            + "\\s*[-–/]\\s*((?-i:\\p{Lu})[\\p{L}\\d&]*(?:\\s*[/\\-–]\\s*[\\p{L}\\d&]+)*)\\s*,?\\s*ngày\\s+" + DATE
            + "(?![\\d/])(\\s*,?\\s*của\\s+[^“\"”,.;:\\n]{3,80}?(?=\\s*[“\"”]?\\s*(?:về việc|về|V/v)\\s|\\s*[,.;]|$))?", CI);
    /** The verb right before the kind word that makes the clause's subject its author. */
    private static final Pattern DEPLOYS = Pattern.compile("(?:triển khai|xây dựng|ban hành)(?:\\s+thực hiện)?\\s*$", CI);
    private static final Pattern BASE_OPENING = Pattern.compile("^\\s*[-–+•]?\\s*(?:Thực hiện|Căn cứ|Theo|Để|Triển khai)(?![\\p{L}])", CI);

    /** The number, symbol and date of the unit's own document named in the first paragraphs. */
    record Named(int number, String symbol, DateParts date) {
    }

    private OwnNamed() {
    }

    /** The first own document of {@code kind} the first ten paragraphs name, or null. */
    static Named find(List<String> paras, String unit, String kind) {
        if (unit == null || unit.isBlank() || kind == null) {
            return null;
        }
        for (String para : paras.subList(0, Math.min(paras.size(), 10))) {
            Matcher m = NAMED.matcher(para);
            while (m.find()) {
                if (!kindOf(m.group(1)).equals(kind.replace("_PHOI_HOP", "")) || !own(para, m, unit)) {
                    continue;
                }
                DateParts date = m.group(4) != null
                        ? new DateParts(HeaderBlock.num(m.group(4)), HeaderBlock.num(m.group(5)), HeaderBlock.num(m.group(6)))
                        : new DateParts(HeaderBlock.num(m.group(7)), HeaderBlock.num(m.group(8)), HeaderBlock.num(m.group(9)));
                return new Named(Integer.parseInt(m.group(2)), m.group(3).replaceAll("\\s+", ""), date);
            }
        }
        return null;
    }

    private static String kindOf(String word) {
        String f = Texts.fold(word);
        return f.startsWith("bao cao") ? "BAO_CAO" : f.startsWith("cong van") ? "CONG_VAN" : DocKinds.ofWord(f);
    }

    private static boolean own(String para, Matcher m, String unit) {
        String before = para.substring(0, m.start());
        String of = m.group(10);
        if (of == null && para.substring(m.end()).matches("(?isu)^\\s*,?\\s*của\\s.*")) {
            return false; // "của" a body whose name runs on: whose the document is, is not known
        }
        if (of != null) {
            String body = of.strip().replaceFirst("(?iu)^,?\\s*của\\s+", "").strip();
            int stop = Math.max(before.lastIndexOf(". "), -1);
            String sentence = before.substring(stop + 1);
            return WordLists.startsUnit(body) && words(unit).containsAll(words(body)) && !BASE_OPENING.matcher(sentence).find();
        }
        Matcher verb = DEPLOYS.matcher(before);
        if (!verb.find()) {
            return false;
        }
        String clause = before.substring(0, verb.start());
        int cut = Math.max(Math.max(clause.lastIndexOf(", "), clause.lastIndexOf("; ")), Math.max(clause.lastIndexOf(". "), clause.lastIndexOf("”,")));
        clause = clause.substring(cut + 1).replaceFirst("^[\\s,;.”\"]+", "");
        String c = Texts.fold(clause);
        String u = Texts.fold(unit);
        return WordLists.startsUnit(clause) && u.length() >= 8 && c.startsWith(u);
    }

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(Texts.fold(s).replaceAll("[^\\p{L}\\d]+", " ").strip().split(" ")));
    }
}
