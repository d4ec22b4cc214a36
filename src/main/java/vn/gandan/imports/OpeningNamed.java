package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: a page without a header whose lead opens with the document's own naming — "Kế hoạch số 112/KH-UBND nhằm nâng
 * cao nhận thức …", "Công văn số 25-CV/BCĐ ngày 3/4/2023 yêu cầu …" — under a headline that tells what the body does. The
 * naming is the page's document when it opens the text's first sentence paragraph (a portal's menu lines, headlines and
 * stamps before it do not count; a base, "Căn cứ …", "Thực hiện …", never opens so) and its kind word is the kind already
 * read; it gives the number, the symbol and the date written right after it, nothing else.
 */
final class OpeningNamed {

    private static final Pattern NAMED = Pattern.compile("^(" + KindWords.ANY + ")(?:\\s+(?:liên tịch|phối hợp|hành động|liên ngành))?\\s+số\\s*:?\\s*(\\d{1,5})\\s*[/\\-–]\\s*((?-i:\\p{Lu})[\\p{L}\\d&]*"
            + "(?:\\s?[/\\-–]\\s?[\\p{L}\\d&]+)*)(?![\\p{L}\\d])(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})(?!\\d))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OpeningNamed() {
    }

    /** The number, symbol and date of a naming of {@code kind} opening the text's first sentence paragraph, or null. */
    static OwnNamed.Named find(List<String> paras, String kind) {
        if (kind == null) {
            return null;
        }
        for (String p : paras) {
            String para = p.strip();
            Matcher m = NAMED.matcher(para);
            if (m.lookingAt()) {
                String word = DocKinds.ofWord(Extractor.foldKind(m.group(1)));
                boolean same = word.equals(kind) || "KE_HOACH".equals(word) && "KE_HOACH_PHOI_HOP".equals(kind);
                if (!same || para.split("\\s+").length < 12) {
                    return null; // another kind's naming, or a headline naming it without a sentence
                }
                DateParts date = m.group(4) == null ? DateParts.BLANK
                        : new DateParts(HeaderBlock.num(m.group(4)), HeaderBlock.num(m.group(5)), HeaderBlock.num(m.group(6)));
                return new OwnNamed.Named(Integer.parseInt(m.group(2)), m.group(3).replaceAll("\\s+", ""), date);
            }
            if (CarriedOut.sentence(para)) {
                return null; // the lead is some other sentence
            }
        }
        return null;
    }
}
