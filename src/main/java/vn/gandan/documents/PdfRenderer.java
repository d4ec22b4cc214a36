package vn.gandan.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.documents.OfficialDocument.Issuer;
import vn.gandan.documents.OfficialDocument.Signature;

/** Renders an {@link OfficialDocument} to PDF through XHTML, embedding Liberation Serif (metric-compatible with Times New Roman). */
@Component
public class PdfRenderer {

    private static final String FAMILY = "Liberation Serif";
    private static final byte[] REGULAR = font("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = font("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

    private static byte[] font(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) throw new IllegalStateException("font missing: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(OfficialDocument doc) {
        String html = html(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(() -> new java.io.ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            b.useFont(() -> new java.io.ByteArrayInputStream(ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
            b.useFont(() -> new java.io.ByteArrayInputStream(BOLD_ITALIC), FAMILY, 700, FontStyle.ITALIC, true);
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    String html(OfficialDocument d) {
        Layout l = d.layout();
        boolean party = l == Layout.PARTY;
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:").append(l.topMm).append("mm ").append(l.rightMm).append("mm ")
                .append(l.bottomMm).append("mm ").append(l.leftMm).append("mm;")
                .append("@top-center{content:counter(page);font-family:'").append(FAMILY).append("';font-size:13pt;}}")
                .append("@page:first{@top-center{content:none;}}")
                .append("body{font-family:'").append(FAMILY).append("';font-size:").append(l.bodyPt).append("pt;color:#000;}")
                .append("table.hd{width:100%;border-collapse:collapse;}table.hd td{vertical-align:top;text-align:center;padding:0;}")
                .append(".up{text-transform:none;font-size:13pt;}.b{font-weight:bold;}.i{font-style:italic;}")
                .append(".rule{height:0;font-size:0;line-height:0;border-top:0.6pt solid #000;margin:3pt auto 0 auto;}")
                .append(".kind{text-align:center;font-weight:bold;font-size:14pt;margin-top:14pt;}")
                .append(".subj{text-align:center;font-weight:bold;font-size:14pt;}")
                .append("p{margin:0 0 6pt 0;text-align:justify;line-height:1.3;text-indent:").append(party ? "10mm" : "1.27cm").append(";}")
                .append("p.h{font-weight:bold;}")
                .append("table.sig{width:100%;margin-top:12pt;border-collapse:collapse;page-break-inside:avoid;}table.sig td{vertical-align:top;padding:0;}")
                .append(".rcp{font-size:11pt;}.rcp-h{font-size:12pt;font-weight:bold;font-style:italic;}")
                .append(".fn{font-size:10pt;border-top:0.5pt solid #000;margin-top:12pt;padding-top:3pt;width:40%;}")
                .append(".fn p{font-size:10pt;text-indent:0;width:250%;}sup{font-size:8pt;}")
                .append(HtmlTables.CSS)
                .append("</style></head><body>");
        header(h, d);
        if (!d.isLetter()) {
            h.append("<div class=\"kind\">").append(esc(d.kindName())).append("</div>");
            h.append("<div class=\"subj\">").append(esc(d.subject())).append("</div>");
            h.append("<div class=\"rule\" style=\"width:30%;margin-top:6pt;margin-bottom:12pt;\"></div>");
        } else {
            h.append("<div style=\"height:12pt\"></div>");
            String greeting = null;
            if (!d.recipients().isEmpty() && d.blocks().isEmpty()) greeting = null;
        }
        int[] fn = {0};
        for (Block b : d.blocks()) {
            if (b.kind() == Block.Kind.TABLE) {
                HtmlTables.render(h, b.table());
                continue;
            }
            String css = switch (b.kind()) {
                case HEADING -> " class=\"h\"";
                default -> "";
            };
            h.append("<p").append(css).append('>').append(withFootnoteMarks(b.line())).append("</p>");
        }
        signatures(h, d);
        if (!d.footnotes().isEmpty()) {
            h.append("<div class=\"fn\">");
            int i = 1;
            for (String f : d.footnotes()) {
                h.append("<p><sup>").append(i++).append("</sup> ").append(esc(f)).append("</p>");
            }
            h.append("</div>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    /** Footnote references are written as [^n] in the text. */
    private static String withFootnoteMarks(String s) {
        return esc(s).replaceAll("\\[\\^(\\d+)]", "<sup>$1</sup>");
    }

    private void header(StringBuilder h, OfficialDocument d) {
        boolean party = d.layout() == Layout.PARTY;
        h.append("<table class=\"hd\"><tr><td style=\"width:40%\">");
        for (int k = 0; k < d.issuers().size(); k++) {
            Issuer is = d.issuers().get(k);
            if (k > 0) h.append("<div style=\"height:4pt\"></div>");
            if (is.superior() != null && !is.superior().isBlank()) {
                h.append("<div style=\"font-size:13pt\">").append(esc(is.superior().toUpperCase(java.util.Locale.ROOT))).append("</div>");
            }
            h.append("<div class=\"b\" style=\"font-size:13pt\">").append(esc(is.name().toUpperCase(java.util.Locale.ROOT))).append("</div>");
            if (party) h.append("<div>*</div>");
            else h.append("<div class=\"rule\" style=\"width:40%\"></div>");
        }
        h.append("<div style=\"margin-top:6pt;font-size:13pt\">").append(esc(d.numberLine())).append("</div>");
        if (d.isLetter()) h.append("<div style=\"font-size:12pt\">").append(esc(d.letterSubjectLine())).append("</div>");
        h.append("</td><td style=\"width:60%\">");
        if (party) {
            h.append("<div class=\"b\" style=\"font-size:15pt;text-decoration:underline;\">ĐẢNG CỘNG SẢN VIỆT NAM</div>");
            h.append("<div style=\"height:16pt\"></div>");
        } else {
            h.append("<div class=\"b\" style=\"font-size:12pt;white-space:nowrap\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>");
            h.append("<div class=\"b\" style=\"font-size:13.5pt\">Độc lập - Tự do - Hạnh phúc</div>");
            h.append("<div class=\"rule\" style=\"width:62%\"></div>");
        }
        h.append("<div class=\"i\" style=\"margin-top:8pt;font-size:13.5pt\">").append(esc(d.dateLine())).append("</div>");
        h.append("</td></tr></table>");
    }

    private void signatures(StringBuilder h, OfficialDocument d) {
        boolean party = d.layout() == Layout.PARTY;
        // joint documents: the lead issuer signs on the right (NĐ 30 Phụ lục I), so the blocks are laid out in reverse
        java.util.List<Signature> sigs = new java.util.ArrayList<>(d.signatures());
        java.util.Collections.reverse(sigs);
        int n = sigs.size();
        int w = n <= 1 ? 50 : 100 / n;
        h.append("<table class=\"sig\"><tr>");
        if (n <= 1) {
            h.append("<td rowspan=\"2\" style=\"width:50%\">");
            recipients(h, d, party);
            h.append("</td>");
        }
        for (Signature s : sigs) {
            h.append("<td style=\"text-align:center;width:").append(w).append("%\">");
            if (s.authorityLine() != null) h.append("<div class=\"b\">").append(esc(s.authorityLine())).append("</div>");
            h.append("<div class=\"b\">").append(esc(s.title())).append("</div></td>");
        }
        h.append("</tr><tr>");
        for (Signature s : sigs) {
            h.append("<td style=\"text-align:center;vertical-align:bottom;width:").append(w).append("%\">")
                    .append("<div style=\"height:64pt\"></div><div class=\"b\">").append(esc(s.name())).append("</div></td>");
        }
        h.append("</tr></table>");
        if (n > 1) {
            h.append("<div style=\"width:50%;margin-top:10pt\">");
            recipients(h, d, party);
            h.append("</div>");
        }
    }

    private void recipients(StringBuilder h, OfficialDocument d, boolean party) {
        h.append("<div class=\"rcp-h\"").append(party ? " style=\"text-decoration:underline\"" : "").append(">")
                .append(party ? "Nơi nhận:" : "Nơi nhận:").append("</div>");
        for (String r : d.recipients()) h.append("<div class=\"rcp\">- ").append(esc(r)).append("</div>");
    }
}
