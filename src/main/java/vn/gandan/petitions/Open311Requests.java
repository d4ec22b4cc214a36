package vn.gandan.petitions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.ListPage;

/**
 * Requests as Open311 shows them: only items filed on a public channel (portal or partner app), only proposals and
 * feedback, never a name. {@code service_request_id} is the tracking code; {@code expected_datetime} the legal or
 * configured deadline; our statuses map to open / closed with the detailed status in {@code status_notes}.
 */
@Service
@Transactional(readOnly = true)
class Open311Requests {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final UnitService units;

    Open311Requests(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** GeoReport v2 "Response Volume": at most the first 1000 requests in one answer (and the page size by default). */
    static final int CAP = 1000;

    List<Map<String, Object>> find(String unitCode, List<String> codes, String serviceCode, String status,
                                   LocalDate start, LocalDate end) {
        return find(unitCode, codes, serviceCode, status, start, end, new ListPage(1, CAP)).rows();
    }

    /** One page of the requests, newest first (by id: a total order, so pages never skip or repeat a request). */
    ListPage.Slice<Map<String, Object>> find(String unitCode, List<String> codes, String serviceCode, String status,
                                             LocalDate start, LocalDate end, ListPage page) {
        return page.slice(jdbc.sql("""
                        select p.code, p.kind, p.status, p.content, p.answer, p.received_on, p.created_at, p.intake_due,
                               p.resolution_due, p.unit_id
                        from petition p
                        where p.source_public and p.kind in ('KIEN_NGHI', 'PHAN_ANH')
                          and (:unit = '' or p.unit_id = cast(:unitId as bigint))
                          and (cardinality(cast(:codes as text[])) = 0 or p.code = any(cast(:codes as text[])))
                          and (:svc = '' or p.kind = :svc)
                          and (:st = '' or (:st = 'open') = (p.status in ('RECEIVED','ACCEPTED','VERIFYING','DIALOGUE','SUSPENDED')))
                          and p.received_on >= coalesce(cast(:start as date), date '1900-01-01')
                          and p.received_on <= coalesce(cast(:end as date), date '9999-12-31')
                        order by p.id desc limit :n offset :o""")
                .param("n", page.fetch()).param("o", page.offset())
                .param("unit", unitCode == null ? "" : unitCode).param("unitId", unitIdOf(unitCode).orElse(-1L))
                .param("codes", "{" + String.join(",", codes) + "}").param("svc", serviceCode == null ? "" : serviceCode)
                .param("st", status == null ? "" : status).param("start", start).param("end", end)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    String st = rs.getString("status");
                    boolean open = PetitionStatus.valueOf(st).open();
                    LocalDate expected = rs.getObject("resolution_due", LocalDate.class) != null
                            ? rs.getObject("resolution_due", LocalDate.class) : rs.getObject("intake_due", LocalDate.class);
                    m.put("service_request_id", rs.getString("code"));
                    m.put("status", open ? "open" : "closed");
                    m.put("status_notes", rs.getString("answer") != null ? rs.getString("answer") : st);
                    m.put("service_name", Open311Services.name(rs.getString("kind")));
                    m.put("service_code", rs.getString("kind"));
                    m.put("description", rs.getString("content"));
                    m.put("agency_responsible", jurisdiction(rs.getLong("unit_id")));
                    m.put("service_notice", "");
                    m.put("requested_datetime", rs.getObject("created_at", java.time.OffsetDateTime.class)
                            .atZoneSameInstant(VN).toOffsetDateTime().toString());
                    m.put("updated_datetime", rs.getObject("created_at", java.time.OffsetDateTime.class)
                            .atZoneSameInstant(VN).toOffsetDateTime().toString());
                    m.put("expected_datetime", expected.atTime(17, 0).atZone(VN).toOffsetDateTime().toString());
                    m.put("address", "");
                    m.put("lat", "");
                    m.put("long", "");
                    m.put("media_url", "");
                    return m;
                }).list());
    }

    Optional<Long> unitIdOf(String code) {
        return code == null || code.isBlank() ? Optional.empty() : units.findByCode(code.strip()).map(UnitView::id);
    }

    private String jurisdiction(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("");
    }
}
