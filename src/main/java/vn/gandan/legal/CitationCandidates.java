package vn.gandan.legal;

/**
 * A quick test, without regular expressions, of whether a text may hold a citation {@link CitationParser#parseAll}
 * finds: a kind of document ("Kế hoạch", "Quyết định" …, any case) then spaces, optionally "số" and a colon, then a
 * digit. It is a necessary condition (never false where the parser finds a citation), so a long document's
 * paragraphs that fail it need not be parsed; text with markup or hidden characters the parser removes first is
 * always a candidate.
 */
public final class CitationCandidates {

    private static final String[] TYPES = CitationParser.TYPES.split("\\|");

    private CitationCandidates() {
    }

    public static boolean mayCite(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if ("*[<#\u00a0\t".indexOf(c) >= 0 || c == ' ' && i > 0 && p.charAt(i - 1) == ' ' || Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.NON_SPACING_MARK) {
                return true;
            }
        }
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= '0' && c <= '9' && typeBefore(p, i, false)) {
                return true;
            }
        }
        return typeBefore(p, p.length(), true); // "Thực hiện Nghị định số" with the number on the next line
    }

    /**
     * Whether the text ends with a kind of document waiting for its number ("Theo đề nghị tại Tờ trình số"): the
     * citation then goes on in the next paragraph and may run into the one after it.
     */
    public static boolean endsBeforeItsNumber(String p) {
        return typeBefore(p, p.length(), true);
    }

    /** Whether a kind of document stands before the digit at {@code i}, as "{kind} [số[:]] {digit}". */
    private static boolean typeBefore(String p, int i, boolean lineBreak) {
        int j = spacesBefore(p, i);
        boolean spaced = lineBreak || j < i;
        if (j > 0 && p.charAt(j - 1) == ':') {
            j = spacesBefore(p, j - 1);
        }
        if (j >= 2 && p.regionMatches(true, j - 2, "số", 0, 2) && (j == 2 || !Character.isLetter(p.charAt(j - 3)))) {
            int k = spacesBefore(p, j - 2);
            if (k < j - 2 && endsWithType(p, k)) {
                return true;
            }
        }
        return spaced && endsWithType(p, j);
    }

    private static int spacesBefore(String p, int i) {
        int j = i;
        while (j > 0 && Character.isWhitespace(p.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static boolean endsWithType(String p, int end) {
        for (String t : TYPES) {
            int from = end - t.length();
            if (from >= 0 && p.regionMatches(true, from, t, 0, t.length()) && (from == 0 || !Character.isLetter(p.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }
}
