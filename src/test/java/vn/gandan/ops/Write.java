package vn.gandan.ops;

/**
 * One acknowledged write: its kind, the id the app returned, the marker text it carries and, for uploads,
 * the number of bytes sent. Found again after a crash by {@link CrashVerifier}.
 */
record Write(Kind kind, long id, String marker, int bytes) {

    enum Kind { PLAN, TASK_COMMENT, TASK_UPDATE, UPLOAD, REPORT }
}
