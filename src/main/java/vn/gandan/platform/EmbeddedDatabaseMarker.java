package vn.gandan.platform;

/** Present as a bean when the app runs on its embedded database (demo data is loaded then). */
public final class EmbeddedDatabaseMarker {
}
