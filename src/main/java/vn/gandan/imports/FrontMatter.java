package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 24: a static site's content file stored as its repository gives it — a front-matter record between "---" lines
 * ("---json" / "---yaml" / "---" opening, "---" closing: slug, category, layout, a post date, empty metadata keys …) above the
 * post's own text. The record is the site's, not the document's: its keys and post date would stand in the place of the
 * lead (a news item's "Ngày 10/02/2020, X đã ban hành Kế hoạch số …" pushed out of the paragraphs a lead is read in). The
 * text after the closing line is read as the copy; a text that does not open so, or whose record never closes within its
 * first 8,000 characters, is read as it is.
 */
final class FrontMatter {

    private static final int LIMIT = 8000;
    private static final Pattern OPENING = Pattern.compile("^\\uFEFF?\\s*---(?:json|yaml|yml|toml)?[ \\t]*\\r?\\n");
    private static final Pattern CLOSING = Pattern.compile("\\r?\\n---[ \\t]*(?:\\r?\\n|$)");

    private FrontMatter() {
    }

    /** The text without a leading front-matter record. */
    static CharSequence without(CharSequence text) {
        if (text.length() < 4 || text.charAt(0) != '-' && text.charAt(0) != '\uFEFF' && !Character.isWhitespace(text.charAt(0))) {
            return text;
        }
        CharSequence head = text.subSequence(0, Math.min(text.length(), LIMIT));
        Matcher open = OPENING.matcher(head);
        if (!open.lookingAt()) {
            return text;
        }
        Matcher close = CLOSING.matcher(head);
        return close.find(open.end()) && close.end() < text.length() ? text.subSequence(close.end(), text.length()) : text;
    }
}
