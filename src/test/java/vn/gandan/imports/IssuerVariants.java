package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Session 20 (issue 13): more copy shapes of a HEADER BLOCK that keep every header field's gold true, for the issuer column
 * ({@link CorpusVariants} has the first fifteen): the header's cells run onto one line with single spaces (a PDF text layer
 * without gaps), the left column's unit lines joined onto one line, the motto and slogan left out (a portal that drops them),
 * and a portal's metadata rows above the document ("Số kí hiệu …", "Cơ quan ban hành …", "Người ký …") with its headline twice.
 * Only TUNING parts are accepted (as in {@link CorpusVariants}).
 * <p>{@code java … IssuerVariants [-v] [variant=a,b] [part …]}
 */
final class IssuerVariants {

    private IssuerVariants() {
    }

    static List<CorpusVariants.Variant> variants() {
        List<CorpusVariants.Variant> v = new ArrayList<>();
        v.add(new CorpusVariants.Variant("glued-line", t -> relaid(t, 0)));
        v.add(new CorpusVariants.Variant("units-joined", t -> relaid(t, 1)));
        v.add(new CorpusVariants.Variant("no-motto", t -> relaid(t, 2)));
        v.add(new CorpusVariants.Variant("metadata-above", IssuerVariants::metadata));
        return v;
    }

    /**
     * The header region re-laid: 0 every cell in reading order joined by one space (units, motto, slogan, number, place and
     * date); 1 the left column's units joined by one space on one line, then the other cells one per line; 2 the motto and
     * slogan cells left out, the other cells one per line.
     */
    static String relaid(String t, int how) {
        List<String> l = CorpusVariants.lines(t);
        CorpusVariants.Region r = CorpusVariants.region(l);
        if (r == null) {
            return t;
        }
        List<String> units = new ArrayList<>();
        List<String> motto = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = r.from(); i <= r.to(); i++) {
            for (String c : CorpusVariants.cells(l.get(i))) {
                all.add(c);
                if (CorpusVariants.mottoCell(c)) {
                    motto.add(c);
                } else if (CorpusVariants.numberCell(c) || CorpusVariants.dateCell(c)) {
                    rest.add(c);
                } else {
                    units.add(c);
                }
            }
        }
        if (units.isEmpty()) {
            return t;
        }
        List<String> rows = new ArrayList<>();
        switch (how) {
            case 0 -> rows.add(String.join(" ", all));
            case 1 -> {
                rows.add(String.join(" ", units));
                rows.addAll(motto);
                rows.addAll(rest);
            }
            default -> {
                rows.addAll(units);
                rows.addAll(rest);
            }
        }
        List<String> out = new ArrayList<>(l.subList(0, r.from()));
        out.addAll(rows);
        out.addAll(l.subList(r.to() + 1, l.size()));
        return String.join("\n", out);
    }

    /** A portal's document page: the headline (the first kind line and the line after it) twice, then metadata rows. */
    static String metadata(String t) {
        List<String> l = CorpusVariants.lines(t);
        CorpusVariants.Region r = CorpusVariants.region(l);
        int kind = CorpusVariants.kindLine(l);
        if (r == null || kind < 0) {
            return t;
        }
        String number = null;
        for (int i = r.from(); i <= r.to() && number == null; i++) {
            for (String c : CorpusVariants.cells(l.get(i))) {
                number = number == null && CorpusVariants.numberCell(c) ? c : number;
            }
        }
        String title = "";
        for (int i = kind + 1; i < Math.min(l.size(), kind + 4) && title.isEmpty(); i++) {
            title = l.get(i).strip();
        }
        String head = l.get(kind).strip() + " " + title;
        head = head.substring(0, 1) + head.substring(1).toLowerCase(java.util.Locale.forLanguageTag("vi"));
        String meta = head + "\n\n" + head + "\n\n" + (number == null ? "" : "Số kí hiệu " + number + "\n")
                + "Thể loại Văn bản\nLĩnh vực Văn bản chỉ đạo điều hành\nCơ quan ban hành Khác\nNgười ký Nguyễn Văn An\n\nNội dung\n\n";
        return meta + t;
    }

    public static void main(String[] args) throws Exception {
        CorpusVariants.run(args, variants(), "issuer-variants");
    }
}
