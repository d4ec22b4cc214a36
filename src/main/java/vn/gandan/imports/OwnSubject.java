package vn.gandan.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Session 27: the subject of the document the extractor has identified by its number but left without a title — a news item
 * or post naming it mid-text ("Chiều ngày 1/8, phường triển khai Kế hoạch số 138/KH-UBND, ngày 21/07/2022 của UBND phường
 * về …"): the first mention of that same number (and symbol, when known) read with the lead's grammar ({@link LeadMention})
 * gives its "về …" subject. Only an empty title is filled; the number and symbol must be the mention's own. The subject runs
 * to the separator before the next cited document (", và Công văn số 282/… về …", the seeds' title convention) and drops a
 * closing quote it never opened.
 */
final class OwnSubject {

    /** The separator before the next cited document: ",", ";" or "và", then a kind word and its number. */
    private static final Pattern NEXT_CITED = Pattern.compile("\\s*(?:[,;]|\\s+và)\\s+(?:" + KindWords.ANY_OR_TEXT + ")\\s+(?:số\\s*:?\\s*)?\\d.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A closing quote at the end with no opening quote before it. */
    private static final Pattern UNOPENED_QUOTE = Pattern.compile("^([^“\"]*?)\\s*[”\"]$");

    private OwnSubject() {
    }

    /** The subject cut before the next cited document and without a closing quote it never opened. */
    static String subject(String title) {
        String cut = NEXT_CITED.matcher(title).replaceFirst("").strip();
        return UNOPENED_QUOTE.matcher(cut).replaceFirst("$1").strip();
    }

    static HeaderFields filled(HeaderFields f, Extractor.Source s) {
        if (f.number() == null || f.title() != null) {
            return f;
        }
        LeadMention.Mention m = LeadMention.ofNumber(s.d().paras, f.number(), f.symbol());
        if (m == null) {
            return f;
        }
        Map<String, Double> conf = new LinkedHashMap<>(f.confidence());
        conf.put("title", 0.3);
        return new HeaderFields(f.kind(), f.number(), f.symbol(), f.place(), f.date(), f.issuers(), f.parent(), subject(m.title()), f.period(), conf);
    }
}
