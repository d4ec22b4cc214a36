package vn.gandan.imports;

/** A file that cannot be imported; {@code status} is the HTTP status it maps to (413, 415, 422). */
class ImportException extends RuntimeException {

    final int status;

    ImportException(int status, String message) {
        super(message);
        this.status = status;
    }
}
