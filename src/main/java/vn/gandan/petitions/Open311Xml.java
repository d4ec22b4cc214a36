package vn.gandan.petitions;

import java.util.List;
import java.util.Map;

/**
 * GeoReport v2 XML: a root element holding one child per item, each field an element; lists inside an item
 * (formats, attributes, values) are wrapped the way the specification's examples show.
 */
final class Open311Xml {

    private Open311Xml() {
    }

    static String list(String root, String item, List<Map<String, Object>> items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        items.forEach(m -> element(sb, item, m));
        return sb.append("</").append(root).append(">\n").toString();
    }

    static String single(String root, Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        element(sb, root, m);
        return sb.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static void element(StringBuilder sb, String name, Object value) {
        sb.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> element(sb, k, v));
        } else if (value instanceof List<?> l) {
            String child = name.endsWith("s") ? name.substring(0, name.length() - 1) : "item";
            l.forEach(v -> element(sb, child, v));
        } else if (value != null) {
            sb.append(escape(String.valueOf(value)));
        }
        sb.append("</").append(name).append('>');
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
