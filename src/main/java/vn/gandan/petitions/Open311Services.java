package vn.gandan.petitions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two Open311 services: kiến nghị and phản ánh (complaints and denunciations are not filed by app, by law). */
final class Open311Services {

    static final List<String> CODES = List.of("KIEN_NGHI", "PHAN_ANH");

    private Open311Services() {
    }

    static String name(String code) {
        return "KIEN_NGHI".equals(code) ? "Kiến nghị" : "Phản ánh";
    }

    static List<Map<String, Object>> all() {
        return CODES.stream().map(Open311Services::service).toList();
    }

    static Map<String, Object> service(String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", code);
        m.put("service_name", name(code));
        m.put("description", "KIEN_NGHI".equals(code)
                ? "Kiến nghị về chính sách, pháp luật, công tác quản lý của đơn vị"
                : "Phản ánh về vụ việc, hành vi cần được xem xét, xử lý");
        m.put("metadata", false);
        m.put("type", "realtime");
        m.put("keywords", "dan van, cong dan");
        m.put("group", "Công dân");
        return m;
    }
}
