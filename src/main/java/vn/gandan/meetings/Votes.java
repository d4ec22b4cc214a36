package vn.gandan.meetings;

import java.util.ArrayList;
import java.util.List;
import vn.gandan.shared.FieldProblem;

/** G3: a vote on a "bàn và quyết định" item — turnout and result; passes with more than half of those present. */
final class Votes {

    private Votes() {
    }

    static boolean passed(int votesFor, int present) {
        return votesFor * 2 > present;
    }

    /** The vote's figures are whole, non-negative and consistent (present ≤ eligible, ballots ≤ present). */
    static List<FieldProblem> check(Integer eligible, Integer present, Integer votesFor, Integer against, Integer abstain) {
        List<FieldProblem> p = new ArrayList<>();
        if (eligible == null || eligible <= 0) p.add(FieldProblem.of("eligible", "meetings.vote.eligible"));
        if (present == null || present < 0) p.add(FieldProblem.of("present", "meetings.vote.present"));
        else if (eligible != null && present > eligible) p.add(FieldProblem.of("present", "meetings.vote.presentOverEligible"));
        if (votesFor == null || votesFor < 0) p.add(FieldProblem.of("votesFor", "meetings.vote.count"));
        int a = against == null ? 0 : against;
        int b = abstain == null ? 0 : abstain;
        if (a < 0 || b < 0) p.add(FieldProblem.of("votesAgainst", "meetings.vote.count"));
        if (p.isEmpty() && votesFor + a + b > present) p.add(FieldProblem.of("votesFor", "meetings.vote.overPresent"));
        return p;
    }
}
