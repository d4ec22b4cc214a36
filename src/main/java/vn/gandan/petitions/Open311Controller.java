package vn.gandan.petitions;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.ProblemException;

/** Open311 GeoReport v2 ({@code /open311/v2}), JSON and XML by the path's extension; errors as the spec's list. */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private final Open311Requests requests;
    private final Open311Keys keys;
    private final PublicPortal portal;
    private final JsonMapper json;

    Open311Controller(Open311Requests requests, Open311Keys keys, PublicPortal portal, JsonMapper json) {
        this.requests = requests;
        this.keys = keys;
        this.portal = portal;
        this.json = json;
    }

    /** A GeoReport error: HTTP status with the spec's {@code [{code, description}]} body. */
    static final class Open311Error extends RuntimeException {
        final int status;

        Open311Error(int status, String description) {
            super(description);
            this.status = status;
        }
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest req) {
        String base = req.getRequestURL().toString().replaceAll("/discovery\\.[a-z]+$", "/");
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-12-05T00:00:00+07:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-12-05T00:00:00+07:00");
        d.put("contact", "Gần Dân — đơn vị tiếp nhận theo jurisdiction_id (mã đơn vị)");
        d.put("key_service", "Khóa API do quản trị hệ thống cấp (POST /api/v1/open311/keys)");
        d.put("endpoints", List.of(endpoint));
        return format(format).equals("xml") ? xml(Open311Xml.single("discovery", d)) : jsonOf(d);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        return list(format, "services", "service", Open311Services.all());
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        if (!Open311Services.CODES.contains(code)) {
            throw new Open311Error(404, "service_code not found");
        }
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("service_code", code);
        def.put("attributes", List.of());
        return format(format).equals("xml") ? xml(Open311Xml.single("service_definition", def)) : jsonOf(def);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> search(@PathVariable String format, @RequestParam Map<String, String> p, HttpServletRequest req) {
        checkJurisdiction(p.get("jurisdiction_id"));
        List<String> ids = p.get("service_request_id") == null ? List.of()
                : Arrays.stream(p.get("service_request_id").split(",")).map(String::strip).filter(s -> s.matches("[A-Z0-9-]{1,20}")).toList();
        ListPage page = page(p.get("page"), p.get("page_size"));
        ListPage.Slice<Map<String, Object>> found = requests.find(p.get("jurisdiction_id"), ids, p.get("service_code"),
                p.get("status"), day(p.get("start_date")), day(p.get("end_date")), page);
        ResponseEntity<String> answer = list(format, "service_requests", "request", found.rows());
        if (!found.more()) {
            return answer;
        }
        // the body keeps the spec's shape (a bare list); the next page is named in a header (RFC 8288)
        String next = ListAnswers.next(req.getRequestURI(), req.getQueryString(), page, "page", "page_size");
        return ResponseEntity.ok().headers(answer.getHeaders()).header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"")
                .body(answer.getBody());
    }

    /**
     * GeoReport v2 answers "the first 1000 requests" (Response Volume) and names no paging; {@code page} (from 1) and
     * {@code page_size} (at most 1000, the default) are the usual extension, so a client that never pages gets what the
     * spec promises and one that does can read the rest. Bad paging is a 400 in the spec's error list.
     */
    private static ListPage page(String page, String size) {
        try {
            return ListPage.of(page == null || page.isBlank() ? null : Integer.valueOf(page.strip()),
                    size == null || size.isBlank() ? null : Integer.valueOf(size.strip()), Open311Requests.CAP);
        } catch (NumberFormatException | ProblemException e) {
            throw new Open311Error(400, "page counts from 1; page_size is between 1 and " + Open311Requests.CAP);
        }
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
                               @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        List<Map<String, Object>> found = requests.find(null, List.of(id), null, null, null, null);
        if (found.isEmpty()) {
            throw new Open311Error(404, "service_request_id not found");
        }
        return list(format, "service_requests", "request", found);
    }

    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        if (requests.find(null, List.of(token), null, null, null, null).isEmpty()) {
            throw new Open311Error(404, "token not found");
        }
        return list(format, "service_requests", "request", List.of(Map.of("service_request_id", token, "token", token)));
    }

    @PostMapping(path = "/requests.{format}", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> p) {
        if (!keys.valid(p.get("api_key"))) {
            throw new Open311Error(403, "api_key missing or not valid");
        }
        String unit = p.get("jurisdiction_id");
        checkJurisdiction(unit);
        if (unit == null || unit.isBlank()) {
            throw new Open311Error(400, "jurisdiction_id required");
        }
        String name = String.join(" ", nz(p.get("first_name")), nz(p.get("last_name"))).strip();
        String code = portal.submit(new PublicPortal.Submission(unit, p.get("service_code"), p.get("description"), name,
                p.get("phone"), p.get("email"), null), null, Channel.TRUC_TUYEN);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", code);
        r.put("service_notice", "Mã theo dõi " + code);
        r.put("account_id", "");
        return ResponseEntity.status(HttpStatus.CREATED).contentType(type(format))
                .body(format(format).equals("xml") ? Open311Xml.list("service_requests", "request", List.of(r))
                        : json.writeValueAsString(List.of(r)));
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> error(Open311Error e, HttpServletRequest req) {
        return error(e.status, e.getMessage(), req);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<String> problem(ProblemException e, HttpServletRequest req) {
        String fields = e.fieldProblems().stream().map(f -> f.field()).reduce((a, b) -> a + ", " + b).orElse("");
        return error(e.status() == 422 ? 400 : e.status(), e.messageKey() + (fields.isEmpty() ? "" : ": " + fields), req);
    }

    private ResponseEntity<String> error(int status, String description, HttpServletRequest req) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("code", status);
        err.put("description", description);
        boolean xml = req.getRequestURI().endsWith(".xml");
        return ResponseEntity.status(status).contentType(xml ? MediaType.TEXT_XML : MediaType.APPLICATION_JSON)
                .body(xml ? Open311Xml.list("errors", "error", List.of(err)) : json.writeValueAsString(List.of(err)));
    }

    private void checkJurisdiction(String code) {
        if (code != null && !code.isBlank() && requests.unitIdOf(code).isEmpty()) {
            throw new Open311Error(404, "jurisdiction_id not found");
        }
    }

    private ResponseEntity<String> list(String format, String root, String item, List<Map<String, Object>> items) {
        return format(format).equals("xml") ? xml(Open311Xml.list(root, item, items)) : jsonOf(items);
    }

    private ResponseEntity<String> jsonOf(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(body);
    }

    private static MediaType type(String format) {
        return format(format).equals("xml") ? MediaType.TEXT_XML : MediaType.APPLICATION_JSON;
    }

    private static String format(String f) {
        if (!"json".equals(f) && !"xml".equals(f)) {
            throw new Open311Error(400, "format must be json or xml");
        }
        return f;
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
            } catch (java.time.format.DateTimeParseException e2) {
                throw new Open311Error(400, "start_date / end_date must be W3C date-times");
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
