package vn.gandan.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Web pages (.html, .htm) and saved pages (.mht, MIME "multipart/related") as text: one line per block element, table
 * cells separated by a tab (so a two-column header stays two columns), scripts and styles dropped.
 */
final class HtmlReaders {

    private static final Pattern CHARSET = Pattern.compile("charset=[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlReaders() {
    }

    static boolean isHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.startsWith("<meta")
                || fragment(new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
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
        Charset cs = m.find() && Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        return text(new String(bytes, cs));
    }

    static String text(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("script, style, noscript, head").remove();
        doc.select("br").after("\n");
        doc.select("td, th").after("\t");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, table, section, article").before("\n").after("\n");
        return doc.body() == null ? "" : doc.body().wholeText().replace('\u00a0', ' ');
    }

    /** The first text/html part of a saved page (quoted-printable or base64, in its charset). */
    static String mht(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher part = Pattern.compile("(?is)Content-Type:\\s*text/html[^\\n]*\\n(.*?)\\r?\\n\\r?\\n(.*?)(?=\\r?\\n--|\\z)").matcher(all);
        if (!part.find()) {
            throw new ImportException(422, "Tệp .mht không có trang HTML");
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
