package vn.gandan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gandan.imports.Extraction.Cited;
import vn.gandan.legal.Citation;
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

    private static final int CHUNK = 16_000;

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
     * Every citation of the text, read paragraph group by paragraph group (a citation never runs across paragraphs),
     * merged by number and symbol in order of first appearance: the same result as one pass over the whole text,
     * without a copy of the whole text and in time that grows with its length only.
     */
    static List<Citation> citations(List<String> paras) {
        Map<String, Citation> merged = new LinkedHashMap<>();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= paras.size(); i++) {
            if (i == paras.size() || chunk.length() > 0 && chunk.length() + paras.get(i).length() > CHUNK) {
                for (Citation c : CitationParser.parseAll(chunk.toString())) {
                    merged.merge(c.key(), c, Citation::fillFrom);
                }
                chunk.setLength(0);
            }
            if (i < paras.size()) {
                chunk.append(chunk.length() > 0 ? "\n" : "").append(paras.get(i));
            }
        }
        return List.copyOf(merged.values());
    }

    private static Cited cited(Citation c, boolean withTitle) {
        return new Cited(c.docType(), c.numberSymbol(), c.date() == null ? null : c.date().toString(), c.issuer(),
                withTitle ? c.title() : null);
    }
}
