package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 18: a portal's or library's metadata row that names the document's subject ("Tiêu đề văn bản | Quyết định ban hành
 * Nội quy … | ||", "Trích yếu: Về việc …"): the page's own word on the title, read where no kind line and title stand in a
 * header. The kind word the row opens with, and "khẩn" / "hỏa tốc" after it, are no part of the subject ("Công văn Khẩn về
 * việc …" gives "về việc …"); {@link TitleSignals} then drops a number and date in front as for any title.
 */
final class TitleRows {

    private static final Pattern ROW = Pattern.compile("(?iu)^(?:Tiêu đề văn bản|Tiêu đề|Trích yếu(?: nội dung)?|Tên văn bản)\\s*(?:\\||:)\\s*([^|]{10,400}?)\\s*(?:\\|.*)?$");
    private static final Pattern KIND = Pattern.compile("(?u)^(?:" + KindWords.ANY_OR_TEXT + ")(?:\\s+(?:[Kk]hẩn|[Hh]ỏa tốc|[Hh]oả tốc))?\\s+(?=\\p{Ll})");

    private TitleRows() {
    }

    private static final Pattern VV = Pattern.compile("(?iu)^V/v\\s+\\S.*");
    private static final Pattern VV_END = Pattern.compile("(?iu)^(?:Kính g[ửở]i|Căn cứ|Xét|Thực hiện|Số\\s*:|Nơi nhận)\\b.*");

    /**
     * Session 18: a page without header whose letter keeps its "V/v …" subject on lines of its own (a portal's "Nội dung:" block):
     * the V/v line among the first lines, over the lines that go on below it, up to a blank line or the salutation or bases.
     */
    static String vv(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            if (VV.matcher(lines.get(i).strip()).matches()) {
                StringBuilder sb = new StringBuilder(lines.get(i).strip());
                for (int j = i + 1; j < Math.min(lines.size(), i + 4) && !lines.get(j).isBlank() && !VV_END.matcher(lines.get(j).strip()).matches(); j++) {
                    sb.append(' ').append(lines.get(j).strip());
                }
                return sb.length() <= 300 ? sb.toString() : null;
            }
        }
        return null;
    }

    /** The subject a metadata row among the first lines gives, or null. */
    static String of(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            Matcher m = ROW.matcher(lines.get(i).strip());
            if (m.matches()) {
                return KIND.matcher(m.group(1).strip()).replaceFirst("");
            }
        }
        return null;
    }
}
