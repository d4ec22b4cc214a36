package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 27: the subject a news item writes right after a document's number and symbol, without "về" — "Mới đây, Ban Tuyên
 * giáo Trung ương đã có Hướng dẫn 22-HD/BTGDVTW Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám." The subject opens with a
 * capitalised word followed by a small-letter one (a verb phrase, "Tuyên truyền …", "Tổ chức …"), runs without a comma, a
 * colon or a bracket, and ends the sentence. A body's name there ("… 22-HD/BTG Ban Tuyên giáo …"), a lower-case run-on
 * ("… nhằm nâng cao …"), or a clause going on past a comma is no such subject: null.
 */
final class BareSubject {

    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s+((?-i:\\p{Lu})(?-i:\\p{Ll})*\\s+(?-i:\\p{Ll})+(?:\\s+[^\\s,;:.!?()\\[\\]\"“”]+){2,30})\\s*(?:\\.(?=\\s|$)|$)");

    /** A kind word opening the words after the symbol: another document named, not a subject. */
    private static final Pattern KIND = Pattern.compile("^(?:" + KindWords.ANY + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BareSubject() {
    }

    /** The subject opening {@code rest} (the text right after a mention's symbol), or null. */
    static String after(String rest) {
        Matcher m = SUBJECT.matcher(rest);
        if (!m.find()) {
            return null;
        }
        String subject = m.group(1).strip();
        if (Issuers.UNIT_START.matcher(subject).lookingAt() || KIND.matcher(subject).lookingAt()) {
            return null;
        }
        return subject;
    }
}
