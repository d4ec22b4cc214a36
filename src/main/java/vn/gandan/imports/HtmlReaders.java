package vn.gandan.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web pages (.html, .htm) and saved pages (.mht, MIME "multipart/related") as text: one line per block element, table
 * cells separated by a tab (so a two-column header stays two columns), scripts and styles dropped.
 */
final class HtmlReaders {

    private static final Pattern CHARSET = Pattern.compile("charset=[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlReaders() {
    }

    static boolean isHtml(byte[] b) {
        return isPage(b) || fragment(new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
    }

    /** A web page of its own (a doctype, {@code <html>}, {@code <body>} or a leading {@code <meta>}), not markup inside a text. */
    private static boolean isPage(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.startsWith("<meta");
    }

    /** A page's markup pasted as text under a few lines of the site (a header table in "&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;p&gt;…", entities
     *  for the letters): block tags opened and closed at least three times each near the start, read as HTML. */
    private static boolean fragment(String head) {
        return FRAGMENT_OPEN.matcher(head).results().limit(3).count() == 3 && FRAGMENT_CLOSE.matcher(head).results().limit(3).count() == 3;
    }

    private static final Pattern FRAGMENT_OPEN = Pattern.compile("<(?:p|td|tr|table|div)[\\s>]");
    private static final Pattern FRAGMENT_CLOSE = Pattern.compile("</(?:p|td|tr|table|div)>");

    static boolean isMht(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    static String html(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(raw.substring(0, Math.min(raw.length(), 4096)));
        // no charset named: UTF-8 when the bytes are UTF-8, else the Vietnamese Windows code page (older pages, Word's .htm)
        Charset cs = m.find() && Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1))
                : TextReader.validUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1258");
        String html = new String(bytes, cs);
        return isPage(bytes) ? text(html) : fragmentText(html);
    }

    /**
     * A page's markup pasted into a text (a site's copy with {@code <p>}, {@code <td>} and entities among its lines): the
     * text's own line breaks are its lines, so they are kept, and each block starts and ends a line.
     */
    static String fragmentText(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("script, style, noscript, head").remove();
        doc.select("br").after("\n");
        doc.select("td, th").after("\t");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, table, section, article").before("\n").after("\n");
        return doc.body() == null ? "" : doc.body().wholeText().replace('\u00a0', ' ');
    }

    /** Elements that start and end a line (a browser's block boxes). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
            "section", "article", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "header", "footer", "nav", "aside",
            "main", "figure", "figcaption", "center", "address", "hr", "form", "fieldset", "caption", "tbody", "thead", "tfoot");

    /**
     * The page's text as a browser lays it out: one line per block, a {@code <br>} a line break, table cells of a row
     * separated by a tab (so a two-column header stays two columns). White space in the page's source — the line
     * breaks and indentation of the markup, a paragraph wrapped at 76 columns by Word's "Save as Web Page" — is one
     * space, as a browser shows it, not a line break (session 21: a Word-saved .htm had every paragraph, basis and task
     * cut at its source line breaks, "KẾ" / "HOẠCH" on two lines, and three empty lines between paragraphs); only
     * {@code <pre>} keeps its line breaks. An empty paragraph ({@code <p>&nbsp;</p>}) stays an empty line.
     */
    static String text(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, head, template").remove();
        if (doc.body() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        render(doc.body(), out, false);
        return out.toString().replace('\u00a0', ' ');
    }

    private static void render(Node node, StringBuilder out, boolean pre) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text(pre ? t.getWholeText() : collapse(t.getWholeText()), out, pre);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if ("br".equals(tag)) {
                    endLine(out, true);
                } else if ("tr".equals(tag)) {
                    endLine(out, false);
                    row(e, out, pre);
                    endLine(out, false);
                } else if (BLOCKS.contains(tag)) {
                    endLine(out, false);
                    render(e, out, pre || "pre".equals(tag));
                    endLine(out, false);
                } else {
                    render(e, out, pre);
                }
            }
        }
    }

    /** A table row: each cell's text (its own lines kept), cells joined by a tab. */
    private static void row(Element tr, StringBuilder out, boolean pre) {
        boolean first = true;
        for (Element cell : tr.children()) {
            if (!"td".equals(cell.normalName()) && !"th".equals(cell.normalName())) {
                continue;
            }
            StringBuilder c = new StringBuilder();
            render(cell, c, pre);
            if (!first) {
                out.append('\t');
            }
            out.append(c.toString().strip().replaceAll(" *\n *", "\n"));
            first = false;
        }
    }

    /** Runs of the source's white space (not the no-break space) as one space. */
    private static String collapse(String s) {
        return ASCII_SPACE.matcher(s).replaceAll(" ");
    }

    private static final Pattern ASCII_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private static void text(String s, StringBuilder out, boolean pre) {
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n' || out.charAt(out.length() - 1) == '\t';
        if (!pre && lineStart && s.startsWith(" ")) {
            s = s.substring(1);
        }
        if (!pre && s.startsWith(" ") && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            s = s.substring(1);
        }
        out.append(s);
    }

    /** Ends the current line: always for a line break, for a block only when the line holds something. */
    private static void endLine(StringBuilder out, boolean always) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (always || !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** The first text/html part of a saved page (quoted-printable or base64, in its charset). */
    static String mht(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher part = Pattern.compile("(?is)Content-Type:\\s*text/html[^\\n]*\\n(.*?)\\r?\\n\\r?\\n(.*?)(?=\\r?\\n--|\\z)").matcher(all);
        if (!part.find()) {
            throw new ImportException(422, "imports.reader.mhtNoPage");
        }
        String headers = part.group(0).substring(0, part.group(0).indexOf(part.group(2)));
        Matcher cs = CHARSET.matcher(headers);
        Charset charset = cs.find() && Charset.isSupported(cs.group(1)) ? Charset.forName(cs.group(1)) : StandardCharsets.UTF_8;
        String body = part.group(2);
        byte[] decoded = headers.toLowerCase(Locale.ROOT).contains("base64") ? Base64.getMimeDecoder().decode(body)
                : headers.toLowerCase(Locale.ROOT).contains("quoted-printable") ? quotedPrintable(body)
                : body.getBytes(StandardCharsets.ISO_8859_1);
        return text(new String(decoded, charset));
    }

    private static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String t = s.replaceAll("=\\r?\\n", "");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '=' && i + 2 < t.length() && t.substring(i + 1, i + 3).matches("[0-9A-Fa-f]{2}")) {
                out.write(Integer.parseInt(t.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
