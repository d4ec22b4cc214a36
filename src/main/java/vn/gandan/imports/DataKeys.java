package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 24: a site's data file printed with the page — JSON or YAML front matter whose keys are the vocabulary's labels
 * written without accents in snake case ({@code "co_quan_ban_hanh": "UBND huyện Đắk Song",}, {@code so_hieu: 02/PA-UBND}):
 * such a line is read as the label it spells ("Cơ quan ban hành: UBND huyện Đắk Song"), so {@link MetadataRows} reads it
 * like any site's row. A key that spells no label of {@link MetadataKeys} ("slug", "layout", "title") leaves the line as it is.
 */
final class DataKeys {

    /** A snake-case key (two words at least), quoted or not, a colon, the value, quoted or not, a trailing comma. */
    private static final Pattern ROW = Pattern.compile("^\\s*\"?([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)\"?\\s*:\\s*(.*?)\\s*,?\\s*$");

    private DataKeys() {
    }

    /** The line with its data key written as the label it spells; else the line unchanged. */
    static String labelled(String line) {
        if (line.indexOf(':') < 0 || line.indexOf('_') < 0 && line.indexOf('-') < 0) {
            return line;
        }
        Matcher m = ROW.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String label = MetadataKeys.labelOfFolded(m.group(1).replace('_', ' ').replace('-', ' '));
        if (label == null) {
            return line;
        }
        String value = m.group(2);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return label + ": " + value.strip();
    }
}
