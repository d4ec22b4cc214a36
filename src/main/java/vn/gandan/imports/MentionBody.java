package vn.gandan.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 26: where the body a document mention names after "của" ends and its subject starts, when the subject is not opened
 * by "về" — "Quy định số 11-QĐ/TW ngày … của Bộ Chính trị quy định về trách nhiệm …" (the kind echoed as a verb: the subject is
 * the "về …" phrase), "Kế hoạch số 59/KH-MTTQ ngày … của Ủy ban MTTQ huyện X giám sát việc thực hiện pháp luật về …" (a verb
 * phrase in small letters: the subject opens with it). The body is what parses as a body's name ({@link NameGrammar}: it ends
 * where the grammar ends) and names itself (a capital after its head word: "Ban chỉ đạo" of a task list names no one); words in
 * small letters after it are the subject's; anything else (a capital word, a sentence) leaves the body unread.
 */
final class MentionBody {

    /** The mention's body (null when it does not parse whole) and the subject's words in front of its "về" (empty when none). */
    record Split(String body, String subjectLead) {
    }

    /** Words in small letters: the subject going on after the body's name. */
    private static final Pattern SMALL = Pattern.compile("^(?-i:\\p{Ll}).*");
    /** A locality closing a body's name ("… thành phố Thủ Đức"). */
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])" + IssuerShapes.LEVEL + "(?:\\s+(?-i:\\p{Lu})[\\p{L}\\d]*)+$");
    private static final Pattern ANY_LEVEL = Pattern.compile("(?<![\\p{L}])" + IssuerShapes.LEVEL + "(?![\\p{L}])|(?-i:\\p{Lu}{2,})");

    private MentionBody() {
    }

    /** {@code of}: the words after "của" up to the "về" or the stop; {@code kindWord}: the mention's kind word, small letters. */
    static Split split(String of, String kindWord) {
        String t = Texts.clean(of);
        String kind = kindWord.split("\\s+")[0] + (kindWord.contains(" ") ? " " + kindWord.split("\\s+")[1] : "");
        if (t.toLowerCase(Locale.ROOT).endsWith(" " + kind.toLowerCase(Locale.ROOT))) {
            t = t.substring(0, t.length() - kind.length() - 1).strip(); // "… của Bộ Chính trị quy định về …": the kind echoed as the verb
        }
        String name = NameGrammar.name(t);
        if (name == null || !t.startsWith(name) || !proper(name) || acts(name)) {
            return new Split(null, "");
        }
        String rest = t.substring(name.length()).strip();
        if (rest.isEmpty()) {
            return new Split(name, "");
        }
        if (!SMALL.matcher(rest).matches()) {
            return new Split(null, ""); // a capital after the name: a sentence or another name, not read
        }
        return new Split(name, rest);
    }

    /**
     * Joint bodies sharing the locality the last one ends with ("của Liên đoàn Lao động và Phòng Giáo dục thành phố X": both of
     * "thành phố X"): a body before it that names no level of its own (and no abbreviation that may hold one) takes it.
     */
    static List<String> sharedPlace(List<String> bodies) {
        if (bodies.size() < 2) {
            return bodies;
        }
        java.util.regex.Matcher place = PLACE.matcher(bodies.get(bodies.size() - 1));
        if (!place.find()) {
            return bodies;
        }
        String shared = place.group();
        return bodies.stream().map(b -> b == bodies.get(bodies.size() - 1) || ANY_LEVEL.matcher(b).find() ? b : b + " " + shared).toList();
    }

    /** A name holding an act ("Sở … Ban hành Kế hoạch …", "… Kính gửi …"): a sentence written in capitals, no body's name. */
    private static boolean acts(String name) {
        String[] w = name.split("\\s+");
        for (int i = 1; i < w.length; i++) {
            if (NameGrammar.act(w[i]) || i + 1 < w.length && NameGrammar.act(w[i] + " " + w[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** A body's own name: a capital after its head word, or written in capitals ("Bộ Chính trị", "UBND tỉnh", "BCH Đảng bộ tỉnh"). */
    static boolean proper(String name) {
        int space = name.indexOf(' ');
        return space > 0 && name.substring(space + 1).matches("(?s).*(?<![\\p{L}])\\p{Lu}.*")
                || name.split("\\s+")[0].matches("\\p{Lu}{2,}.*");
    }
}
