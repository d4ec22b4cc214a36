package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Session 25: a bases block wherever it stands among a page's first paragraphs — a heading "Căn cứ:" (or "Thực hiện:") alone
 * on its paragraph, then the bases as items opened by a dash or closed by a comma or semicolon ("Thông tư số 13/2011/TT-BGDĐT
 * ngày 28/3/2011 của Bộ GD&ĐT …;"). What those items name is cited, never the page's own document, whether the block opens
 * the page ({@link NewsNamed#afterOpeningBases}) or stands below the page's headline and the document's kind line
 * ("KẾ HOẠCH / TỔ CHỨC … / Căn cứ: / Thông tư số … ; / … , / Trường … xây dựng kế hoạch … như sau:").
 */
final class BasesBlock {

    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:Căn cứ|Thực hiện)\\s*:?$");
    private static final Pattern ITEM = Pattern.compile("^[-+•*–]\\s*\\S.*|.*[,;]$");

    private BasesBlock() {
    }

    /** The paragraphs without their bases blocks; the same list when they hold none. */
    static List<String> removed(List<String> paras) {
        int at = heading(paras, 0);
        if (at < 0) {
            return paras;
        }
        List<String> out = new ArrayList<>(paras.size());
        int i = 0;
        while (at >= 0) {
            out.addAll(paras.subList(i, at));
            i = at + 1;
            while (i < paras.size() && (paras.get(i).isBlank() || ITEM.matcher(paras.get(i).strip()).matches())) {
                i++;
            }
            at = heading(paras, i);
        }
        out.addAll(paras.subList(i, paras.size()));
        return out;
    }

    /** How many of the n lines from {@code from} stand before a bases heading (n when none does). */
    static int before(List<String> lines, int from, int n) {
        for (int i = Math.max(from, 0); i < Math.min(lines.size(), Math.max(from, 0) + n); i++) {
            if (heading(lines.get(i))) {
                return i - Math.max(from, 0);
            }
        }
        return n;
    }

    /** A paragraph that is only a bases heading: "Căn cứ:", "Căn cứ", "Thực hiện:". */
    static boolean heading(String para) {
        return HEADING.matcher(para.strip()).matches();
    }

    private static int heading(List<String> paras, int from) {
        for (int i = from; i < paras.size(); i++) {
            if (heading(paras.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
