package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 26: the last judge of the two free-text header fields, applied to the values the pipeline chose, whichever step
 * proposed them (the header, a headline, a news lead, the page's metadata, a record's rows). It only cuts debris off a value; it
 * never adds a word, never replaces a value with another and never empties a field.
 * <p>
 * <b>An issuer</b> is an organisation's noun phrase: an organ's head word, its qualifiers and its place ({@link NameGrammar}). The
 * name ends before a verb, a clause or a person's name, so each final issuer is read again by {@link NameGrammar#name} and, in
 * running text, {@link IssuerNames#runOn} — "Ủy ban MTTQ VN huyện X giám sát việc …" is "Ủy ban MTTQ VN huyện X", "Ban Tuyên
 * giáo Tỉnh ủy phối hợp" is "Ban Tuyên giáo Tỉnh ủy" ({@link NameGrammar#ended}). The cut is kept only when what is left is a
 * leading run of the value's own words that still opens with a head; a value the grammar cannot read stays as it is.
 * <p>
 * <b>A title</b> is the trích yếu span. A page's chrome is no part of it: a link's call to action glued before or after it ("Tải
 * về Tổ chức Cuộc thi …", "… Xem thêm"); a running-text identity before the subject ("của Tỉnh ủy X về việc …" is "về việc …":
 * the body is the issuer's field, the subject starts at "về"); the document's own kind word at its start when the title goes on
 * after it ("Quy chế làm việc …" of a QUY_CHE is "làm việc …"; another kind's word, an annex's "Quy định về …" of a resolution,
 * stays).
 */
final class FinalTrim {

    /** A link's call to action a page glues before the headline. */
    private static final Pattern CHROME_BEFORE = Pattern.compile("(?iu)^(?:tải về|tải xuống|download|xem thêm|xem chi tiết)\\s*[:\\-–|»]?\\s+(?=\\S)");
    /** A link's call to action a page glues after the headline ("… Xem thêm", "… TẢI VỀ", a download button's "TẢI"). */
    private static final Pattern CHROME_AFTER = Pattern.compile("(?u)\\s*[|»]?\\s+(?:(?i:tải về|tải xuống|download|xem thêm|xem chi tiết)|TẢI)\\s*[.…»]*$");
    /** "của" opening a running-text title, the body it names, then the subject's "về". */
    private static final Pattern OF_BODY = Pattern.compile("(?u)^của\\s+(.+?)\\s+(về\\s+\\S.*)$");

    private FinalTrim() {
    }

    /**
     * The issuers with the words run on after each name cut, and without a body the text names only as the first issuer's
     * partner in carrying the work out ("Trường X phối hợp với Ban đại diện cha mẹ HS xây dựng kế hoạch …": the school
     * issues, the board takes part) unless the document says it is joint — a title or a symbol of working together ("phối
     * hợp", "liên tịch", "giữa", a symbol's "…PH" / "…LT" kind or two bodies' parts).
     */
    static List<String> issuers(List<String> issuers, TextLines d, String title, String symbol) {
        if (issuers == null || issuers.isEmpty()) {
            return issuers;
        }
        List<String> out = new ArrayList<>(issuers.size());
        for (String issuer : issuers) {
            out.add(trimmedName(issuer, d));
        }
        if (out.size() == 2 && d != null && !joint(title, symbol) && partnerOnly(out.get(0), out.get(1), d)) {
            out = List.of(out.get(0));
        }
        return out.equals(issuers) ? issuers : List.copyOf(out);
    }

    /** Words of a title that say the document is two bodies' work. */
    private static final Pattern JOINT_TITLE = Pattern.compile("(?iu)phối hợp|liên tịch|liên ngành|giữa|ký kết|chung");
    /**
     * A symbol's kind letters of a joint document ("KHPH", "CTPH", "NQLT", "KHLT") or two bodies' parts: a Party symbol's organ
     * part with a dash ("79-CTr/BDVTW-BCSĐCP"), a state symbol with two organs after its kind ("01/KHLT-UBND-LĐLĐ"); a state
     * symbol's single kind-organ pair ("123/KH-UBND") is no joint one.
     */
    private static final Pattern JOINT_SYMBOL = Pattern.compile("(?iu)^(?:\\d+[-/])?\\p{L}*(?:PH|LT)\\b"
            + "|^\\d+-\\p{L}+/\\p{L}[\\p{L}&.]*-\\p{L}|/\\p{L}[^/\\s-]*-[^/\\s-]+-\\p{L}");
    /** The first issuer, then the verb of acting with a partner, then the second issuer's first words. */
    private static final String WITH = "\\s+(?:phối hợp với|phối hợp cùng|cùng với)\\s+";

    private static boolean joint(String title, String symbol) {
        return title != null && JOINT_TITLE.matcher(title).find() || symbol != null && JOINT_SYMBOL.matcher(symbol.strip()).find();
    }

    /** Whether the text names the second body only as the first one's partner: "A phối hợp với B", never "A và B" or "B … A". */
    private static boolean partnerOnly(String first, String second, TextLines d) {
        String a = spaced(first);
        String b = spaced(second);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(a + WITH + b, flags).matcher(d.joined).find()
                && !Pattern.compile(a + "\\s*(?:và|-|–|,)\\s*" + b + "|" + b + "\\s*(?:và|-|–|,)\\s*" + a + "|" + b + WITH + a, flags)
                .matcher(d.joined).find();
    }

    /** A name's words quoted, any run of white space between them (a line break inside a name too). */
    private static String spaced(String name) {
        return java.util.Arrays.stream(Texts.clean(name).split(" ")).map(Pattern::quote).collect(java.util.stream.Collectors.joining("\\s+"));
    }

    /** One issuer cut where the grammar of a body's name ends, or the issuer itself when no shorter name of its words parses. */
    static String trimmedName(String issuer, TextLines d) {
        if (issuer == null || issuer.isBlank()) {
            return issuer;
        }
        String clean = Texts.clean(issuer);
        String name = NameGrammar.name(clean);
        if (name != null && d != null) {
            name = IssuerNames.runOn(name, d);
        }
        if (name == null || name.equals(clean) || !NameGrammar.headed(name) || name.split(" ").length < 2) {
            return issuer;
        }
        return clean.startsWith(name + " ") ? name : issuer;
    }

    /** The title without a page's chrome, a running-text identity before its subject or its own kind word. */
    static String title(String title, String kind) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = title;
        t = CHROME_BEFORE.matcher(t).replaceFirst("");
        t = CHROME_AFTER.matcher(t).replaceFirst("");
        Matcher of = OF_BODY.matcher(t);
        if (of.matches() && NameGrammar.headed(of.group(1)) && NameGrammar.name(of.group(1)) != null
                && of.group(1).split(" ").length <= 12) {
            t = of.group(2);
        }
        t = withoutOwnKind(t, kind);
        return t.strip().length() < 8 ? title : t.strip();
    }

    /**
     * The title without a kind word at its start that names a document (a noun, never a verb such as "quy định", "hướng dẫn",
     * "thông báo", "kết luận", which open subjects), when words of the subject follow: the document's own kind ("Kế hoạch …" of
     * a KE_HOACH), or a kind the extractor could not read where it left the default ("QUI CHẾ LÀM VIỆC …", "ĐỀ CƯƠNG TUYÊN
     * TRUYỀN KẾT QUẢ …"). Another kind's word stays: a resolution's annex "Quy chế …" is that annex's name.
     */
    private static String withoutOwnKind(String t, String kind) {
        String[] w = t.split("\\s+");
        if (w.length < 4) {
            return t;
        }
        String pair = Texts.fold(w[0] + " " + w[1]).replaceAll("[:,.]$", "");
        String named = NOUN_KINDS.get(pair);
        boolean defaulted = kind == null || "KE_HOACH".equals(kind);
        if (named == null || !(named.equals(kind) || defaulted && !DocKinds.known(pair))) {
            return t; // the own kind, or a kind word the kind list does not know where the extractor left the default
        }
        int skip = 2;
        if ("DE_CUONG".equals(named) && w.length > 5 && Texts.fold(w[2] + " " + w[3]).equals("tuyen truyen")) {
            skip = 4; // "Đề cương tuyên truyền": the kind with its purpose
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, skip, w.length)).replaceFirst("^[:.,\\-–]+\\s*", "");
        return rest.split(" ").length < 2 ? t : rest;
    }

    /** Kind words that name a document and are no verb, folded, with the kind they name. */
    private static final java.util.Map<String, String> NOUN_KINDS = java.util.Map.ofEntries(java.util.Map.entry("ke hoach", "KE_HOACH"),
            java.util.Map.entry("bao cao", "BAO_CAO"), java.util.Map.entry("cong van", "CONG_VAN"), java.util.Map.entry("quyet dinh", "QUYET_DINH"),
            java.util.Map.entry("nghi quyet", "NGHI_QUYET"), java.util.Map.entry("chi thi", "CHI_THI"), java.util.Map.entry("thong tu", "THONG_TU"),
            java.util.Map.entry("quy che", "QUY_CHE"), java.util.Map.entry("qui che", "QUY_CHE"), java.util.Map.entry("chuong trinh", "CHUONG_TRINH"),
            java.util.Map.entry("de an", "DE_AN"), java.util.Map.entry("to trinh", "TO_TRINH"), java.util.Map.entry("de cuong", "DE_CUONG"));
}
