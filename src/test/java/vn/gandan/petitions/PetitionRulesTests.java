package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.calendar.DayType;
import vn.gandan.shared.ProblemException;

/** The law's figures and steps (rules.md B, C, D), each counted by the calendar module from the dated rule table. */
@SpringBootTest
@ActiveProfiles("test")
class PetitionRulesTests {

    @Autowired
    Deadlines deadlines;
    @Autowired
    LegalRules rules;
    @Autowired
    PetitionIntake intake;
    @Autowired
    PetitionWork work;
    @Autowired
    PetitionReads reads;
    @Autowired
    JdbcClient jdbc;

    long school;

    @BeforeEach
    void asSchoolLeader() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "th.phuocsang", null, AuthorityUtils.createAuthorityList("ROLE_LEADER")));
        school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private long receive(String kind, String on, Petitioner p) {
        return intake.receive(new NewPetition(school, kind, null, d(on), "BUU_CHINH", "Nội dung " + kind + " " + System.nanoTime(),
                p, "KHIEU_NAI".equals(kind) ? d(on).minusDays(5) : null, null, null, null, null, null, null));
    }

    private static Petitioner person() {
        return new Petitioner("Đặng Văn An", "Ấp 1, xã Phước Sang", "0987654321", "074000111222");
    }

    @Test
    void complaintIntakeIsDueTenCalendarDaysAfterReceipt_B2() {
        Deadline intakeDue = deadlines.intake(PetitionKind.KHIEU_NAI, 1, false, d("2026-03-02"), school);
        assertThat(intakeDue.due()).isEqualTo(d("2026-03-12"));
        assertThat(intakeDue.dayType()).isEqualTo(DayType.CALENDAR);
        assertThat(intakeDue.legalBasis()).contains("Điều 27");
    }

    @Test
    void complaintDeadlineCrossingTet2026MovesToTheFirstWorkingDayAfter_B3() {
        long id = receive("KHIEU_NAI", "2026-01-15", person());
        work.accept(id, d("2026-01-20"), "NORMAL", false);
        assertThat(reads.get(id).resolutionDue()).as("20/01 + 30 = 19/02, mùng 3 Tết").isEqualTo(d("2026-02-23"));
    }

    @Test
    void complaintDeadlineIs45DaysWhenComplexAnd60WhenComplexInRemoteAreas_B3() {
        long complex = receive("KHIEU_NAI", "2026-03-02", person());
        work.accept(complex, d("2026-03-03"), "COMPLEX", false);
        assertThat(reads.get(complex).resolutionDue()).isEqualTo(d("2026-04-17"));
        long remote = receive("KHIEU_NAI", "2026-03-02", new Petitioner("Hồ Thị Xa", "Bản Ea", null, null));
        work.accept(remote, d("2026-03-03"), "VERY_COMPLEX", true);
        assertThat(reads.get(remote).resolutionDue()).isEqualTo(d("2026-05-04"));
    }

    @Test
    void secondComplaintIsDue30DaysAfterTheFirstDecision45InRemoteAreas_B4() {
        assertThat(deadlines.appeal(d("2026-04-01"), false, school).due()).isEqualTo(d("2026-05-04"));
        assertThat(deadlines.appeal(d("2026-04-01"), true, school).due()).isEqualTo(d("2026-05-18"));
    }

    @Test
    void secondInstanceIsResolvedIn45Days60Complex70ComplexRemote_B5() {
        long id = intake.receive(new NewPetition(school, "KHIEU_NAI", null, d("2026-03-02"), "BUU_CHINH",
                "Khiếu nại lần hai " + System.nanoTime(), person(), d("2026-02-20"), null, null, null, null, null, 2));
        assertThat(reads.get(id).intakeDue()).isEqualTo(d("2026-03-12"));
        work.accept(id, d("2026-03-05"), "NORMAL", false);
        assertThat(reads.get(id).resolutionDue()).isEqualTo(d("2026-04-20"));
        assertThat(rules.on("KN2_RESOLVE_REMOTE_COMPLEX", d("2026-03-05")).value()).isEqualTo(70);
    }

    @Test
    void firstDecisionTakesEffect30DaysAfterIssueWhenNotAppealed_B6() {
        assertThat(deadlines.effective(d("2026-06-01"), false, school).due()).isEqualTo(d("2026-07-01"));
        assertThat(deadlines.effective(d("2026-06-01"), true, school).due()).isEqualTo(d("2026-07-16"));
    }

    @Test
    void complaintAgainstADisciplinaryDecisionIsLateAfter15Days_B7() {
        ProblemException late = catchThrowableOfType(ProblemException.class, () -> intake.receive(new NewPetition(school,
                "KHIEU_NAI", null, d("2026-05-20"), "TRUC_TIEP", "Khiếu nại quyết định kỷ luật", person(), d("2026-05-01"),
                true, null, null, null, null, null)));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.fieldProblems()).extracting(f -> f.field()).containsExactly("receivedOn");
    }

    @Test
    void objectiveObstacleDaysExtendTheFilingPeriod_B1() {
        long id = intake.receive(new NewPetition(school, "KHIEU_NAI", null, d("2026-06-10"), "TRUC_TIEP",
                "Khiếu nại sau thời gian ốm " + System.nanoTime(), person(), d("2026-02-01"), null, 40, null, null, null, null));
        assertThat(reads.get(id).status()).isEqualTo(PetitionStatus.RECEIVED);
    }

    @Test
    void casesMoveThroughTheStatesOfTheLawAndRefuseSkippedSteps_B8() {
        long id = receive("KHIEU_NAI", "2026-04-01", person());
        assertThat(catchThrowableOfType(ProblemException.class, () -> work.resolve(id, d("2026-04-02"), "Kết luận", null))
                .status()).isEqualTo(409);
        work.accept(id, d("2026-04-02"), null, false);
        work.verify(id, d("2026-04-05"), "Xác minh tại trường");
        work.dialogue(id, d("2026-04-10"), "Đối thoại với người khiếu nại");
        work.resolve(id, d("2026-04-20"), "Giữ nguyên quyết định", null);
        work.takeEffect(id, d("2026-05-21"));
        work.close(id, d("2026-05-22"));
        PetitionView v = reads.get(id);
        assertThat(v.status()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(v.timeline()).extracting(PetitionView.Step::step)
                .containsExactly("RECEIVED", "ACCEPTED", "VERIFYING", "DIALOGUE", "RESOLVED", "EFFECTIVE", "CLOSED");
        long withdrawn = receive("TO_CAO", "2026-04-01", person());
        work.withdraw(withdrawn, d("2026-04-03"), "Người tố cáo rút đơn");
        assertThat(reads.get(withdrawn).status()).isEqualTo(PetitionStatus.WITHDRAWN);
        long ended = receive("KHIEU_NAI", "2026-04-01", person());
        work.accept(ended, d("2026-04-02"), null, false);
        work.suspend(ended, d("2026-04-03"), "Chờ kết quả vụ việc liên quan");
        work.terminate(ended, d("2026-04-20"), "Người khiếu nại chết, không có người thừa kế quyền");
        assertThat(reads.get(ended).status()).isEqualTo(PetitionStatus.TERMINATED);
    }

    @Test
    void everyFigureComesFromTheDatedRuleTableWithItsLegalBasis_B9() {
        assertThat(rules.on("RECEPTION_MIN_UBND_XA", d("2026-06-30")).value()).isEqualTo(4);
        assertThat(rules.on("RECEPTION_MIN_UBND_XA", d("2026-07-01")).value()).isEqualTo(2);
        assertThat(rules.on("KN_FILING_LIMIT", d("2026-07-01")).legalBasis()).contains("Điều 9");
    }

    @Test
    void denunciationIntakeIsSevenWorkingDaysAcrossTet_C1() {
        assertThat(deadlines.intake(PetitionKind.TO_CAO, 1, false, d("2026-02-11"), school).due()).isEqualTo(d("2026-02-27"));
        assertThat(deadlines.intake(PetitionKind.TO_CAO, 1, true, d("2026-02-11"), school).due()).isEqualTo(d("2026-03-04"));
    }

    @Test
    void anItemOutsideCompetenceIsForwardedWithinFiveWorkingDaysAndRegisteredThere_C2() {
        long id = receive("TO_CAO", "2026-05-04", person());
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        assertThat(deadlines.forward(PetitionKind.TO_CAO, d("2026-05-04"), school).due()).isEqualTo(d("2026-05-11"));
        long there = work.forward(id, d("2026-05-06"), phong, "Thuộc thẩm quyền Phòng GDĐT");
        assertThat(reads.get(id).status()).isEqualTo(PetitionStatus.FORWARDED);
        assertThat(there).isNotEqualTo(id);
    }

    @Test
    void acceptedDenunciationIsNotifiedWithinFiveWorkingDays_C3() {
        long id = receive("TO_CAO", "2026-05-04", person());
        work.accept(id, d("2026-05-08"), "NORMAL", false);
        assertThat(reads.get(id).noticeDue()).isEqualTo(d("2026-05-15"));
        assertThat(reads.get(id).resolutionDue()).isEqualTo(d("2026-06-08"));
    }

    @Test
    void aNormalDenunciationGetsNoExtensionAndAComplexOneOnlyOne_C4() {
        long normal = receive("TO_CAO", "2026-05-04", person());
        work.accept(normal, d("2026-05-05"), "NORMAL", false);
        assertThat(catchThrowableOfType(ProblemException.class, () -> work.extend(normal, d("2026-05-20"), 10, "Cần thêm thời gian"))
                .status()).isEqualTo(409);
        long complex = receive("TO_CAO", "2026-05-04", person());
        work.accept(complex, d("2026-05-05"), "COMPLEX", false);
        work.extend(complex, d("2026-05-25"), 30, "Xác minh ở hai nơi");
        assertThat(reads.get(complex).resolutionDue()).isEqualTo(d("2026-07-06"));
        assertThat(catchThrowableOfType(ProblemException.class, () -> work.extend(complex, d("2026-06-25"), 5, "Lần hai"))
                .status()).isEqualTo(409);
    }

    @Test
    void anonymousDenunciationNamingAViolatorWithEvidenceIsRoutedAsFeedback_C5() {
        long routed = intake.receive(new NewPetition(school, "TO_CAO", null, d("2026-05-04"), "BUU_CHINH",
                "Thư không ký tên, kèm hóa đơn thu sai " + System.nanoTime(), null, null, null, null, null, true, true, null));
        PetitionView v = reads.get(routed);
        assertThat(v.kind()).isEqualTo(PetitionKind.PHAN_ANH);
        assertThat(v.routedFrom()).isEqualTo("TO_CAO");
        assertThat(v.status()).isEqualTo(PetitionStatus.RECEIVED);
        long dropped = intake.receive(new NewPetition(school, "TO_CAO", null, d("2026-05-04"), "BUU_CHINH",
                "Thư nặc danh chung chung " + System.nanoTime(), null, null, null, null, null, false, false, null));
        assertThat(reads.get(dropped).status()).isEqualTo(PetitionStatus.REJECTED);
    }

    @Test
    void theSamePersonWithTheSameContentIsMergedIntoTheOpenCase() {
        String content = "Đề nghị sửa mái che nhà xe " + System.nanoTime();
        long first = intake.receive(new NewPetition(school, "KIEN_NGHI", null, d("2026-05-04"), "TRUC_TIEP", content,
                person(), null, null, null, null, null, null, null));
        long second = intake.receive(new NewPetition(school, "KIEN_NGHI", null, d("2026-05-06"), "BUU_CHINH",
                content.toUpperCase(), person(), null, null, null, null, null, null, null));
        assertThat(reads.get(second).status()).isEqualTo(PetitionStatus.MERGED);
        assertThat(reads.get(second).duplicateOf()).isEqualTo(first);
    }

    @Test
    void oneItemMayHoldSeveralKinds() {
        long id = intake.receive(new NewPetition(school, "KHIEU_NAI", List.of("KIEN_NGHI"), d("2026-05-04"), "TRUC_TIEP",
                "Khiếu nại và kiến nghị " + System.nanoTime(), person(), d("2026-05-01"), null, null, null, null, null, null));
        assertThat(reads.get(id).kinds()).containsExactly(PetitionKind.KHIEU_NAI, PetitionKind.KIEN_NGHI);
    }

    @Test
    void feedbackNeedsAnIntakeDecisionInTenDaysAndIsResolvedByTheLocalRule_D5() {
        long id = receive("PHAN_ANH", "2026-05-04", person());
        assertThat(reads.get(id).intakeDue()).isEqualTo(d("2026-05-14"));
        work.accept(id, d("2026-05-05"), null, false);
        assertThat(reads.get(id).resolutionDue()).isEqualTo(d("2026-06-04"));
        assertThat(reads.get(id).deadlines()).extracting(Deadline::legalBasis).anyMatch(b -> b.contains("Quy định của đơn vị"));
    }
}
