package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 24: a standing board heading its organisation's header — the Front's and the mass organisations' three-line
 * header ("ỦY BAN MTTQ VIỆT NAM" / "XÃ LƯƠNG MINH" / "BAN THƯỜNG TRỰC"), a Party committee's or a union's ("HỘI LIÊN HIỆP
 * PHỤ NỮ TỈNH …" / "BAN THƯỜNG VỤ"). The issuer is the board, named with its organisation as the document itself names it:
 * <ol>
 * <li>the enacting line, the board and its organisation alone on a line ("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ …");</li>
 * <li>else the board acting on the document ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn …"), its
 * organisation written with its place or with its level word alone (convention 9: as the text writes it, the fullest
 * form it writes — a mention with its words spelled out before an abbreviated one);</li>
 * <li>else nothing: the header's bare board stands (a board the text never names whole is not completed from the header).</li>
 * </ol>
 * The level word must be the organisation's own: "Ban Thường trực Ủy ban MTTQ tỉnh …" in the bases of a commune's
 * document is its superior's board, not the issuer.
 */
final class BoardNames {

    /** A standing board written alone, the whole header line (folded). */
    private static final Pattern BARE = Pattern.compile("(?:ban thuong truc|ban thuong vu|ban chap hanh|thuong truc)");
    /** The level words of a locality, canonical words (folded). */
    private static final List<List<String>> LEVELS = List.of(List.of("thanh", "pho"), List.of("thi", "xa"), List.of("thi", "tran"),
            List.of("tinh"), List.of("huyen"), List.of("quan"), List.of("xa"), List.of("phuong"));

    private BoardNames() {
    }

    /** Whether a header line is a standing board alone. */
    static boolean bare(String line) {
        return line != null && BARE.matcher(Texts.fold(Texts.clean(line))).matches();
    }

    /**
     * The decision with the header's bare board named with its organisation, when the header's last unit line is a bare board
     * under its organisation and the issuer chosen so far is that board (alone or with some words run on); else as it was.
     */
    static IssuerSignals.Decision named(IssuerSignals.Decision who, List<String> units, TextLines d) {
        if (units.size() < 2 || who.issuers().size() != 1 || who.parent() == null) {
            return who;
        }
        String board = Texts.clean(units.get(units.size() - 1));
        if (!bare(board) || !Texts.fold(who.issuers().get(0)).startsWith(Texts.fold(board))) {
            return who;
        }
        String named = of(board, who.parent(), new FullestForm.Text(d));
        return named == null ? who : new IssuerSignals.Decision(List.of(named), who.parent(), who.confidence());
    }

    /** The board named with its organisation as the text writes it (enacting line, else acting), or null. */
    static String of(String board, String organisation, FullestForm.Text t) {
        List<FullestForm.Word> boardWords = FullestForm.canonical(board);
        List<FullestForm.Word> org = FullestForm.canonical(organisation);
        List<FullestForm.Word> whole = join(boardWords, org);
        for (int[] at : FullestForm.find(whole, t.words)) {
            if (aloneOnItsLine(at, t)) {
                return written(at, t);
            }
        }
        int level = levelEnd(org);
        List<FullestForm.Word> placeless = level < 0 ? null : join(boardWords, org.subList(0, level));
        String first = null;
        for (List<FullestForm.Word> name : placeless == null ? List.of(whole) : List.of(whole, placeless)) {
            for (int[] at : FullestForm.find(name, t.words)) {
                FullestForm.Word last = t.words.get(at[1]);
                String rest = t.folded.substring(last.end(), Math.min(t.folded.length(), last.end() + 60)).replace('\n', ' ');
                if (!FullestForm.ACTS.matcher(rest).lookingAt()) {
                    continue;
                }
                if (spelled(at, t)) {
                    return written(at, t);
                }
                first = first == null ? written(at, t) : first;
            }
        }
        return first;
    }

    private static List<FullestForm.Word> join(List<FullestForm.Word> a, List<FullestForm.Word> b) {
        List<FullestForm.Word> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The index just past the organisation's level word ("… Việt Nam xã" of "… Việt Nam xã Lương Minh"), or -1. */
    private static int levelEnd(List<FullestForm.Word> org) {
        for (int i = 1; i < org.size(); i++) {
            for (List<String> level : LEVELS) {
                int n = level.size();
                if (i + n < org.size() && matches(org, i, level)) {
                    return i + n;
                }
            }
        }
        return -1;
    }

    private static boolean matches(List<FullestForm.Word> words, int from, List<String> level) {
        for (int k = 0; k < level.size(); k++) {
            if (!words.get(from + k).w().equals(level.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean aloneOnItsLine(int[] at, FullestForm.Text t) {
        int start = t.words.get(at[0]).start();
        int end = t.words.get(at[1]).end();
        int lineStart = t.text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = t.text.indexOf('\n', end);
        return t.text.substring(lineStart, start).isBlank()
                && t.text.substring(end, lineEnd < 0 ? t.text.length() : lineEnd).replaceAll("[\\s.:;,]", "").isEmpty();
    }

    private static boolean spelled(int[] at, FullestForm.Text t) {
        for (int k = at[0]; k <= at[1]; k++) {
            if (t.words.get(k).abbreviated()) {
                return false;
            }
        }
        return true;
    }

    private static String written(int[] at, FullestForm.Text t) {
        return Texts.clean(t.text.substring(t.words.get(at[0]).start(), t.words.get(at[1]).end()));
    }
}
