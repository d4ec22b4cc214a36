package vn.gandan.imports;

/**
 * A document's text as numbered lines, each made as a string only when asked for: {@link CharLines} over text held as
 * characters (what the other readers give), {@link Utf8Text} over a plain .txt file's own UTF-8 bytes.
 */
interface LineSource {

    /** How many lines (a text ending in a line break has an empty last line). */
    int size();

    /** Line {@code i} as it stands in the text, without its line break: hidden characters removed, NFC. */
    String slice(int i);

    /** The lines of a text that is not a file's bytes: NFC, hidden characters removed and line ends as "\n" first. */
    static LineSource of(CharSequence text) {
        return text instanceof Utf8Text u ? u : new CharLines(text);
    }
}
