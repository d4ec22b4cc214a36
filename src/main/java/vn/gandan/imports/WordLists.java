package vn.gandan.imports;

import java.util.List;
import java.util.Set;
import vn.gandan.shared.Texts;

/** The words that start the name of an issuing body, a locality or a document kind (compared folded). */
final class WordLists {

    private static final List<String> UNITS = List.of("uy ban", "ubnd", "hdnd", "so ", "phong ", "truong", "bo ", "ban ",
            "dang uy", "dang bo", "chi bo", "huyen uy", "tinh uy", "thanh uy", "thi uy", "quan uy", "cong doan", "doan ",
            "chi doan", "cd ", "cdcs", "bch", "bcd", "khoi", "hoi dong", "hoi ", "trung tam", "cuc ", "vu ", "van phong",
            "mat tran", "lien doan", "tong lien doan", "lien doi", "to ", "thanh doan", "tinh doan", "huyen doan", "dang uy", "nha truong");
    private static final Set<String> UNIT_WORDS = Set.of("chi", "doan", "giao", "vien", "truong", "phong", "ban", "hoi", "so",
            "ubnd", "thpt", "thcs", "mn", "th", "bo", "khoi", "cd", "cdcs");
    private static final List<String> KINDS = List.of("ke hoach", "kehoach", "bao cao", "quyet dinh", "quy dinh", "quy che",
            "huong dan", "chuong trinh", "thong bao", "to trinh", "cong van", "dang ky", "de an", "nghi quyet", "nghi dinh", "phap lenh", "chi thi", "thong tu", "ket luan");

    /** Common Vietnamese surnames: a person's full name opens with one ("Đỗ Văn Phu", "Chử Xuân Dũng"). */
    static final String SURNAMES = "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Chử|Tạ"
            + "|Trịnh|Đoàn|Đào|Lâm|Mai|Tô|Hà|Cao|Lưu|Thái|Quách|Kiều|Vương|Tăng|Triệu|La|Châu|Từ|Nông|Lò|Mạc|Khúc|Phùng|Văn";

    private WordLists() {
    }

    static boolean startsUnit(String s) {
        String f = Texts.fold(s) + " ";
        return !startsTitle(f) && UNITS.stream().anyMatch(f::startsWith);
    }

    /** A line that opens a trích yếu ("BAN HÀNH QUY ĐỊNH …", "VỀ VIỆC …", "Về …", "PHÊ DUYỆT …"), never a unit name. */
    static boolean startsTitle(String s) {
        return Texts.fold(s).matches("^(?:ban hanh|ve viec|ve|phe duyet|v/v|to chuc (?:dai hoi|hoi nghi|hoi thi|le|ngay hoi|cuoc thi|chien dich|thuc hien|trien khai|ngay|tuan|thang|cac|hoat dong))\\b.*"); // s19: "TỔ CHỨC NGÀY SÁCH …", a page's headline above the header // s18: "Tổ chức Đại hội …" under the kind line is its title, never a "Tổ" unit
    }

    static boolean isUnitWord(String w) {
        return UNIT_WORDS.contains(Texts.fold(w));
    }

    static boolean isLocality(String s) {
        return Texts.fold(s).matches("^(tinh|huyen|xa|thanh pho|quan|phuong|thi xa|thi tran|tx|tp)\\b.*");
    }

    /** The kind word a line starts with ("ke hoach", "bao cao" …), or null. */
    static String kindOf(String s) {
        String f = Texts.fold(s);
        return KINDS.stream().filter(k -> f.equals(k) || f.startsWith(k + " ") || f.startsWith(k + ":")
                || k.equals("kehoach") && f.startsWith(k)).findFirst().orElse(null);
    }
}
