package vn.gandan.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of bodies' names as written in running text (NĐ 30/2020 Phụ lục II; Quy định 66-QĐ/TW for Party bodies):
 * each entry's capitals are the mask {@link RunningCase} applies to the same syllables in capitals. A word not listed
 * is taken for a proper name (capitalised); after an administrative level ("tỉnh", "xã" …) every word is a place name.
 */
final class RunningLexicon {

    /** Abbreviations with a vowel (most have none: HĐND, THCS, GDĐT …): kept as written. */
    static final Set<String> ABBREVIATIONS = Set.of("ubnd", "ubmttq", "ubmttqvn", "ubkt", "ub", "tw",
            "gdcd", "gdqp", "ttgdtx", "ttgdnn", "ptdtnt", "ptdtbt", "ubdt", "bdvtu", "bdvhu", "hlhpn", "cdcs");

    /** Administrative levels: lower-case, and what follows them is a place name. */
    private static final Set<String> LEVELS = Set.of("tỉnh", "huyện", "xã", "phường", "thị trấn", "thị xã", "thành phố",
            "quận", "thôn", "ấp", "tổ dân phố", "khu phố");

    private static final List<String> ENTRIES = List.of(
            // bodies of the state and their fields
            "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban", "Hội đồng", "Chính phủ", "Thủ tướng", "Quốc hội",
            "Văn phòng", "Sở", "Phòng", "Bộ", "Ban", "Cục", "Vụ", "Viện", "Chi cục", "Trung tâm", "Thanh tra", "Khối",
            "Giáo dục", "Đào tạo", "Nội vụ", "Tài chính", "Y tế", "Văn hóa", "Thể thao", "Du lịch", "Lao động",
            "Thương binh", "Xã hội", "Tư pháp", "Kế hoạch", "Đầu tư", "Dân tộc", "Tôn giáo", "Công an", "Quân sự",
            "Thông tin", "Truyền thông", "Tài nguyên", "Môi trường", "Nông nghiệp", "Phát triển nông thôn", "Khoa học",
            "Công nghệ", "Giao thông", "Vận tải", "Xây dựng", "Công Thương", "Ngoại vụ", "Tiếp công dân", "Kiểm tra",
            "Chỉ đạo", "Điều hành", "Thường vụ", "Thường trực", "Chấp hành", "Trung ương", "Mặt trận", "Tổ quốc", "Việt Nam",
            // schools
            "Trường", "Mầm non", "Mẫu giáo", "Nhà trẻ", "Tiểu học", "Trung học cơ sở", "Trung học phổ thông",
            "Phổ thông dân tộc nội trú", "Phổ thông dân tộc bán trú", "Giáo dục thường xuyên", "Giáo dục nghề nghiệp",
            "Phổ thông", "Liên cấp", "Đại học", "Cao đẳng", "Sư phạm", "Giáo viên", "chuyên",
            // the Party, the Đoàn, the Đội, unions and mass organisations
            "Đảng", "Đảng ủy", "Đảng bộ", "Chi bộ", "Đảng đoàn", "Ban cán sự đảng", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
            "Quận ủy", "Thị ủy", "Bộ Chính trị", "Ban Bí thư", "Tuyên giáo", "Dân vận", "Tổ chức", "Nội chính",
            "Tuyên huấn", "Đoàn", "Đội", "Chi đoàn", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn",
            "Liên đội", "Chi đội", "Thanh niên", "Cộng sản", "Thiếu niên", "Tiền phong", "Công đoàn", "Liên đoàn",
            "Hội", "Liên hiệp", "Phụ nữ", "Nông dân", "Cựu chiến binh", "Khuyến học", "Chữ thập đỏ", "Người cao tuổi",
            // common words inside names
            "và", "các", "cơ quan", "cơ sở", "của", "về", "ở", "thực hiện", "công tác", "Quy chế dân chủ",
            "vận động quần chúng", "quốc phòng", "an ninh",
            "tỉnh", "huyện", "xã", "phường", "thị trấn", "thị xã", "thành phố", "quận", "thôn", "ấp", "tổ dân phố", "khu phố");

    private static final Map<String, String> MASKS = new HashMap<>();

    static {
        for (String e : ENTRIES) {
            StringBuilder mask = new StringBuilder();
            for (String s : e.split(" ")) {
                mask.append(Character.isUpperCase(s.charAt(0)) ? 'C' : 'x');
            }
            MASKS.put(key(e), mask.toString());
        }
    }

    private RunningLexicon() {
    }

    /** The number of words from i that make the longest entry (in a place name only a level), 0 for none. */
    static int match(String name, List<int[]> words, int i, boolean place) {
        for (int n = Math.min(5, words.size() - i); n > 0; n--) {
            String k = phrase(name, words, i, n);
            if (k != null && MASKS.containsKey(k) && (!place || LEVELS.contains(k)) && (!k.equals("xã hội") || afterAnd(name, words, i))) {
                return n;
            }
        }
        return 0;
    }

    /** "Xã hội" is a field only after "và" or a comma ("Lao động – Thương binh và Xã hội"); else "xã" is the level. */
    private static boolean afterAnd(String name, List<int[]> words, int i) {
        if (i == 0) {
            return true;
        }
        int[] before = words.get(i - 1);
        return name.substring(before[1], words.get(i)[0]).contains(",") || "và".equals(key(name.substring(before[0], before[1])));
    }

    static String mask(String name, List<int[]> words, int i, int n) {
        return MASKS.get(phrase(name, words, i, n));
    }

    static boolean isLevel(String name, List<int[]> words, int i, int n) {
        return LEVELS.contains(phrase(name, words, i, n));
    }

    /** The words i … i+n-1 as a key, or null when anything but spaces stands between them. */
    private static String phrase(String name, List<int[]> words, int i, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int[] w = words.get(i + k);
            if (k > 0 && !name.substring(words.get(i + k - 1)[1], w[0]).isBlank()) {
                return null;
            }
            sb.append(k > 0 ? " " : "").append(name, w[0], w[1]);
        }
        return key(sb.toString());
    }

    /** Lower case, with the old tone placement of "uỷ", "hoá", "hoà" read as the new. */
    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace("uỷ", "ủy").replace("uý", "úy").replace("oá", "óa").replace("oà", "òa");
    }
}
