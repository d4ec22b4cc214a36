package vn.gandan.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How Vietnamese a text reads, with its reasons — the judge of a PDF page's text layer against the OCR of its image.
 * General: no document's words, only the alphabet and the syllable inventory.
 * <ul>
 * <li>{@code marked}: the share of syllables bearing a Vietnamese mark (tone, breve, circumflex, horn or "đ"). Real
 * Vietnamese prose, headers included, has roughly 50–80 %; an old scanner's OCR layer "BO GIAO DUC VA DAO TAO" has none.</li>
 * <li>{@code known}: the share of syllables (lower-cased) found in {@link SyllableInventory}. A font without a Unicode
 * map gives glyph codes and letters swapped for others ("Bé gi¸o dôc"), far from the inventory.</li>
 * <li>{@code foreign}: the share of non-blank characters outside the Vietnamese alphabet, digits and punctuation
 * (symbol runs, private-use glyphs, Latin-1 letters of a legacy font).</li>
 * </ul>
 *
 * @param letters the letters of the text (its "length" as prose)
 * @param syllables the words made of letters only
 */
record VietnameseShare(int letters, int syllables, double marked, double known, double foreign) {

    /** A page with fewer letters than this has no text layer worth keeping (a scanned page, a blank back). */
    static final int MIN_LETTERS = 20;
    /** Below this share of marked syllables the layer lost its marks (real prose: 50–80 %). */
    static final double MIN_MARKED = 0.25;
    /** Below this share of inventory syllables the layer is glyph codes rather than words. */
    static final double MIN_KNOWN = 0.6;
    /** Above this share of foreign characters the layer is a font's private code. */
    static final double MAX_FOREIGN = 0.05;

    private static final String VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";
    private static final String PUNCTUATION = ".,;:!?()[]{}\"'/\\-_+=*&%$#@<>|~^`“”‘’–—…•·§°№";

    /** Measures a text (any normalisation; it is read as NFD). */
    static VietnameseShare of(String text) {
        String d = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        SyllableInventory inventory = SyllableInventory.get();
        int letters = 0;
        int visible = 0;
        int foreign = 0;
        int words = 0;
        int marked = 0;
        int known = 0;
        StringBuilder word = new StringBuilder();
        boolean wordMarked = false;
        for (int i = 0; i <= d.length(); i++) {
            char c = i < d.length() ? d.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (letter || mark && word.length() > 0) {
                word.append(c);
                wordMarked |= mark && VIETNAMESE_MARKS.indexOf(c) >= 0 || c == 'đ' || c == 'Đ';
            } else if (word.length() > 0) {
                words++;
                marked += wordMarked ? 1 : 0;
                String syllable = Normalizer.normalize(word.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                known += inventory.count(syllable) > 0 ? 1 : 0;
                word.setLength(0);
                wordMarked = false;
            }
            if (i == d.length() || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (mark) {
                foreign += VIETNAMESE_MARKS.indexOf(c) >= 0 ? 0 : 1;
                continue;
            }
            visible++;
            if (letter) {
                letters++;
                foreign += c < 128 || c == 'đ' || c == 'Đ' ? 0 : 1;
            } else if (!Character.isDigit(c) || c >= 128) {
                foreign += PUNCTUATION.indexOf(c) >= 0 ? 0 : 1;
            }
        }
        return new VietnameseShare(letters, words, share(marked, words), share(known, words), share(foreign, visible));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Too few letters to be a page's text: the page is an image. */
    boolean empty() {
        return letters < MIN_LETTERS;
    }

    /** Not readable Vietnamese: empty, mark-less, glyph codes or a font's private characters. */
    boolean broken() {
        return empty() || marked < MIN_MARKED || known < MIN_KNOWN || foreign > MAX_FOREIGN;
    }

    /** The reason it is broken ("empty", "markless", "unknown", "foreign"), or "good". */
    String reason() {
        return empty() ? "empty" : marked < MIN_MARKED ? "markless" : known < MIN_KNOWN ? "unknown" : foreign > MAX_FOREIGN ? "foreign" : "good";
    }

    /** One figure to compare two readings of the same page: known words, clean characters, marks up to half the words. */
    double quality() {
        return empty() ? 0 : known * (1 - foreign) + Math.min(marked, 0.5);
    }

    /** Whether this reading is clearly better than {@code other} (by a margin, so a near tie keeps the other). */
    boolean betterThan(VietnameseShare other) {
        return !empty() && quality() > other.quality() + 0.1;
    }
}
