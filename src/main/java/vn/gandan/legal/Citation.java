package vn.gandan.legal;

import java.time.LocalDate;
import vn.gandan.shared.Texts;

/**
 * A cited document as written: type word ("Quyết định"), number and symbol ("23-QĐ/TW", whitespace removed),
 * date (null when not given), issuer (the "của …" phrase) and title (subject phrase, e.g. "về việc …").
 */
public record Citation(String docType, String numberSymbol, LocalDate date, String issuer, String title) {

    public Citation {
        docType = Texts.clean(docType);
        numberSymbol = numberSymbol == null ? null : Texts.nfc(numberSymbol).replaceAll("\\s+", "");
        issuer = blankToNull(Texts.clean(issuer));
        title = blankToNull(Texts.clean(title));
    }

    /** The key two citations of the same document share: folded number/symbol ("23-qd/tw"). */
    public String key() {
        return keyOf(numberSymbol);
    }

    static String keyOf(String numberSymbol) {
        return numberSymbol == null ? "" : Texts.fold(numberSymbol).replaceAll("\\s+", "");
    }

    /** This citation with each missing field taken from {@code other} (first mention wins). */
    public Citation fillFrom(Citation other) {
        return new Citation(docType != null ? docType : other.docType, numberSymbol,
                date != null ? date : other.date, issuer != null ? issuer : other.issuer,
                title != null ? title : other.title);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
