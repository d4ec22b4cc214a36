package vn.gandan.ops;

/**
 * One acknowledged write: its kind, the id the app returned, the marker text it carries and, for uploads,
 * the number of bytes sent. Found again after a crash by {@link CrashVerifier}.
 */
record Write(Kind kind, long id, String marker, int bytes) {

    enum Kind { PLAN, TASK_COMMENT, TASK_UPDATE, UPLOAD, REPORT }

    /** The evidence file uploaded for a marker (a PDF by its first bytes), so its size is known when found again. */
    static byte[] evidence(String marker) {
        return ("%PDF-1.4\n%" + ("Minh chứng " + marker + "\n").repeat(2000) + "%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
