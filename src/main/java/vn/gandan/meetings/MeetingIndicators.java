package vn.gandan.meetings;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;

/** Report figures from meeting records: dialogues, their opinions and commitments, the conference, the board. */
@Component
class MeetingIndicators implements IndicatorSource {

    static final Set<String> CODES = Set.of("DIALOGUES_HELD", "DIALOGUE_OPINIONS", "DIALOGUE_OPINIONS_ANSWERED",
            "DIALOGUE_COMMITMENTS", "LARGEST_DIALOGUE_ATTENDANCE", "STAFF_CONFERENCE_HELD", "INSPECTION_BOARD_MEETINGS",
            "INSPECTION_BOARD_FINDINGS");

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;

    MeetingIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> codes() {
        return CODES;
    }

    @Override
    public Map<String, IndicatorValue> values(IndicatorQuery q) {
        Map<String, IndicatorValue> out = new HashMap<>();
        if (!q.wantsAny(CODES)) return out;
        long[] v = jdbc.sql("""
                        with spans as (select * from unnest(cast(:ids as bigint[]), cast(:froms as date[]), cast(:tos as date[])) s(unit_id, f, t)),
                        m as (select m.* from meeting m join spans s on m.unit_id = s.unit_id and m.held_on between s.f and s.t
                              where m.status <> 'CANCELLED')
                        select (select count(*) from m where kind in ('DOI_THOAI', 'DIEN_DAN')),
                               (select count(*) from meeting_opinion o join m on m.id = o.meeting_id where m.kind in ('DOI_THOAI', 'DIEN_DAN')),
                               (select count(*) from meeting_opinion o join m on m.id = o.meeting_id where m.kind in ('DOI_THOAI', 'DIEN_DAN')
                                  and o.answer is not null),
                               (select count(*) from meeting_opinion o join m on m.id = o.meeting_id where m.kind in ('DOI_THOAI', 'DIEN_DAN')
                                  and o.task_id is not null),
                               (select coalesce(max(present), 0) from m where kind in ('DOI_THOAI', 'DIEN_DAN')),
                               (select count(*) from m where kind = 'HOI_NGHI_CBCCVC' and not extraordinary),
                               (select count(*) from m where kind = 'HOP_BAN_TTND'),
                               (select count(*) from inspection_finding f join inspection_board b on b.id = f.board_id
                                  join spans s on b.unit_id = s.unit_id and f.found_on between s.f and s.t where f.kind <> 'INSPECTION')""")
                .param("ids", q.ids()).param("froms", q.froms()).param("tos", q.tos())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)}).single();
        String from = DATE.format(q.from());
        String to = DATE.format(q.to());
        out.put("DIALOGUES_HELD", IndicatorValue.count(v[0], "meetings.indicator.source.dialogues", v[0], from, to));
        out.put("DIALOGUE_OPINIONS", IndicatorValue.count(v[1], "meetings.indicator.source.opinions", v[1], from, to));
        out.put("DIALOGUE_OPINIONS_ANSWERED", IndicatorValue.count(v[2], "meetings.indicator.source.answered", v[2], from, to));
        out.put("DIALOGUE_COMMITMENTS", IndicatorValue.count(v[3], "meetings.indicator.source.commitments", v[3], from, to));
        out.put("LARGEST_DIALOGUE_ATTENDANCE", IndicatorValue.count(v[4], "meetings.indicator.source.attendance", v[4], from, to));
        out.put("STAFF_CONFERENCE_HELD", IndicatorValue.count(v[5] > 0 ? 1 : 0, "meetings.indicator.source.conference", v[5], from, to));
        out.put("INSPECTION_BOARD_MEETINGS", IndicatorValue.count(v[6], "meetings.indicator.source.boardMeetings", v[6], from, to));
        out.put("INSPECTION_BOARD_FINDINGS", IndicatorValue.count(v[7], "meetings.indicator.source.findings", v[7], from, to));
        out.keySet().retainAll(q.codes());
        return out;
    }
}
