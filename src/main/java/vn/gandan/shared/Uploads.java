package vn.gandan.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Checks every stored upload goes through (report attachments, task evidence): the type is read from the content,
 * never from the name, and the name kept for downloads is a safe base name.
 */
public final class Uploads {

    /** The content type from the first bytes (PDF, PNG, JPEG, .doc, .docx, .xlsx, zip); empty for anything else. */
    public static Optional<String> sniff(byte[] d) {
        if (starts(d, 0x25, 0x50, 0x44, 0x46)) return Optional.of("application/pdf");
        if (starts(d, 0x89, 0x50, 0x4E, 0x47)) return Optional.of("image/png");
        if (starts(d, 0xFF, 0xD8, 0xFF)) return Optional.of("image/jpeg");
        if (starts(d, 0xD0, 0xCF, 0x11, 0xE0)) return Optional.of("application/msword");
        if (starts(d, 0x50, 0x4B, 0x03, 0x04)) {
            String head = new String(d, 0, Math.min(d.length, 4096), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            if (head.contains("xl/")) return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return Optional.of("application/zip");
        }
        return Optional.empty();
    }

    /** Base name only, no control or path characters, NFC, at most 150 characters; {@code fallback} when nothing is left. */
    public static String safeName(String original, String fallback) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) name = fallback;
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private static boolean starts(byte[] d, int... magic) {
        if (d.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }

    private Uploads() {}
}
