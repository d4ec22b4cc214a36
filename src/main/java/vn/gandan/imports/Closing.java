package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.Signer;
import vn.gandan.shared.Texts;

/** The closing part: the "Nơi nhận" list and the signature blocks (authority lines, title, name), one per issuer. */
final class Closing {

    private static final Pattern AUTHORITY = Pattern.compile("^(?:KT|TL|TM|TUQ|Q|T/M|K/T|T/L|TUQ)\\.?\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Closing() {
    }

    static List<String> recipients(TextLines d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.lines.size(); i++) {
            String l = d.lines.get(i);
            if (!TextLines.startsFolded(l, "noi nhan")) {
                continue;
            }
            String rest = l.replaceFirst("(?i)^Nơi nhận\\s*:?", "").strip();
            if (!rest.isEmpty()) {
                out.add(Extractor.trimEnd(rest.replaceFirst("^[-+•]\\s*", "")));
            }
            for (int j = i + 1; j < d.lines.size(); j++) {
                String x = d.lines.get(j);
                if (x.isEmpty()) {
                    continue;
                }
                if (!x.matches("^[-+•–]\\s*.*")) {
                    break;
                }
                out.add(Extractor.trimEnd(Texts.clean(x.replaceFirst("^[-+•–]\\s*", ""))));
            }
            break;
        }
        return out;
    }

    /** First line of the closing part: after the last line holding "./.", else the "Nơi nhận" line, else the end. */
    static int start(TextLines d) {
        for (int i = d.size() - 1; i >= 0; i--) {
            if (d.lines.get(i).contains("./.")) {
                return i + 1;
            }
        }
        for (int i = 0; i < d.size(); i++) {
            if (TextLines.startsFolded(d.lines.get(i), "noi nhan")) {
                return i;
            }
        }
        return d.size();
    }

    static List<Signer> signers(TextLines d) {
        List<Signer> out = new ArrayList<>();
        List<String> authority = new ArrayList<>();
        String title = null;
        for (int i = d.closingStart(); i < d.lines.size(); i++) {
            String l = d.lines.get(i);
            if (l.isEmpty() || TextLines.startsFolded(l, "noi nhan") || l.matches("^[-+•–]\\s*.*") || l.matches("^\\(.*\\)$")) {
                continue;
            }
            if (TextLines.isUpper(l)) {
                if (AUTHORITY.matcher(l).lookingAt() && title == null) {
                    authority.add(Texts.clean(l));
                } else {
                    title = Texts.clean(l);
                }
            } else if (title != null && l.matches("^(\\p{Lu}[\\p{L}]*\\s+){1,5}\\p{Lu}[\\p{L}]*$")) {
                out.add(new Signer(Texts.clean(l), title, authority.isEmpty() ? null : String.join(" ", authority)));
                title = null;
                authority = new ArrayList<>();
            }
        }
        return out;
    }
}
