package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitKind;
import vn.gandan.shared.ProblemException;

/**
 * ⚙ Dated settings of emulation: who may decide which commendation form (H2, Luật TĐKT 2022 / NĐ 98/2023 as read) and
 * the staff-evaluation criteria sets per owning unit (I1). A new row or set with a later effective date changes the
 * answer from that date only; a unit's set is issued only by that unit.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class EmulationSettingsTests {

    @Autowired
    CommendationDeciders deciders;
    @Autowired
    EvalCriteria criteria;
    @Autowired
    EvalCriteriaAdmin admin;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whoMayDecideAFormChangesFromTheNewRowsEffectiveDateOnly_H2() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        assertThat(deciders.mayDecide("GIAY_KHEN", UnitKind.TRUONG, from)).isTrue();
        assertThat(deciders.mayDecide("BANG_KHEN", UnitKind.PHONG_GDDT, from)).isFalse();
        assertThat(deciders.deciders("BANG_KHEN", from)).containsExactly("BO", "UBND_TINH");
        jdbc.sql("""
                        insert into emu_commendation_decider (effective_from, form, unit_kind, source)
                        select :f, form, unit_kind, 'thử: quy định mới' from emu_commendation_decider
                         where effective_from = '2024-01-01' and not (form = 'GIAY_KHEN' and unit_kind = 'TRUONG')""")
                .param("f", from).update();
        assertThat(deciders.mayDecide("GIAY_KHEN", UnitKind.TRUONG, from.minusDays(1))).as("the day before").isTrue();
        assertThat(deciders.mayDecide("GIAY_KHEN", UnitKind.TRUONG, from)).as("from the effective date").isFalse();
        assertThat(deciders.mayDecide("GIAY_KHEN", UnitKind.PHONG_GDDT, from)).isTrue();
    }

    @Test
    void theDefaultCriteriaSetSplitsEightyProfessionalAndTwentyDanVan_I1() {
        long school = unit("TH-PS");
        EvalCriteria.CriteriaSet set = criteria.inForce(school, LocalDate.of(2026, 8, 31)).orElseThrow();
        assertThat(set.ownerUnitId()).isNull();
        assertThat(sum(set.part("PROFESSIONAL"))).isEqualByComparingTo("80");
        assertThat(sum(set.part("DAN_VAN"))).isEqualByComparingTo("20");
        assertThat(set.part("DAN_VAN")).extracting(EvalCriteria.Criterion::text).anyMatch(t -> t.contains("Dân vận khéo"));
    }

    @Test
    void aUnitsOwnCriteriaSetAppliesToItsSubtreeFromItsDateAndOnlyItsOwnerIssuesIt_I1() {
        long phong = unit("PGDDT-PG");
        long school = unit("TH-PS");
        LocalDate from = LocalDate.of(2032, 1, 1);
        EvalCriteriaAdmin.NewSet set = new EvalCriteriaAdmin.NewSet(phong, from.toString(), "Quy chế đánh giá của Phòng (thử)",
                lines("70", "10", "10"));
        as("so.binhduong");
        assertThat(status(() -> admin.add(set))).as("a unit above is not the owner").isEqualTo(403);
        as("th.phuocsang");
        assertThat(status(() -> admin.add(set))).as("a school does not see the Phòng").isEqualTo(404);
        as("ld.phugiao");
        assertThat(status(() -> admin.add(new EvalCriteriaAdmin.NewSet(phong, from.toString(), "thử",
                lines("60", "10", "10"))))).as("sums off the 80/20 split").isEqualTo(422);
        assertThat(status(() -> admin.add(new EvalCriteriaAdmin.NewSet(null, from.toString(), "thử", lines("70", "10", "10")))))
                .as("the shared default: system administrators only").isEqualTo(403);
        admin.add(set);
        assertThat(status(() -> admin.add(set))).as("a set is never rewritten").isEqualTo(409);
        assertThat(criteria.inForce(school, from.minusDays(1)).orElseThrow().ownerUnitId()).as("the day before").isNull();
        EvalCriteria.CriteriaSet now = criteria.inForce(school, from).orElseThrow();
        assertThat(now.ownerUnitId()).isEqualTo(phong);
        assertThat(now.find("DV1").orElseThrow().maxPoints()).isEqualByComparingTo("10");
    }

    /** Two professional criteria (the first {@code main}, the second 10) and two dân vận criteria. */
    private static List<EvalCriteria.Criterion> lines(String main, String danVan1, String danVan2) {
        return List.of(new EvalCriteria.Criterion("CM1", "PROFESSIONAL", "Thực hiện nhiệm vụ chuyên môn", new BigDecimal(main)),
                new EvalCriteria.Criterion("CM2", "PROFESSIONAL", "Học tập, bồi dưỡng", new BigDecimal("10")),
                new EvalCriteria.Criterion("DV1", "DAN_VAN", "Ứng xử với phụ huynh, người dân", new BigDecimal(danVan1)),
                new EvalCriteria.Criterion("DV2", "DAN_VAN", "Tham gia “Dân vận khéo”", new BigDecimal(danVan2)));
    }

    private static BigDecimal sum(List<EvalCriteria.Criterion> l) {
        return l.stream().map(EvalCriteria.Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ProblemException e) {
            return e.status();
        } catch (vn.gandan.shared.NotFoundException e) {
            return 404;
        }
    }

    private static void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }
}
