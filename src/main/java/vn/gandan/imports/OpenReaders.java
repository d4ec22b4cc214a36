package vn.gandan.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.rtf.RTFEditorKit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** OpenDocument text (.odt: content.xml read with StAX, inflation capped) and RTF (the JDK's reader) to plain text. */
final class OpenReaders {

    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OpenReaders() {
    }

    static String odt(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if ("content.xml".equals(e.getName())) {
                    return content(new ByteArrayInputStream(capped(zip, bytes.length)));
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
        }
        throw new ImportException(415, "imports.reader.notOdt");
    }

    /** The inflated entry, refused past the .docx limits (absolute size and compression ratio). */
    private static byte[] capped(InputStream in, long compressed) throws IOException {
        long limit = Math.min(OfficeReaders.MAX_ENTRY_BYTES, (long) (compressed / OfficeReaders.MIN_INFLATE_RATIO));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            out.write(buf, 0, n);
            if (out.size() > limit) {
                throw new ImportException(422, "imports.reader.zipBomb");
            }
        }
        return out.toByteArray();
    }

    private static String content(InputStream xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(xml);
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            boolean text = ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT
                    ? TEXT_NS.equals(r.getNamespaceURI()) : false;
            if (ev == XMLStreamConstants.START_ELEMENT && text) {
                switch (r.getLocalName()) {
                    case "p", "h" -> depth++;
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    case "s" -> sb.append(" ".repeat(Math.max(1, parseInt(r.getAttributeValue(TEXT_NS, "c")))));
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && text && ("p".equals(r.getLocalName()) || "h".equals(r.getLocalName()))) {
                depth--;
                sb.append('\n');
            } else if (ev == XMLStreamConstants.CHARACTERS && depth > 0) {
                sb.append(r.getText());
            }
        }
        return sb.toString();
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String rtf(byte[] bytes) {
        try {
            RTFEditorKit kit = new RTFEditorKit();
            Document doc = kit.createDefaultDocument();
            kit.read(new ByteArrayInputStream(bytes), doc, 0);
            return doc.getText(0, doc.getLength());
        } catch (IOException | BadLocationException | RuntimeException e) {
            throw new ImportException(415, "imports.reader.badRtf");
        }
    }
}
