package vn.gandan.imports;

import java.util.List;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.shared.Texts;

/**
 * Session 21: the metadata a portal, a legal library or an e-office viewer prints about the document it shows, and what the
 * extractor does with it: {@link MetadataRows} reads the rows in every site's form with the vocabulary of {@link MetadataKeys};
 * {@link MetadataWeighing} weighs them against the document's own header (the header's word stands; the metadata fills only
 * what the text leaves out) and reads the page's headline naming the document.
 */
final class PageMetadata {

    /** What the page's metadata says of the document; any part may be null. {@code kind} is the folded kind word. */
    record Meta(Integer number, String symbol, DateParts date, String kind, String issuer, String issuerText, String title) {
        static final Meta NONE = new Meta(null, null, null, null, null, null, null);

        boolean numbered() {
            return number != null && symbol != null;
        }

        boolean dated() {
            return date != null && date.year() != null;
        }

        /** The same number and symbol as the header's (compared without case, spaces or "số"). */
        boolean names(Integer headerNumber, String headerSymbol) {
            return numbered() && number.equals(headerNumber) && headerSymbol != null && key(symbol).equals(key(headerSymbol));
        }
    }

    private PageMetadata() {
    }

    /** The page's metadata among its first lines, or {@link Meta#NONE}. */
    static Meta read(List<String> lines) {
        return MetadataRows.read(lines);
    }

    /** {@link MetadataWeighing#pageTitle}. */
    static String pageTitle(List<String> lines, Integer number, String symbol, Meta meta) {
        return MetadataWeighing.pageTitle(lines, number, symbol, meta);
    }

    /** {@link MetadataWeighing#headlineTail}. */
    static boolean headlineTail(List<String> lines, String title, Integer number, String symbol) {
        return MetadataWeighing.headlineTail(lines, title, number, symbol);
    }

    /** {@link MetadataWeighing#cutPlace}. */
    static String cutPlace(List<String> lines, String headerSymbol, Meta meta) {
        return MetadataWeighing.cutPlace(lines, headerSymbol, meta);
    }

    /** {@link MetadataWeighing#orRow}. */
    static String orRow(String row, Meta meta) {
        return MetadataWeighing.orRow(row, meta);
    }

    /** {@link MetadataWeighing#glued}. */
    static boolean glued(String symbol, String metaSymbol) {
        return MetadataWeighing.glued(symbol, metaSymbol);
    }

    /** {@link MetadataWeighing#weigh}. */
    static IssuerSignals.Decision weigh(IssuerSignals.Decision who, Meta meta) {
        return MetadataWeighing.weigh(who, meta);
    }

    /** A symbol as compared: folded (no case, no accents), without spaces or dots, an en dash read as a hyphen. */
    static String key(String symbol) {
        return Texts.fold(symbol).replaceAll("[\\s.]", "").replace('–', '-');
    }
}
