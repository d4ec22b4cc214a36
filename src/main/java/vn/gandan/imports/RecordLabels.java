package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.shared.Texts;

/**
 * Session 25: the general grammar of a document RECORD — a portal's or a library's metadata flattened to {@code |} rows, in
 * any order and with any label wording: {@code Số hiệu | 1749 | Cơ quan ban hành}, {@code Tiêu đề văn bản | Quyết định về
 * việc …}. A label is a short phrase (at most six words, no digit, opening with a capital) standing before a {@code |} or a
 * colon; the field it names is decided by its words, not by a list of labels: số / ký hiệu → number, ngày + ban hành / ký →
 * date, cơ quan / đơn vị + ban hành → issuer, trích yếu / tiêu đề / tên văn bản / về việc → title, loại / hình thức → kind;
 * a label of dates or counts the document does not carry (hiệu lực, công báo, cập nhật, số lượt …) names none of them. It is
 * used only where the extractor abstains or returns debris: a value that ran on into the record's next label row is cut
 * where that label starts ({@link #cutAtLabel}); a number label whose cell holds a bare number gives the number
 * ({@link #bareNumber}). A label is never taken as a value.
 */
final class RecordLabels {

    /** The field a label names. */
    enum Field { NUMBER, DATE, ISSUER, TITLE, KIND, OTHER }

    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_THE_DOCUMENTS = Pattern.compile(" (?:hieu luc|cong bao|cap nhat|dang|het|luot|trang|dien thoai) ");
    private static final Pattern NUMBER_WORDS = Pattern.compile(" (?:so(?: (?:ky|ki))? hieu|(?:ky|ki) hieu|so)(?: van ban)? ");
    private static final Pattern LABEL_SHAPE = Pattern.compile("(?u)^\\p{Lu}[\\p{L}/ ]*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(?:[Ss]ố\\s*:?\\s*)?(\\d{1,6})$");

    private static final Pattern NUMBER_VALUE = Pattern.compile("(?u)^(?:[Ss]ố\\s*:?\\s*)?(\\d{1,6})\\s*[/-]\\s*([\\p{L}\\d][\\p{L}\\d&.\\-/]*\\p{L}[\\p{L}\\d&]*)$");
    private static final Pattern DATE_VALUE = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})$");

    /** A title cell's opening kind word, its number and its date ("Kế hoạch số 12/KH-UBND ngày 3/4/2020 về việc …"). */
    private static final Pattern KIND_OPENING = Pattern.compile("(?iu)^(?:" + MetadataKeys.kindWords() + ")(?:\\s+khẩn)?(?:\\s+(?:số\\s*)?\\d{1,6}\\s*[/-]\\s*\\S+)?"
            + "(?:\\s+ngày\\s+\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})?\\s+(?=\\S)");

    /** What a record's rows say of the document; any part may be null. */
    record Record(Integer number, String symbol, DateParts date, String title) {
        static final Record NONE = new Record(null, null, null, null);
    }

    private RecordLabels() {
    }

    /**
     * The record among the first 200 lines: a block of two {@code |} rows or more in a row, each opening with a label
     * ({@code Số hiệu | 1066/KH-SGDĐT | Cơ quan ban hành | …} / {@code Phạm vi | Chọn | Ngày ban hành | 21/04/2020}); each
     * label naming a field takes the cell after it when that cell is no label and has the field's shape (a number with its
     * symbol, a day/month/year date, a subject of ten characters or more with a space, without the kind word, number and date it may open with). Two records naming different values of
     * a field give none of it. A list table's rows open with a number, not a label: they are no record.
     */
    static Record read(List<String> lines) {
        int limit = Math.min(lines.size(), 200);
        List<String[]> rows = new ArrayList<>();
        String[] number = null;
        DateParts date = null;
        String title = null;
        boolean conflict = false;
        for (int i = 0; i <= limit; i++) {
            String[] cells = i < limit ? cells(lines.get(i)) : null;
            if (cells != null && cells.length >= 2 && fieldOf(cells[0]) != null) {
                rows.add(cells);
                continue;
            }
            if (rows.size() >= 2) {
                for (String[] row : rows) {
                    for (int k = 0; k + 1 < row.length; k++) {
                        Field field = fieldOf(row[k]);
                        String value = row[k + 1];
                        if (field == null || field == Field.OTHER || value.isEmpty() || fieldOf(value) != null) {
                            continue;
                        }
                        Matcher m;
                        if (field == Field.NUMBER && (m = NUMBER_VALUE.matcher(value)).matches()) {
                            String[] n = {m.group(1), m.group(2)};
                            conflict |= number != null && !(number[0].equals(n[0]) && PageMetadata.key(number[1]).equals(PageMetadata.key(n[1])));
                            number = n;
                        } else if (field == Field.DATE && (m = DATE_VALUE.matcher(value)).matches()) {
                            DateParts d = new DateParts(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)));
                            conflict |= date != null && !date.equals(d) || d.day() > 31 || d.month() > 12;
                            date = d;
                        } else if (field == Field.TITLE && value.length() >= 10 && value.indexOf(' ') > 0) {
                            String subject = KIND_OPENING.matcher(value).replaceFirst("");
                            conflict |= title != null && !title.equals(subject);
                            title = subject.length() >= 10 ? subject : value;
                        }
                    }
                }
            }
            rows.clear();
        }
        if (conflict) {
            return Record.NONE;
        }
        return new Record(number == null ? null : Integer.valueOf(number[0]), number == null ? null : number[1], date, title);
    }

    private static String[] cells(String line) {
        String l = line.replace('\u00a0', ' ').strip();
        if (l.indexOf('|') < 0) {
            return null;
        }
        String[] c = l.replaceFirst("^\\|\\s*", "").split("\\s*\\|\\s*", -1);
        for (int k = 0; k < c.length; k++) {
            c[k] = Texts.clean(c[k]).strip();
        }
        return c;
    }

    /**
     * The field a label names by its words, or null when the phrase has not a label's shape (more than six words, a digit,
     * punctuation, or no capital to open it).
     */
    static Field fieldOf(String label) {
        String l = label.strip();
        if (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        if (!LABEL_SHAPE.matcher(l).matches() || l.split("\\s+").length > 6) {
            return null;
        }
        String f = " " + WORDS.matcher(Texts.fold(l)).replaceAll(" ").strip() + " ";
        if (NOT_THE_DOCUMENTS.matcher(f).find()) {
            return Field.OTHER;
        }
        if (NUMBER_WORDS.matcher(f).matches()) {
            return Field.NUMBER;
        }
        if (f.startsWith(" ngay ") && f.matches(".* (?:ban hanh|bh|ky|ki|van ban|phat hanh) .*")) {
            return Field.DATE;
        }
        if (f.matches(" (?:co quan|don vi|noi) .*") && f.matches(".* (?:ban hanh|bh|phat hanh) .*")) {
            return Field.ISSUER;
        }
        if (f.matches(" (?:trich yeu|tieu de|ten van ban|ve viec) .*")) {
            return Field.TITLE;
        }
        if (f.matches(" (?:loai|hinh thuc|the loai)(?: van ban| tai lieu)? ")) {
            return Field.KIND;
        }
        return Field.OTHER;
    }

    /** Whether a phrase is a label naming one of the document's own fields (number, date, issuer, title, kind). */
    static boolean namesAField(String phrase) {
        Field f = fieldOf(phrase);
        return f != null && f != Field.OTHER;
    }

    /**
     * A value that ran on into the record's rows ({@code về việc … năm 2019 Tiêu đề văn bản | Quyết định …}) cut where the
     * first label naming a field starts: the last words before a {@code |} that open with a capital and form such a label.
     * A value without a {@code |}, or whose words before the first {@code |} end in no such label, is returned unchanged.
     */
    static String cutAtLabel(String value) {
        if (value == null) {
            return null;
        }
        int bar = value.indexOf('|');
        if (bar < 0) {
            return value;
        }
        String before = value.substring(0, bar).stripTrailing();
        int best = -1;
        for (int i = before.length() - 1; i > 0; i--) {
            if (before.charAt(i - 1) == ' ' && Character.isUpperCase(before.charAt(i))) {
                String phrase = before.substring(i);
                if (fieldOf(phrase) == null) {
                    break;
                }
                if (namesAField(phrase)) {
                    best = i;
                }
            }
        }
        if (best < 0) {
            return value;
        }
        String head = before.substring(0, best).strip();
        return head.length() >= 10 ? head : value;
    }

    /**
     * The number a record's number label holds alone in its cell ({@code Số hiệu | 1749 | Cơ quan ban hành}), or null: only
     * when one line among the first eighty has it (a list of several documents names none), and never a label as the value.
     */
    static Integer bareNumber(List<String> lines) {
        Integer found = null;
        for (int i = 0; i < Math.min(lines.size(), 80); i++) {
            String[] cells = lines.get(i).replace('\u00a0', ' ').split("\\s*\\|\\s*");
            for (int k = 0; k + 1 < cells.length; k++) {
                if (fieldOf(cells[k]) != Field.NUMBER) {
                    continue;
                }
                Matcher m = BARE_NUMBER.matcher(cells[k + 1].strip());
                if (m.matches()) {
                    Integer n = Integer.valueOf(m.group(1));
                    if (found != null && !found.equals(n)) {
                        return null;
                    }
                    found = n;
                }
            }
        }
        return found;
    }
}
