package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last word on a title (trích yếu) whichever step found it: explicit start and end decisions from structural
 * signals that hold for every shape a title arrives in (kind line, glued kind, V/v line, headline, news sentence,
 * one-line run), and an empty title when what was found is no title at all. Session 14: the rules of the steps
 * before fit the documents they were written for; on documents never seen, their titles failed mostly at the two
 * ends — a number, date or recipient phrase of the sentence left in front ("số 17 về việc …", "số 4726/BGDĐT-GDTC gửi
 * UBND các tỉnh … về việc …"), the body run on behind ("… (Dự thảo …) Chương I …", "… năm 2018 nhằm …", "… tỉnh.
 * Ủy ban nhân dân tỉnh ban hành …") — or a kind line, number line or list taken for the title.
 */
final class TitleSignals {

    /** The decision taken on one title: what was dropped in front, where it was cut, or why it was refused. */
    record Decision(String text, List<String> startCues, String endCue, String refusal, Named named) {
    }

    /**
     * The number, symbol and date of the document as the sentence in front of its subject gave them ("số 42/KH-UBND
     * ngày 5/3/2021 về …"): what a news sentence or headline names right before the subject is the document itself.
     */
    record Named(Integer number, String symbol, Extraction.DateParts date) {
        static final Named NONE = new Named(null, null, Extraction.DateParts.BLANK);
    }

    /** Leading pieces of the sentence that names a document, before its subject (each optional, in this order). */
    private static final List<Start> STARTS = List.of(
            new Start("number", Pattern.compile("(?iu)^số\\s*:?\\s*\\d[\\p{L}\\d/.&\\-–]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\d&]*[/\\-][\\p{L}\\d/.&\\-–]*)?\\s+(?=\\S)")),
            new Start("own date", Pattern.compile("(?iu)^(?:ngày\\s+)?(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}"
                    + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}),?\\s+(?=\\S)")),
            new Start("kind word", Pattern.compile("^(?:kế hoạch|báo cáo|hướng dẫn|thông báo|chương trình|tờ trình)\\s+(?=\\p{Ll})")),
            new Start("recipients", Pattern.compile("(?iu)^gửi\\s+[^.;]{3,160}?\\s+(?=(?:về|v/v)\\s)")));

    /** Body cues inside a title: the title ends in front of them. */
    private static final List<End> ENDS = List.of(
            new End("base", Pattern.compile("\\s(?=Căn cứ\\s|Thực hiện\\s+(?:\\S+\\s+){0,3}?(?:số\\b|\\d+\\s*[/\\-])|Thực\\s+c[ôơ]ng\\s+văn\\s)")),
            new End("draft note", Pattern.compile("(?iu)\\s(?=\\(\\s*dự\\s+thảo\\b)")),
            new End("chapter or article", Pattern.compile("\\s(?=(?:Chương\\s+(?:I|1)|Điều\\s+1)\\s*[.:\\s])")),
            new End("salutation", Pattern.compile("\\s(?=Kính gửi\\b)")),
            new End("purpose clause", Pattern.compile("(?u)(?<=\\S{2}[\\p{L}\\d”\")])\\s+(?=nhằm\\s)")),
            new End("enacting authority", Pattern.compile("(?u)(?<![,–\\-]|\\b(?:CỦA|VÀ|VỀ|GIỮA|CÁC|CHO|VỚI|TẠI|THEO|TRONG|ĐẾN|THUỘC))\\.?\\s+"
                    + "(?=(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|[ỦU]Y BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\\s+\\p{Lu}[^,;()\\p{Ll}]{0,80}$)")),
            new End("sentence end", Pattern.compile("(?u)(?<=[\\p{Ll}\\d”\")]{2}[.])\\s+(?=\\p{Lu}\\p{Ll})")),
            new End("connector clause", Pattern.compile("(?u),\\s*(?=(?:theo đó|trong đó|qua đó|đồng thời|từ đó|với mục (?:đích|tiêu))[\\s,]"
                    + "|(?:yêu cầu|đề nghị|chỉ đạo)\\s+(?:các|những|mọi|toàn thể|UBND|Ủy ban|Sở|Phòng|cơ quan|đơn vị|trường|địa phương)\\b)")),
            new End("annex note", Pattern.compile("(?iu)\\s(?=\\(\\s*(?:ban hành\\s+)?kèm\\s+theo\\b)")));

    /**
     * A relayed document's directive rather than its subject: a news sentence that names a letter by what it orders
     * ("Công văn số 1520/SGDĐT-VP yêu cầu các trường …", "văn bản … chỉ đạo các sở …") gives no trích yếu — the
     * document's own subject is not in the sentence, so none is given (the corpus gold leaves those titles empty).
     */
    private static final Pattern DIRECTIVE = Pattern.compile("(?u)^(?:yêu cầu|đề nghị|chỉ đạo|cho phép|đôn đốc)\\s+(?:các|những|mọi|toàn thể"
            + "|thủ trưởng|UBND|Ủy ban|Sở|Phòng|cơ quan|đơn vị|trường|địa phương|học sinh|phụ huynh)\\b");

    private static final Pattern KIND_ONLY = Pattern.compile("(?iu)^(?:\\(?dự\\s+thảo\\)?\\s*)?(?:kế hoạch|báo cáo|quyết định|"
            + "công văn|thông báo|hướng dẫn|chỉ thị|nghị quyết|chương trình|tờ trình|quy chế|quy định|thông tư|kết luận)\\s*:?$");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)^(?:[•·*\\-–]\\s*)?số\\s*:?\\s*\\d+\\s*[\\-/ ]?\\s*\\p{Lu}{2,}.*");

    /** A body sentence taken for a title: an article, a base, a salutation, "<kind> này …" (the document speaking of itself). */
    private static final Pattern BODY_START = Pattern.compile("(?iu)^(?:Điều\\s+\\d+\\s*[.:]|Căn cứ\\b|Kính gửi\\b|(?:Pháp lệnh|Luật|Nghị định|"
            + "Thông tư|Quyết định|Kế hoạch|Quy chế|Quy định|Nghị quyết|Chỉ thị)\\s+này\\b)");

    private record Start(String cue, Pattern pattern) {
    }

    private record End(String cue, Pattern pattern) {
    }

    private TitleSignals() {
    }

    /** The title as it should be given, or null with the refusal when what was found is no title. */
    static Decision bound(String found) {
        if (found == null || found.isBlank()) {
            return new Decision(null, List.of(), null, "none found", Named.NONE);
        }
        String t = halfRepeated(found.replaceAll("\\s\\p{M}+(?=\\s|$)", "").replaceAll("\\s+", " ").strip());
        List<String> starts = new java.util.ArrayList<>();
        Named named = Named.NONE;
        for (Start s : STARTS) {
            Matcher m = s.pattern().matcher(t);
            if (m.lookingAt() && m.end() < t.length()) {
                named = TitleNamed.add(named, s.cue(), t.substring(0, m.end()));
                t = t.substring(m.end());
                starts.add(s.cue());
            }
        }
        String endCue = null;
        int cut = t.length();
        for (End e : ENDS) {
            Matcher m = e.pattern().matcher(t);
            if (m.find() && m.start() >= 12 && m.start() < cut) {
                cut = m.start();
                endCue = e.cue();
            }
        }
        t = Extractor.trimEnd(t.substring(0, cut));
        String refusal = refusal(t);
        return new Decision(refusal == null ? t : null, List.copyOf(starts), endCue, refusal, named);
    }

    /** A title given twice in a row ("A A", a headline over its own kind line) is given once. */
    private static String halfRepeated(String t) {
        int mid = t.length() / 2;
        return t.length() % 2 == 1 && t.charAt(mid) == ' ' && t.substring(0, mid).equals(t.substring(mid + 1)) ? t.substring(0, mid) : t;
    }

    /** Why {@code t} is no title: a kind line alone, a number line, a list of documents, or a page of body text. */
    static String refusal(String t) {
        if (t == null || t.isEmpty()) {
            return "empty";
        }
        if (KIND_ONLY.matcher(t).matches()) {
            return "kind line";
        }
        if (BODY_START.matcher(t).lookingAt()) {
            return "body sentence";
        }
        if (DIRECTIVE.matcher(t).lookingAt()) {
            return "directive";
        }
        if (NUMBER_LINE.matcher(t).matches()) {
            return "number line";
        }
        if (t.chars().filter(c -> c == '•').count() >= 2) {
            return "list of documents";
        }
        return t.length() > 420 ? "body text" : null;
    }
}
