package vn.gandan.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 27: whether a text reads like tesseract's reading of a scanned Vietnamese page: among its syllables, the share that
 * general Vietnamese never writes next to their neighbours while a variant with the same base letters is written there
 * often (what {@link OcrSpelling} would correct). A typed or born-digital text has almost none.
 */
record OcrTraits(int syllables, int misread, int unmarked, int malformed) {

    static final double SCANNED_SHARE = 0.01;
    static final int MIN_MISREAD = 5;
    /** A copy typed without marks ("Cong van … cua Bo GD") is no OCR reading: its plain syllables stay as written. */
    static final double UNMARKED_SHARE = 0.6;
    /** A copy whose marks a broken font scattered ("TRỈỂN KHÀÌ", marks standing alone) is no OCR reading either. */
    static final double MALFORMED_SHARE = 0.01;
    private static final Pattern TONES = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");
    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+|\\S");

    boolean scanned() {
        return misread >= MIN_MISREAD && misread >= SCANNED_SHARE * syllables
                && unmarked <= UNMARKED_SHARE * syllables && malformed <= MALFORMED_SHARE * syllables;
    }

    /** The header pages a scan's reading starts with are evidence enough; a long text is not copied whole. */
    static final int READ_CHARS = 60_000;

    static OcrTraits of(CharSequence whole) {
        CharSequence text = whole.length() > READ_CHARS ? whole.subSequence(0, READ_CHARS) : whole;
        SyllableInventory inv = SyllableInventory.get();
        int n = 0;
        int bad = 0;
        int unmarked = 0;
        int malformed = 0;
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("\n")) {
            Matcher m = SYLLABLE.matcher(line);
            String prev = null;
            int prevEnd = 0;
            String cur = null;
            boolean curJoined = false;
            while (true) {
                boolean found = m.find();
                String t = found ? m.group() : null;
                boolean word = found && Character.isLetter(t.charAt(0));
                boolean joinedToCur = word && cur != null && line.substring(prevEnd, m.start()).isBlank();
                if (cur != null) {
                    n++;
                    String d = Normalizer.normalize(cur, Normalizer.Form.NFD);
                    unmarked += d.length() == cur.length() && !cur.contains("đ") ? 1 : 0;
                    malformed += TONES.matcher(d).results().count() > 1 || Character.getType(d.charAt(0)) == Character.NON_SPACING_MARK ? 1 : 0;
                    String next = joinedToCur ? t : null;
                    if (OcrSpelling.better(inv, cur, curJoined ? prev : null, next) != null) {
                        bad++;
                    }
                }
                if (!found) {
                    break;
                }
                if (word) {
                    prev = cur;
                    curJoined = joinedToCur;
                    cur = t;
                    prevEnd = m.end();
                } else {
                    malformed += Character.getType(t.charAt(0)) == Character.NON_SPACING_MARK ? 1 : 0; // a mark standing alone
                    prev = null;
                    cur = null;
                    curJoined = false;
                }
            }
        }
        return new OcrTraits(n, bad, unmarked, malformed);
    }
}
