package vn.gandan.emulation;

import java.util.Map;

/** The Vietnamese names of the commendation forms as decisions print them (documents are always in Vietnamese). */
final class FormNames {

    private static final Map<String, String> VI = Map.of(
            "GIAY_KHEN", "Giấy khen",
            "LAO_DONG_TIEN_TIEN", "Danh hiệu Lao động tiên tiến",
            "TAP_THE_LAO_DONG_TIEN_TIEN", "Danh hiệu Tập thể lao động tiên tiến",
            "CHIEN_SI_THI_DUA_CO_SO", "Danh hiệu Chiến sĩ thi đua cơ sở",
            "TAP_THE_LAO_DONG_XUAT_SAC", "Danh hiệu Tập thể lao động xuất sắc",
            "BANG_KHEN", "Bằng khen");

    private FormNames() {
    }

    static String vi(String form) {
        return VI.getOrDefault(form, form);
    }
}
