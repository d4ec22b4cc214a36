package vn.gandan.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.Texts;

/**
 * G6 (Luật THDCCS Điều 60): a board only where staff exceed ⚙ 7; ⚙ 3–9 members; the head, a deputy head or the
 * chief accountant is never a member (recognised from the position's words, diacritics and case ignored).
 */
final class BoardRules {

    /** Heads and deputies of a school, an office or a department, and the chief accountant. */
    private static final Pattern BARRED = Pattern.compile(
            "^(pho )?(hieu truong|giam doc|truong phong|thu truong|vien truong|chanh van phong|chu tich ubnd)\\b.*"
                    + "|.*\\bke toan truong\\b.*");

    private BoardRules() {
    }

    record Member(String name, String position, String role) {
    }

    static boolean barred(String position) {
        return BARRED.matcher(Texts.fold(Texts.clean(position))).matches();
    }

    static List<FieldProblem> check(int staff, int minStaff, int minMembers, int maxMembers, List<Member> members) {
        List<FieldProblem> p = new ArrayList<>();
        if (staff < minStaff) p.add(FieldProblem.of("unitId", "meetings.board.staff", staff, minStaff - 1));
        if (members.size() < minMembers || members.size() > maxMembers) {
            p.add(FieldProblem.of("members", "meetings.board.size", minMembers, maxMembers, members.size()));
        }
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String name = Texts.clean(m.name());
            if (name == null || name.isEmpty() || name.length() > 200) p.add(FieldProblem.of("members[" + i + "].name", "meetings.board.name"));
            String position = Texts.clean(m.position());
            if (position == null || position.isEmpty() || position.length() > 200) {
                p.add(FieldProblem.of("members[" + i + "].position", "meetings.board.position"));
            } else if (barred(position)) {
                p.add(FieldProblem.of("members[" + i + "].position", "meetings.board.barred", position));
            }
            if (m.role() != null && !List.of("TRUONG_BAN", "PHO_TRUONG_BAN", "UY_VIEN").contains(m.role())) {
                p.add(FieldProblem.of("members[" + i + "].role", "meetings.board.role"));
            }
        }
        if (members.stream().filter(m -> "TRUONG_BAN".equals(m.role())).count() > 1) {
            p.add(FieldProblem.of("members", "meetings.board.oneHead"));
        }
        return p;
    }
}
