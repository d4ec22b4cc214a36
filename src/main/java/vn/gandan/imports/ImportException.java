package vn.gandan.imports;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A file that cannot be imported; {@code status} is the HTTP status it maps to (413, 415, 422) and {@code key} the
 * reason's message key in {@code i18n/imports_*.properties} (the pages and the API answer it in the caller's
 * language). The exception's own message is the Vietnamese text of that key, for the command line and the log.
 */
class ImportException extends RuntimeException {

    final int status;
    final String key;

    ImportException(int status, String key) {
        super(vietnamese(key));
        this.status = status;
        this.key = key;
    }

    private static String vietnamese(String key) {
        try {
            return ResourceBundle.getBundle("i18n/imports", Locale.forLanguageTag("vi")).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
