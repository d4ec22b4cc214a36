package vn.gandan.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 22: the issuer decision judged, whatever step proposed it, by the grammar of a body's name ({@link NameGrammar}): each
 * issuer is cut where its name ends, an issuer that does not parse as a body's name is dropped. An empty decision says the text
 * gave no issuer it could stand by; the page's metadata may still fill it.
 * <p>
 * Session 25: where the name's last words run on in the text, the text tells where the name ends — a signer's name after the body
 * in a news item ("… Liên đoàn Lao động Thành phố Đặng Thị Phương Hoa đã ký …"), an act whose first word the candidate kept
 * ("… Ban Tiếp công dân tỉnh Thông báo …"). The superior is judged too: the motto or the Party name a flattened header ran into
 * it is cut ("PHÒNG GD&ĐT X CỘNG HÒA XÃ HỘI …"), and the first word of its unit's compound head, left on its line, goes back to
 * the unit ("ĐẢNG ỦY XÃ X TIỂU" over "BAN TUYÊN TRUYỀN" is "ĐẢNG ỦY XÃ X" over "TIỂU BAN TUYÊN TRUYỀN").
 */
final class IssuerNames {

    /** Family names a person's name opens with, as a news item writes a signer after the body ("… Đặng Thị Phương Hoa ký"). */
    private static final Pattern SURNAME = Pattern.compile("^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý"
            + "|Đinh|Trịnh|Đoàn|Lương|Mai|Cao|Lâm|Hà|Tạ|Trương|Châu|Quách|Tô|Kiều|Lưu|Thái|Triệu|Đào|Hứa|Lại|Nông|Mạc|Chử|Vương|Phùng"
            + "|Chu|Đàm|Khúc|Thân|Lò|Tăng|Tôn|Doãn|Nghiêm|Lục|Ninh|Đồng|Phí|Thạch|Giáp|Diệp|La|Âu|Văn)$");
    /** The signing verb after a person's name; bodies sign an agreement ("Tỉnh Đoàn Ninh Bình ký kết …"), so that is no person's. */
    private static final Pattern SIGNED = Pattern.compile("^(?:đã\\s+)?(?:ký|kí)(?![\\p{L}])(?!\\s+kết)");
    /** The motto or the Party's name a flattened two-column header runs into the left column's name, accents as garbled as they come. */
    private static final Pattern MOTTO = Pattern.compile("(?:^| )(?:cong hoa xa hoi|doc lap - tu do|dang cong san viet nam)(?: |$)");
    /** Two-word heads whose first word a header can leave on the superior's line ("TIỂU | BAN …", "CHI | BỘ …", "LIÊN | ĐỘI …"). */
    private static final List<String> COMPOUND_HEADS = List.of("tieu ban", "chi bo", "chi doan", "lien doi", "cong doan", "uy ban", "hoi dong");

    private IssuerNames() {
    }

    static IssuerSignals.Decision judged(IssuerSignals.Decision who) {
        return judged(who, null);
    }

    /** The decision judged by the grammar, and by the text where one is given (session 25). */
    static IssuerSignals.Decision judged(IssuerSignals.Decision who, TextLines d) {
        String parent = d == null ? who.parent() : superior(who.parent());
        List<String> issuers = who.issuers();
        if (d != null && parent != null && issuers.size() == 1) {
            String[] p = parent.split(" ");
            String first = issuers.get(0).split(" ")[0];
            if (p.length >= 3 && COMPOUND_HEADS.contains(Texts.fold(p[p.length - 1] + " " + first))
                    && NameGrammar.headed(String.join(" ", Arrays.copyOfRange(p, 0, p.length - 1)))) {
                issuers = List.of(p[p.length - 1] + " " + issuers.get(0)); // s25: "ĐẢNG ỦY XÃ X TIỂU" over "BAN TUYÊN TRUYỀN"
                parent = String.join(" ", Arrays.copyOfRange(p, 0, p.length - 1));
            }
        }
        if (issuers.isEmpty()) {
            return parent == null ? (who.parent() == null ? who : new IssuerSignals.Decision(issuers, null, who.confidence()))
                    : parent.equals(who.parent()) ? who : new IssuerSignals.Decision(issuers, parent, who.confidence());
        }
        List<String> out = new ArrayList<>(issuers.size());
        for (String issuer : issuers) {
            String name = NameGrammar.name(issuer);
            if (name != null && d != null) {
                name = runOn(name, d);
            }
            if (name != null) {
                out.add(name.equals(Texts.clean(issuer)) ? issuer : name);
            }
        }
        if (out.equals(who.issuers()) && java.util.Objects.equals(parent, who.parent())) {
            return who;
        }
        return out.isEmpty() ? new IssuerSignals.Decision(List.of(), parent, 0.1) : new IssuerSignals.Decision(out, parent, who.confidence());
    }

    /**
     * Session 25: the name cut where the text shows its last words run on into a sentence — a signer's name (a family name, three
     * or four words in Title Case, then "ký") or an act ("Thông báo"); the name itself when the text shows neither.
     */
    static String runOn(String name, TextLines d) {
        String[] w = name.split(" ");
        if (w.length < 3 || TextLines.isUpper(name) || !Character.isUpperCase(w[w.length - 1].codePointAt(0))) {
            return name;
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + "((?:[ \\t]+[^\\s,.;:()]+){1,4})").matcher(d.joined);
        while (m.find()) {
            String[] next = m.group(1).strip().split("[ \\t]+");
            for (int k = 1; k <= Math.min(4, w.length - 2); k++) {
                int at = w.length - k;
                String[] run = concat(Arrays.copyOfRange(w, at, w.length), next);
                if (NameGrammar.act(run[0] + " " + run[1])) {
                    return String.join(" ", Arrays.copyOfRange(w, 0, at));
                }
                if (SURNAME.matcher(run[0]).matches() && !(run[0] + " " + run[1]).equals("Hồ Chí") && person(run)) {
                    String cut = String.join(" ", Arrays.copyOfRange(w, 0, at));
                    return NameGrammar.headed(cut) ? cut : name;
                }
            }
        }
        return name;
    }

    /** A person's name — three or four words in Title Case — then the signing verb. */
    private static boolean person(String[] run) {
        for (int n = 1; n < run.length && n <= 4; n++) {
            if (!Character.isUpperCase(run[n].codePointAt(0)) || !run[n].equals(titled(run[n]))) {
                return n >= 3 && SIGNED.matcher(String.join(" ", Arrays.copyOfRange(run, n, run.length))).find();
            }
        }
        return false;
    }

    private static String titled(String w) {
        int first = w.offsetByCodePoints(0, 1);
        return w.substring(0, first) + w.substring(first).toLowerCase(Locale.ROOT);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Session 25: the superior without the motto or Party name run into it, nor an act glued to its end. */
    static String superior(String parent) {
        if (parent == null) {
            return null;
        }
        String clean = Texts.clean(parent);
        String folded = Texts.fold(clean);
        Matcher m = MOTTO.matcher(folded);
        if (m.find() && m.start() > 0) {
            String[] w = clean.split(" ");
            int words = folded.substring(0, m.start()).strip().split(" ").length;
            if (words >= 2 && words < w.length && folded.split(" ").length == w.length) {
                clean = String.join(" ", Arrays.copyOfRange(w, 0, words));
            }
        }
        String ended = NameGrammar.ended(clean);
        ended = ended == null ? clean : ended;
        return ended.equals(Texts.clean(parent)) ? parent : ended;
    }
}
