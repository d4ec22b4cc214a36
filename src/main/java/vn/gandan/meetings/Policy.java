package vn.gandan.meetings;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** ⚙ Figures of workplace democracy (table meeting_policy): the value in force on a day. */
@Component
class Policy {

    static final String DIALOGUE_INTERVAL_MONTHS = "DIALOGUE_INTERVAL_MONTHS";
    static final String CONFERENCE_WITHIN_MONTHS = "CONFERENCE_WITHIN_MONTHS";
    static final String WORK_YEAR_END_MONTH_SCHOOL = "WORK_YEAR_END_MONTH_SCHOOL";
    static final String WORK_YEAR_END_MONTH_OTHER = "WORK_YEAR_END_MONTH_OTHER";
    static final String CONFERENCE_DELEGATES_FROM_STAFF = "CONFERENCE_DELEGATES_FROM_STAFF";
    static final String BOARD_MIN_STAFF = "BOARD_MIN_STAFF";
    static final String BOARD_MIN_MEMBERS = "BOARD_MIN_MEMBERS";
    static final String BOARD_MAX_MEMBERS = "BOARD_MAX_MEMBERS";
    static final String BOARD_TERM_MONTHS = "BOARD_TERM_MONTHS";
    static final String BOARD_REPLY_DAYS = "BOARD_REPLY_DAYS";
    static final String MINUTES_COMMENT_WORKING_DAYS = "MINUTES_COMMENT_WORKING_DAYS";
    static final String REMIND_BEFORE_DAYS = "REMIND_BEFORE_DAYS";
    static final String CONFERENCE_QUORUM_NUM = "CONFERENCE_QUORUM_NUM";
    static final String CONFERENCE_QUORUM_DEN = "CONFERENCE_QUORUM_DEN";
    static final String MEETING_REMIND_WORKING_DAYS = "MEETING_REMIND_WORKING_DAYS";
    static final String MINUTES_PENDING_WORKING_DAYS = "MINUTES_PENDING_WORKING_DAYS";
    static final String FINDING_REMIND_WORKING_DAYS = "FINDING_REMIND_WORKING_DAYS";

    private final JdbcClient jdbc;

    Policy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int value(String code, LocalDate on) {
        return jdbc.sql("""
                        select value from meeting_policy where code = :c and effective_from <= :d
                        order by effective_from desc limit 1""")
                .param("c", code).param("d", on).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no policy " + code + " on " + on));
    }
}
