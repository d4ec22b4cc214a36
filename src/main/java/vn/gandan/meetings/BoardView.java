package vn.gandan.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A people's inspection board (Ban thanh tra nhân dân): term, the staff count it was formed on, the conference that
 * elected it on the union's proposal, members, work plan, and its inspections, findings and recommendations with the
 * head's reply deadline ({@code overdue}: unanswered after it).
 */
public record BoardView(long id, long unitId, LocalDate termFrom, LocalDate termTo, int staffCount,
                        Long electionMeetingId, String proposedBy, String workPlan, List<Member> members,
                        List<Finding> findings) {

    public record Member(long id, String name, String position, String role) {
    }

    public record Finding(long id, String kind, LocalDate foundOn, String content, LocalDate replyDue,
                          LocalDate repliedOn, String reply, boolean overdue) {
    }
}
