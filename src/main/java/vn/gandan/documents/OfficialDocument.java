package vn.gandan.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An official document ready to render. Joint documents have several issuers and one signature block each.
 *
 * @param layout       layout profile
 * @param issuers      issuing bodies (first is the lead)
 * @param numberSymbol number and symbol without "Số", e.g. {@code 12/KH-PGDĐT} or {@code 05-KH/BTGDV}; null while draft
 * @param place        địa danh, e.g. "Phú Giáo"
 * @param date         date of issue; null while draft
 * @param kindName     type name in upper case, e.g. "KẾ HOẠCH"; null for a công văn
 * @param subject      trích yếu; for a công văn the text after "V/v" (state) or "về việc" (Party)
 * @param blocks       content
 * @param footnotes    footnotes, numbered from 1 in order
 * @param signatures   one per issuer, laid out side by side
 * @param recipients   nơi nhận lines without the leading dash
 */
public record OfficialDocument(Layout layout, List<Issuer> issuers, String numberSymbol, String place, LocalDate date,
                               String kindName, String subject, List<Block> blocks, List<String> footnotes,
                               List<Signature> signatures, List<String> recipients) {

    public OfficialDocument {
        issuers = List.copyOf(issuers);
        blocks = List.copyOf(blocks);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
    }

    /** An issuing body: optional superior body (cơ quan chủ quản / đảng bộ cấp trên), name, short name for the symbol. */
    public record Issuer(String superior, String name, String shortName) {}

    /**
     * A signature block.
     *
     * @param authority      "TM." / "KT." / "TL." / "TUQ." / "Q." (Party "T/M", "K/T", "T/L") or null
     * @param authorityOf    what the authority refers to, e.g. "TRƯỞNG PHÒNG", "BAN THƯỜNG VỤ"
     * @param title          signer's position, e.g. "PHÓ TRƯỞNG PHÒNG"
     * @param name           signer's name
     */
    public record Signature(String authority, String authorityOf, String title, String name) {
        public String authorityLine() {
            return authority == null || authority.isBlank() ? null : authority + " " + authorityOf;
        }
    }

    /**
     * A content block: heading ("I. MỤC ĐÍCH"), numbered paragraph ("1." …), sub-item ("a)" …), plain text, or a
     * table (e.g. the bảng phân công) rendered as a real bordered table whose header row repeats on every page.
     */
    public record Block(Kind kind, String label, String text, Table table) {
        public enum Kind { HEADING, PARAGRAPH, SUB_ITEM, TEXT, TABLE }

        public Block(Kind kind, String label, String text) {
            this(kind, label, text, null);
        }

        public static Block heading(String label, String text) { return new Block(Kind.HEADING, label, text); }
        public static Block paragraph(String label, String text) { return new Block(Kind.PARAGRAPH, label, text); }
        public static Block subItem(String label, String text) { return new Block(Kind.SUB_ITEM, label, text); }
        public static Block text(String text) { return new Block(Kind.TEXT, null, text); }

        /** A table block; its {@link #text()} is the rows as plain text (cells joined by " | "), for search and tests. */
        public static Block table(Table table) {
            return new Block(Kind.TABLE, null, table.plainText(), table);
        }

        public String line() {
            return label == null || label.isBlank() ? text : label + " " + text;
        }
    }

    /** A table: the header cells and the rows (each as long as the header; missing cells print empty). */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        }

        /** The cell of a row, empty when the row is shorter than the header. */
        public String cell(List<String> row, int column) {
            return column < row.size() ? row.get(column) : "";
        }

        String plainText() {
            StringBuilder b = new StringBuilder(String.join(" | ", header));
            rows.forEach(r -> b.append('\n').append(String.join(" | ", r)));
            return b.toString();
        }
    }

    public boolean isLetter() {
        return kindName == null || kindName.isBlank();
    }

    /** "Số: 12/KH-PGDĐT" (ND30) or "Số 05-KH/BTGDV" (Party); "Số: ..." with a gap while the number is unknown. */
    public String numberLine() {
        String sym = numberSymbol == null ? "      /" : numberSymbol;
        return layout == Layout.PARTY ? "Số " + sym : "Số: " + sym;
    }

    /** Rules F4: "Phú Giáo, ngày 05 tháng 02 năm 2026" (day below 10 and months 1–2 with a leading zero). */
    public String dateLine() {
        if (date == null) return place + ", ngày      tháng      năm        ";
        return dateLine(place, date);
    }

    public static String dateLine(String place, LocalDate date) {
        int m = date.getMonthValue();
        String month = m <= 2 ? "%02d".formatted(m) : Integer.toString(m);
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(), month, date.getYear());
    }

    /** The công văn subject line under the number: "V/v …" (state) or "về việc …" (Party). */
    public String letterSubjectLine() {
        return (layout == Layout.PARTY ? "về việc " : "V/v ") + subject;
    }

    /**
     * Rules F8: the required elements missing before issuing. Keys: issuer, number, date, place, kind, subject,
     * signature, recipients. The national/Party header is always produced by the renderers.
     */
    public List<String> missingElements() {
        List<String> missing = new ArrayList<>();
        if (issuers.isEmpty() || issuers.stream().anyMatch(i -> blank(i.name()))) missing.add("issuer");
        if (blank(numberSymbol)) missing.add("number");
        if (date == null) missing.add("date");
        if (blank(place)) missing.add("place");
        if (blank(subject)) missing.add("subject");
        if (signatures.isEmpty() || signatures.size() < issuers.size()
                || signatures.stream().anyMatch(s -> blank(s.name()) || blank(s.title()))) missing.add("signature");
        if (recipients.isEmpty()) missing.add("recipients");
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
