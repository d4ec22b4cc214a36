package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.calendar.DayType;

/** rules.md D6, the Party line: the committee head's reception days and the 10-working-day notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartyReceptionTests {

    @Autowired
    Deadlines deadlines;
    @Autowired
    Receptions receptions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartyCommitteeHeadReceivesTwiceAMonthAndFeedbackIsNoticedInTenWorkingDays_D6() {
        long party = jdbc.sql("select id from org_unit where code = 'DU-P-TA'").query(Long.class).single();
        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        Compliance c = receptions.compute(party, YearMonth.of(2026, 8));
        assertThat(c.required()).isEqualTo(2);
        assertThat(c.legalBasis()).contains("Quy định 11-QĐi/TW").contains("Kết luận 215-KL/TW");
        Deadline partyNotice = deadlines.intake(PetitionKind.KIEN_NGHI, 1, false, LocalDate.of(2026, 2, 10), party);
        assertThat(partyNotice.dayType()).isEqualTo(DayType.WORKING);
        assertThat(partyNotice.days()).isEqualTo(10);
        assertThat(partyNotice.legalBasis()).contains("Quy định 11-QĐi/TW");
        assertThat(partyNotice.due()).as("10 working days from 10/02/2026 cross the Tết 2026 holidays")
                .isAfter(LocalDate.of(2026, 2, 24));
        Deadline stateNotice = deadlines.intake(PetitionKind.KIEN_NGHI, 1, false, LocalDate.of(2026, 2, 10), school);
        assertThat(stateNotice.dayType()).as("a state body's feedback intake stays in calendar days (D5)")
                .isEqualTo(DayType.CALENDAR);
    }
}
