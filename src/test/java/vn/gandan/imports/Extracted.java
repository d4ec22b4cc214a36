package vn.gandan.imports;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** An extraction as the JSON object the command line prints (snake_case keys), for tests that read it field by field. */
final class Extracted {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Extracted() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(String name, CharSequence text) {
        return MAPPER.convertValue(Extractor.extract(name, text), Map.class);
    }
}
