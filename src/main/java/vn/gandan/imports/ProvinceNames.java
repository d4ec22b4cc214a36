package vn.gandan.imports;

import java.util.List;
import vn.gandan.shared.Texts;

/**
 * Session 29: the closed list of the country's provinces and centrally-run cities (the 63 of 2008–2025; the 34 of the 2025
 * merger all keep one of these names; every name of two words or more, so a one-word place is never mended), the one list a place cell read through a broken text layer may be mended against.
 * A place written without marks or with one base letter misread ({@code "Ha Giang"}, {@code "Thdi Binh"}) names a province
 * only when exactly one name of the list lies that close; a district or commune the list does not hold is never guessed.
 */
final class ProvinceNames {

    static final List<String> ALL = List.of("An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
            "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng",
            "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh",
            "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
            "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
            "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
            "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
            "Yên Bái", "Hồ Chí Minh");

    private ProvinceNames() {
    }

    /**
     * The one province whose name, marks dropped, equals the place's letters or lies one base letter (substitution,
     * insertion, deletion) from them with the same number of words; null when none or more than one does, or the place is
     * shorter than six letters and not an exact match.
     */
    static String mended(String place) {
        String f = Texts.fold(place).replace(" - ", " ").replace('-', ' ');
        String exact = null;
        String near = null;
        int nearCount = 0;
        for (String p : ALL) {
            String g = Texts.fold(p).replace(" - ", " ").replace('-', ' ');
            if (g.equals(f)) {
                exact = p;
            } else if (f.replace(" ", "").length() >= 6 && g.split(" ").length == f.split(" ").length
                    && PlaceCell.oneLetterApart(f, g)) {
                near = p;
                nearCount++;
            }
        }
        return exact != null ? exact : nearCount == 1 ? near : null;
    }
}
