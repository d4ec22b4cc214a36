package vn.gandan.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile uploads: name → content (zip bomb, polyglot, wrong types, traversal names, empty, invalid UTF-8). */
final class HostileFiles {

    private HostileFiles() {
    }

    static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("bomb.docx", zipBomb());
        f.put("../../../../etc/passwd.pdf", "%PDF-1.4\n7331".getBytes(StandardCharsets.US_ASCII));
        f.put("poly.gif.html", ("GIF89a/*<script>alert(7331)</script>*/").getBytes(StandardCharsets.US_ASCII));
        f.put("empty.pdf", new byte[0]);
        f.put("invalid-utf8.txt", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, 0x37});
        f.put("fake.docx", "not a zip at all".getBytes(StandardCharsets.US_ASCII));
        f.put("fake.pdf", "<html><script>alert(7331)</script></html>".getBytes(StandardCharsets.US_ASCII));
        f.put("x".repeat(300) + ".txt", "ok".getBytes(StandardCharsets.US_ASCII));
        f.put("report.docx\u202Excod.exe", "MZ7331".getBytes(StandardCharsets.US_ASCII));
        f.put("<script>alert(7331)</script>.txt", "text".getBytes(StandardCharsets.UTF_8));
        f.put("tie\u0302\u0301ng.txt", "Tie\u0302\u0301ng Vie\u0323t".getBytes(StandardCharsets.UTF_8));
        return f;
    }

    /** A .docx-named zip whose one entry inflates to 200 MB of zeros (compressed to ~200 KB). */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
