package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.legal.Citation;
import vn.gandan.shared.Texts;

/**
 * The issuing unit(s) and the superior body: from the header's unit lines (upper line = superior, lowest = issuer,
 * "A – B" = a joint issuer), in the fullest form the body gives; without a header, from the opening sentence's
 * subject ("Trường … xây dựng kế hoạch"). A heading or a body sentence is never taken: when unsure, nothing.
 */
final class Issuers {

    static final Pattern UNIT_START = Pattern.compile(
            "(?:Trường|Phòng|Sở|Ban|UBND|Ủy ban|Uỷ ban|Ủy Ban|Uỷ Ban|Đảng ủy|Đảng uỷ|Chi bộ|Công đoàn|Đoàn|Hội|Bộ|Tỉnh ủy|Huyện ủy|Thị ủy"
                    + "|Thành ủy|Trung tâm|Cục|Vụ|Chi cục|Thanh tra|Văn phòng|Hội đồng|Liên đoàn|LĐLĐ|BCH|Chi đoàn|(?:Tỉnh|Thành|Huyện|Quận) [đĐ]oàn)(?![\\p{L}])");
    private static final Pattern SUBJECT_CLAUSE = Pattern.compile("(?:^|[,:;.]\\s+|thực tế\\s+)((?:trường(?=\\s+\\p{Lu})|" + UNIT_START.pattern() + ")[^.;:]{0,150}?)\\s+(?:\\([\\p{Lu}Đ&]{2,12}\\)\\s+)?(?:(?:đã|vừa|mới)\\s+)*"
            + "(?iu:triển khai|xây dựng|ban hành|chỉ đạo|thống nhất|báo cáo|hướng dẫn|đề ra|tổ chức|thông báo|kính báo|yêu cầu|đề nghị)(?![\\p{L}])");

    /** The issuers, the superior body and how sure the reading is. */
    record Result(List<String> issuers, String parent, double confidence) {
    }

    private Issuers() {
    }

    static Result of(List<String> header, TextLines d, List<Citation> bases) {
        List<String> issuers = new ArrayList<>();
        String parent = null;
        double conf = 0.3;
        String body = bodySubject(d);
        header = IssuerSignals.withoutAnchor(Units.centralCommittee(header));
        if (header.size() >= 2) {
            parent = header.get(0);
            issuers.add(header.get(header.size() - 1));
            conf = 0.85;
        } else if (header.size() == 1) {
            issuers.addAll(splitDash(header.get(0)));
            conf = 0.85;
        }
        if (issuers.size() == 1 && issuers.get(0).matches(".*\\s[–\\-]\\s.*")) {
            issuers = splitDash(issuers.get(0));
        }
        if (body != null && (issuers.isEmpty() || issuers.size() > 1)) {
            List<String> parts = splitUnits(body);
            if (issuers.isEmpty() || parts.size() == issuers.size()) {
                issuers = parts;
                conf = 0.6;
            }
        }
        issuers = new ArrayList<>(issuers);
        if (issuers.size() == 1 && issuers.get(0).matches("BAN (?:CHẤP HÀNH|BÍ THƯ|THƯỜNG VỤ) TRUNG ƯƠNG")
                && d.head(0, 12).matches("(?s).*ĐOÀN\\s*(?:TNCS|THANH NIÊN CỘNG SẢN)\\s*HỒ\\s*CHÍ\\s*MINH.*")) {
            issuers.set(0, issuers.get(0) + " ĐOÀN TNCS HỒ CHÍ MINH");
        }
        String subject = issuers.size() > 1 ? null : body;
        issuers.replaceAll(s -> fuller(s, subject, d.joined));
        if (parent == null && !issuers.isEmpty() && Texts.fold(issuers.get(0)).startsWith("truong")) {
            parent = bases.stream().map(Citation::issuer).filter(i -> i != null && Texts.fold(i).startsWith("phong"))
                    .findFirst().orElse(null);
        }
        return new Result(issuers, parent, issuers.isEmpty() ? 0.1 : conf);
    }

    private static List<String> splitDash(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s[–\\-]\\s")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out.size() > 1 && out.stream().allMatch(WordLists::startsUnit) ? out : List.of(s);
    }

    /** The unit that is the subject of the opening sentence: "Trường … xây dựng kế hoạch …". */
    static String bodySubject(TextLines d) {
        int end = Math.min(d.paras.size(), 20);
        for (int i = 0; i < end; i++) {
            if (Outline.isSection(d.paras.get(i)) && !d.paras.get(i).matches("(?iu).*(?:CĂN CỨ|CƠ SỞ|KẾ HOẠCH CHUNG|^PHẦN\\s*(?:1|I|THỨ NHẤT)\\b).*")) {
                break;
            }
            Matcher m = SUBJECT_CLAUSE.matcher(d.paras.get(i));
            if (m.find()) {
                return Texts.clean(m.group(1)).replaceFirst("^(?:Bộ trưởng|Giám đốc|Chủ tịch|Hiệu trưởng|Thủ trưởng)\\s+(?=\\p{Lu})", "");
            }
        }
        return null;
    }

    /** Words that follow a locality in a title but are never part of its name ("… HUYỆN BÌNH CHÁNH NHIỆM KỲ 2016 - 2021"). */
    private static final String NOT_PLACE = "(?:NHIỆM|NĂM|GIAI|VỀ|VÀ|CỦA|TẠI|TRÊN|THEO|KHÓA|KHOÁ|ĐẾN|LẦN|THỰC|TRONG)(?![\\p{L}])";

    /** The fullest form of a unit name the text gives: header "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → body "Sở Giáo dục và Đào tạo Nam Định". */
    static String fuller(String name, String bodyIssuer, CharSequence text) {
        String best = name;
        if (bodyIssuer != null && covers(bodyIssuer, name) && bodyIssuer.length() >= name.length()) {
            best = bodyIssuer;
        }
        String key = Texts.fold(best);
        Matcher loc = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(best) + "[ ]+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ)"
                + "(?:[ ]+(?!" + NOT_PLACE + ")(?:\\p{Lu}+|\\d{1,2}(?![\\d/.]))){1,3})(?![\\p{L}])").matcher(text); // s19: "QUẬN 9"
        if (TextLines.isUpper(best) && loc.find()) {
            return best + " " + loc.group(1);
        }
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(best) + "((?:[ ]+(?:(?:huyện|tỉnh|thị xã|thành phố|quận|xã|phường)[ ]+)?"
                + "\\p{Lu}[\\p{L}]*){1,3})", Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            String cand = HeaderLandmarks.beforeMotto(Texts.clean(m.group(0)), text, m.end()); // s27: a second header's issuer cell run into its motto ("… HÀ GIANG CỘNG" / "HOÀ XÃ HỘI")
            String tail = Texts.clean(m.group(1));
            if (PLACE_DATE_AFTER.matcher(text.subSequence(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt()) {
                continue; // s19: the name runs into the place and date cell ("Chi Đoàn Giáo Viên Bình liêu, ngày 30 …")
            }
            if (tail.matches("(?iu)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ)\\s+" + NOT_PLACE + ".*")) {
                continue; // s21: a level word without its place ("ỦY BAN NHÂN DÂN TỈNH VÀ LIÊN …" of a joint title) names no locality
            }
            if (TextLines.isUpper(best) && !TextLines.isUpper(tail)) {
                continue; // s19: a name in capitals goes on in capitals ("… HUYỆN GIÁ RAI" never takes "Căn" of "Căn cứ")
            }
            if (tail.matches("(?iu)(Về|Và|Của|Năm|Trong|Theo|Đã|Đề|Yêu|Thực|Triển|Chỉ|Tổ|Xây|Ban|Thống|Trân|Kính|Số|Báo|Độc|Cộng|Tự|Hạnh|Đoàn|Đảng|Đội)(?!\\p{L}).*") || WordLists.kindOf(tail) != null) {
                continue;
            }
            if (Texts.fold(cand).startsWith(key) && cand.length() > best.length()) {
                best = cand;
            }
            break;
        }
        return best.replaceAll("\\s*\\([^)]{1,20}\\)", "");
    }

    /** Session 19: a place's last words and the date cell right after a name ("… liêu, ngày 30 tháng 8"). */
    private static final Pattern PLACE_DATE_AFTER = Pattern.compile("(?:\\s*\\p{L}+){0,2}\\s*,?\\s*ngày\\s*\\d");

    /** Whether the body's name says at least what the header line says (abbreviations spelled out). */
    private static boolean covers(String body, String header) {
        String b = " " + expand(body) + " ";
        String h = expand(header);
        if (h.isEmpty() || b.strip().split(" ").length > h.split(" ").length + 3) {
            return false;
        }
        for (String w : h.split(" ")) {
            if (!b.contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    private static String expand(String s) {
        return (" " + Texts.fold(s).replaceAll("\\btruong(mn|mg|th|thcs|thpt)\\b", "truong $1").replace("uy ban nhan dan", "ubnd").replace("&", " va ") + " ")
                .replace(" gd va dt ", " giao duc va dao tao ").replace(" gddt ", " giao duc va dao tao ")
                .replace(" mn ", " mam non ").replace(" cdcs ", " cong doan co so ").replace(" mg ", " mau giao ").replace(" th ", " tieu hoc ").replaceAll("\\s+", " ").strip();
    }

    private static List<String> splitUnits(String s) {
        List<String> out = new ArrayList<>();
        if (HeaderShapes.officeOfBoth(s)) { // s17: "Văn phòng HĐND và UBND thành phố" is one office
            out.add(Texts.clean(s));
            return out;
        }
        for (String part : s.split("\\s+(?:và|với)\\s+(?=" + UNIT_START.pattern() + ")")) {
            out.add(Texts.clean(part).replaceAll("\\s*\\([^)]{1,20}\\)", ""));
        }
        return out;
    }
}
