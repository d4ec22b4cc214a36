package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
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
    record Result(List<Cited> citations, List<Cited> bases, List<Citation> baseCitations) {
    }

    private Bases() {
    }

    static Result of(TextLines d) {
        List<Citation> cited = CitationParser.parseAll(d.joined);
        List<Cited> citations = cited.stream().map(c -> cited(c, true)).toList();
        List<Cited> bases = new ArrayList<>();
        List<Citation> baseCitations = new ArrayList<>();
        for (String p : d.paras) {
            if (Outline.isSection(p)) {
                break;
            }
            if (!p.matches("(?i)^(Căn cứ|Thực hiện|Triển khai|Theo)\\b.*")) {
                continue;
            }
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
        return new Result(citations, bases, baseCitations);
    }

    private static Cited cited(Citation c, boolean withTitle) {
        return new Cited(c.docType(), c.numberSymbol(), c.date() == null ? null : c.date().toString(), c.issuer(),
                withTitle ? c.title() : null);
    }
}
