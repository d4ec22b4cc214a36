package vn.gandan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gandan.imports.Extraction.Cited;
import vn.gandan.legal.Citation;
import vn.gandan.legal.CitationCandidates;
import vn.gandan.legal.CitationParser;
import vn.gandan.shared.Texts;

/**
 * Every document cited with a number (legal module's parser), and the bases: the direct objects of the opening
 * "Căn cứ …" / "Thực hiện …" clauses before the first heading (a document named inside a base's title is only cited).
 */
final class Bases {

    /** Citations and bases, with the bases also as legal citations (for the superior body of a school). */
    record Result(List<Cited> citations, List<Cited> bases, List<Citation> baseCitations, List<String> texts) {
    }

    private static final int CHUNK = 4_000;

    private Bases() {
    }

    static Result of(TextLines d) {
        List<Citation> cited = citations(d.paras);
        List<Cited> citations = cited.stream().map(c -> cited(c, true)).toList();
        List<Cited> bases = new ArrayList<>();
        List<Citation> baseCitations = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String p : d.paras) {
            if (Outline.isSection(p)) {
                break;
            }
            if (!p.matches("(?i)^(Căn cứ|Thực hiện|Triển khai|Theo)\\b.*")) {
                continue;
            }
            texts.add(Extractor.trimEnd(p));
            List<Citation> inPara = CitationParser.parseAll(p);
            for (Citation c : inPara) {
                boolean nested = inPara.stream().anyMatch(o -> o != c && o.title() != null
                        && Texts.fold(o.title()).contains(Texts.fold(c.numberSymbol())));
                if (nested || bases.stream().anyMatch(b -> c.numberSymbol().equals(b.numberSymbol()))) {
                    continue;
                }
                Citation full = cited.stream().filter(x -> x.key().equals(c.key())).findFirst().orElse(c);
                bases.add(cited(full, false));
                baseCitations.add(full);
            }
        }
        return new Result(citations, bases, baseCitations, texts);
    }

    /**
     * Every citation of the text, merged by number and symbol in order of first appearance. A citation never runs
     * across more than its paragraph and the next (its date, issuer or title may open the next one) — counting a
     * number alone under its kind's line ("Tờ trình số" / "42/TTr-VPUB ngày …") as where it starts — so only the
     * paragraphs that may cite something ({@link #mayCite}) are read, each with the paragraph after it, in groups of
     * about {@value #CHUNK} characters (a paragraph that may cite opens the next group again when a group is cut after
     * it): the same result as one pass over the whole text, without a copy of it, in time that grows with its length
     * only (the parser compares each citation with the ones after it in the same text).
     */
    static List<Citation> citations(List<String> paras) {
        Map<String, Citation> merged = new LinkedHashMap<>();
        StringBuilder chunk = new StringBuilder();
        String previous = null;
        boolean numberNext = false;
        for (String p : paras) {
            boolean cites = mayCite(p) || numberNext; // a number under its kind's line cites like the line itself
            numberNext = CitationCandidates.endsBeforeItsNumber(p);
            if (previous == null && !cites) {
                parse(chunk, merged);
                continue;
            }
            if (chunk.length() > 0 && chunk.length() + p.length() > CHUNK) {
                parse(chunk, merged);
                if (previous != null) {
                    chunk.append(previous);
                }
            }
            chunk.append(chunk.length() > 0 ? "\n" : "").append(p);
            previous = cites ? p : null;
        }
        parse(chunk, merged);
        return List.copyOf(merged.values());
    }

    /** Whether a paragraph may hold a citation (a necessary condition of the legal parser finding one). */
    static boolean mayCite(String p) {
        return CitationCandidates.mayCite(p);
    }

    private static void parse(StringBuilder chunk, Map<String, Citation> merged) {
        if (chunk.length() > 0) {
            for (Citation c : CitationParser.parseAll(chunk.toString())) {
                merged.merge(c.key(), c, Citation::fillFrom);
            }
            chunk.setLength(0);
        }
    }

    private static Cited cited(Citation c, boolean withTitle) {
        return new Cited(c.docType(), c.numberSymbol(), c.date() == null ? null : c.date().toString(), c.issuer(),
                withTitle ? c.title() : null);
    }
}
