package vn.gandan.imports;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * The grammar of a Vietnamese public body's name, used to judge issuer candidates from any source: a head word
 * (UBND, Sở, Phòng, Trường, Chi bộ, Đoàn, Hội, Ban, Liên đoàn, Hội đồng …) and name words; never an issuing verb, a
 * document kind, the Party name or the motto after it; two whole units stacked or glued on one line are a superior
 * body and its unit (the lowest issues). It is compared with the symbol's issuer part ("-UBND", "-SGDĐT") by {@link SymbolNames}.
 */
final class UnitNames {

    /** A body's name after its unit: the lowest unit issues ("… TỈNH NINH THUẬN SỞ GIÁO DỤC …", "… MỸ HƯNGCHI BỘ …"). */
    record Split(String upper, String unit) {
    }

    /** Head words of a body's name in capitals, as a header writes them. */
    static final String UPPER_HEADS = "[ỦU][ỶY] BAN|UBND|SỞ|PHÒNG|TRƯỜNG|CHI BỘ|ĐẢNG BỘ|ĐẢNG [ỦU][ỶY]|CHI ĐOÀN|ĐOÀN|LIÊN ĐỘI|LIÊN ĐOÀN|CÔNG ĐOÀN|CĐCS"
            + "|HỘI|BAN|HUYỆN [ỦU][ỶY]|TỈNH [ỦU][ỶY]|THÀNH [ỦU][ỶY]|HỘI ĐỒNG|TRUNG TÂM|BỘ|THANH TRA";

    /*
     * One vocabulary of the words that open a unit standing UNDER another on a header line (a unit glued or spaced after the
     * one above it). The steps split on named subsets of it, each on purpose:
     * - GluedCells (raw header cells, before any unit is known) splits only where a wrong cut is unlikely: the lower units
     *   glued to capitals ("…MỸ HƯNGCHI BỘ …") and the state organ glued under a Party line ("…ỦY BAN"), and, spaced,
     *   only abbreviations and cells that never open a locality's or a title's words (CĐCS, LIÊN ĐỘI, CHI ĐOÀN);
     * - UnitNames.split (a name already taken as one unit) also splits before offices, boards, associations and centres
     *   (SỞ, BAN, HỘI, TRUNG TÂM, ĐOÀN TRƯỜNG) — but never before the organ, which opens the upper body itself.
     */
    /** Lower units both steps split before, glued to the capitals of the unit above ("…HƯNGCHI BỘ …"). */
    static final String LOWER_UNIT_HEADS = "CHI BỘ|CHI ĐOÀN|LIÊN ĐỘI|TRƯỜNG|PHÒNG|CÔNG ĐOÀN";
    /** The state organ glued under a Party or upper line in a raw header cell ("ĐẢNG ỦY XÃ XỦY BAN …"): GluedCells only. */
    static final String ORGAN_HEADS = "[ỦU]Y BAN|UBND";
    /** Heads that open a unit after a space as well, since no locality or title word starts with them: GluedCells only. */
    static final String SPACED_LOWER_HEADS = "CĐCS|LIÊN ĐỘI|CHI ĐOÀN";
    /** Heads a flattened column of capitals is cut before once the name before is whole ("PHÒNG GD&ĐT X TRƯỜNG …"). */
    static final String NEXT_UNIT_HEADS = "TRƯỜNG|PHÒNG|SỞ";
    /** Offices, boards, associations and centres a name already taken as one unit is split before: UnitNames only. */
    static final String BODY_UNDER_LOCALITY_HEADS = "SỞ|BAN|CĐCS|HỘI|TRUNG TÂM|ĐOÀN TRƯỜNG";
    /** Session 15: the school's own organisations a school's name is split before ("TRƯỜNG THPT X HỘI KHUYẾN HỌC"): UnitNames only. */
    static final String UNDER_SCHOOL_HEADS = "HỘI|CÔNG ĐOÀN|CĐCS|CHI BỘ|CHI ĐOÀN|LIÊN ĐỘI";
    private static final String HEADS = LOWER_UNIT_HEADS + "|" + BODY_UNDER_LOCALITY_HEADS;
    /** A school's name (TRƯỜNG and at least two words) and one of its organisations named after it (at least one more word). */
    /** Session 16: the unit under the school is named by a word, not a letter ("TRƯỜNG TH CHÁNH HỘI B" is one school). */
    private static final Pattern SCHOOL_THEN_UNIT = Pattern.compile("^(TRƯỜNG(?:\\s+\\S+){2,8}?)\\s+((?:" + UNDER_SCHOOL_HEADS + ")(?:\\s+\\S{2,})(?:\\s+\\S+)*)$");
    private static final Pattern LEADING_KIND = Pattern.compile("(?iu)^(?:KẾ HOẠCH|CHỈ THỊ|QUYẾT ĐỊNH|THÔNG BÁO|CÔNG VĂN|BÁO CÁO"
            + "|HƯỚNG DẪN|NGHỊ QUYẾT|THÔNG TƯ|CHƯƠNG TRÌNH)\\s+CỦA\\s+");
    private static final Pattern VERB = Pattern.compile("\\s+(?:vừa|đã|mới|sẽ|có|cần|lưu ý|ban hành|về việc|vừa có|đề ra|thông báo"
            + "|triển khai|xây dựng|yêu cầu|hướng dẫn|lập|ký|tổ chức|đề nghị|chỉ đạo|gửi"
            + "|cho biết|cho hay|khẳng định|nhấn mạnh|đánh giá" // s18: a news item's reporting verb ("Tỉnh ủy Quảng Ngãi cho biết")
            + "|trình(?=\\s+(?:Chính phủ|Thủ tướng|Quốc hội|UBND|[ỦU][ỷy] ban|HĐND|Hội đồng|Bộ|Ban)))(?![\\p{L}]).*$"); // s18: "Văn phòng Chính phủ trình Chính phủ …"
    /** Session 18: an apposition after the name ("Ban Dân vận Thành ủy-cơ quan Thường trực Ban …") is no part of it. */
    private static final Pattern APPOSITION = Pattern.compile("\\s*[-–]\\s*cơ quan(?![\\p{L}]).*$");
    private static final Pattern UPPER_KIND = Pattern.compile("\\s+(?:KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|QUY ĐỊNH|PHÁP LỆNH|CHỈ THỊ|THÔNG TƯ"
            + "|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG BÁO|CÔNG VĂN|TỜ TRÌNH|KẾT LUẬN|VỀ VIỆC|SỐ(?=\\s*(?::|\\d+\\s*[/\\-–])))(?![\\p{L}]).*$");
    private static final Pattern PARTY_OR_MOTTO = Pattern.compile("(?iu)\\s*(?:ĐẢNG CỘNG SẢN VI[ÊỆEÊ]T NAM|(?:CỘNG\\s+)?H[ÒO][AÀ] X[ÃĂ] H[ỘÔO]I CHỦ NGHĨA|CỘNG H[ÒO][AÀ] X[ÃĂ] H[ỘÔO]I"
            + "|Độc lập\\s*[-–]).*$"); // session 16: the motto's tail without "CỘNG" (a cell broken word by word) is no name either
    /** Session 15: the Đội name standing behind a unit as the header's anchor ("HĐĐ HUYỆN X ĐỘI TNTP HỒ CHÍ MINH"). */
    private static final Pattern YOUTH_ANCHOR = Pattern.compile("\\s+ĐỘI\\s+(?:TNTP|THIẾU NIÊN TIỀN PHONG)\\s+HỒ\\s+CHÍ\\s+MINH.*$");
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Lu}{2})(?=(?:" + HEADS + ")\\s)");
    private static final Pattern STACKED = Pattern.compile("^(.*?(?:TỈNH|HUYỆN|QUẬN|THÀNH PHỐ|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TP\\.?|TX\\.?)\\s+(?:\\p{Lu}+|\\d{1,2}(?=\\s))(?:\\s+(?:\\p{Lu}+|\\d{1,2}(?=\\s))){0,3}?)"
            + "\\s+((?:" + HEADS + ")\\s.+)$"); // s21: a locality numbered after its name ("THỊ TRẤN THỨ 11")
    private static final Pattern PERSON = Pattern.compile("(?<=(?:^|\\s)(?:tỉnh|huyện|xã|Sở [\\p{L} ]{3,40}))\\s+(?!Hồ Chí Minh)"
            + "(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)(?:\\s+\\p{Lu}\\p{Ll}+){1,3}$");

    /**
     * Session 15: a base clause's body before the subject, joined by its comma ("Thực hiện chỉ đạo của UBND tỉnh, Sở Nội vụ tỉnh X
     * đã ban hành …" read as "UBND tỉnh, Sở Nội vụ tỉnh X"): the name starts after the last comma that a unit head follows. A
     * name's own comma ("Sở Văn hóa, Thể thao và Du lịch") is followed by no head word, so it stays.
     */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("^.*,\\s+(?=(?:" + Issuers.UNIT_START.pattern() + ")\\s+\\S)");

    /** A common noun that opens like a body's name ("Trường học tại …", "Trường hợp …", "Hội nghị …", "Ban hành …"). */
    private static final Pattern GENERIC = Pattern.compile("(?iu)^(?:Trường (?:học|hợp)|Hội (?:nghị|thi|diễn)|Ban hành|Phòng (?:chống|ngừa|học)|Dự thảo"
            + "|Tổ chức|Ban biên tập|Tòa soạn|Toà soạn)(?![\\p{L}])"); // s17: "DỰ THẢO"; s18: a heading "Tổ chức Đại hội …" (to organise) is no body;
            // s19: a portal's editorial board presenting a document ("Ban biên tập giới thiệu toàn văn Nghị quyết …") never issued it
    /** Session 18: bodies in the plural ("UBND các xã, thị trấn", "Hội … các cấp trong tỉnh") name no one issuer. */
    private static final Pattern PLURAL = Pattern.compile("(?iu)(?<![\\p{L}])các\\s+(?:xã|phường|thị trấn|huyện|quận|tỉnh|cấp|trường|đơn vị|sở|phòng|ban ngành)(?![\\p{L}])");
    /** Session 18: a dot inside an abbreviation ("T.Ư", "TP.", "TX.") is no sentence's end. */
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<=(?:^|\\s)\\p{Lu}{1,3})\\.(?=\\p{Lu}|\\s)");

    private UnitNames() {
    }

    /** The name cut where the grammar of a body's name ends; null when nothing of a name is left. */
    static String clip(String name) {
        if (name == null) {
            return null;
        }
        String s = Texts.clean(name);
        s = LEADING_KIND.matcher(s).replaceFirst("");
        s = HeaderShapes.withoutShortNameNote(s); // s17: "… (sau đây viết tắt là Tỉnh ủy)"
        s = CLAUSE_BEFORE.matcher(s).replaceFirst("");
        s = PARTY_OR_MOTTO.matcher(s).replaceFirst("");
        s = cutAfterName(s, VERB);
        s = cutAfterName(s, APPOSITION);
        s = cutAfterName(s, UPPER_KIND);
        s = cutAfterName(s, YOUTH_ANCHOR);
        s = PERSON.matcher(s).replaceFirst("");
        s = Extractor.trimEnd(s);
        return s == null || s.isBlank() || GENERIC.matcher(s).find() || PLURAL.matcher(s).find() ? null : s;
    }

    private static String cutAfterName(String s, Pattern p) {
        Matcher m = p.matcher(s);
        return m.find() && m.start() > 0 && s.substring(0, m.start()).strip().split("\\s+").length >= 2 ? s.substring(0, m.start()) : s;
    }

    /** Two whole units on one line, stacked ("UBND TỈNH X SỞ …") or glued ("ĐẢNG BỘ XÃ XCHI BỘ …"); null when one unit. */
    static Split split(String name) {
        if (name == null || !TextLines.isUpper(name)) {
            return null;
        }
        Matcher g = GLUED.matcher(name);
        if (g.find() && g.start() > 4) {
            return new Split(name.substring(0, g.start()).strip(), name.substring(g.start()).strip());
        }
        Matcher school = SCHOOL_THEN_UNIT.matcher(name);
        if (school.matches()) {
            return new Split(school.group(1).strip(), school.group(2).strip());
        }
        Matcher m = STACKED.matcher(name);
        return m.matches() && WordLists.startsUnit(m.group(1)) ? new Split(m.group(1).strip(), m.group(2).strip()) : null;
    }

    /** A name a header or a sentence can give an issuer: a unit head word and at most sixteen words, no sentence in it. */
    static boolean wellFormed(String name) {
        if (name == null || !WordLists.startsUnit(name) && !name.matches("(?iu)^(?:Thanh tra|Mặt trận|Liên đội|Thủ tướng|Chính phủ|Thường trực)\\s.*")) { // s18: Thường trực HĐND …
            return false;
        }
        String[] words = name.strip().split("\\s+");
        String undotted = ABBREVIATION_DOT.matcher(name).replaceAll("");
        return words.length >= 2 && words.length <= 16 && !undotted.matches(".*[.;:!?“”\"].*")
                && java.util.Objects.equals(clip(name), Extractor.trimEnd(Texts.clean(name)));
    }

    /** Initials as symbols abbreviate a body: "Sở Giáo dục và Đào tạo" → "SGDĐT", "Ủy ban nhân dân" → "UBND". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : Texts.clean(name).split("[\\s&\\-–]+")) {
            if (w.isEmpty() || w.equalsIgnoreCase("và")) {
                continue;
            }
            boolean acronym = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !TextLines.isUpper(name);
            b.append(acronym ? w : w.substring(0, 1));
        }
        return key(b.toString());
    }

    /** The symbol's issuer part ("KH-UBND" → "UBND", "15-KH/ĐU" → "ĐU", "1510/UBND-GDĐT" → "UBND"); null when none. */
    static String symbolIssuer(String symbol) {
        if (symbol == null) {
            return null;
        }
        String[] parts = symbol.toUpperCase(Locale.ROOT).replaceAll("^[0-9 ]*[/-]?", "").split("[/\\-–]");
        String kind = parts.length > 0 ? parts[0].strip() : "";
        String own = DocKinds.letterSymbol(symbol.toUpperCase(Locale.ROOT)) || parts.length < 2 ? kind : parts[1].strip();
        return own.matches("\\p{L}[\\p{L}&.]{1,14}") ? key(own) : null;
    }

    /** Whether the symbol's issuer part abbreviates the name ({@link SymbolNames}, session 22). */
    static boolean agrees(String name, String symbol) {
        return SymbolNames.judge(name, symbol) == SymbolNames.Verdict.AGREES;
    }

    private static String key(String s) {
        return Texts.fold(s).replaceAll("[^a-z]", "");
    }
}
