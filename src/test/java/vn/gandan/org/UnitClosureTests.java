package vn.gandan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14: the tree's closure ({@code org_unit_closure}, kept by triggers on every link change) gives the same
 * answers as the recursive walk over the links it replaced — subtrees and ancestors on every day around a move, a
 * dissolved unit and a later correction of a link — and the set forms equal the unit-by-unit reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitClosureTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate MOVE = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService tree;
    @Autowired
    UnitAncestry ancestry;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code, Long parent) {
        return admin.create(new UnitAdmin.NewUnit(code, "Đơn vị " + code, null, UnitKind.KHAC, null, "Nơi", parent, FROM)).id();
    }

    @Test
    void subtreesAndAncestorsEqualTheRecursiveWalkAroundAMoveADissolutionAndACorrection() {
        long root = unit("CL-ROOT", null);
        long a = unit("CL-A", root);
        long b = unit("CL-B", root);
        long a1 = unit("CL-A1", a);
        long school = unit("CL-S", a1);
        long gone = unit("CL-GONE", a1);
        admin.move(a1, b, MOVE); // a1 with its two schools goes from A to B
        jdbc.sql("update org_unit set valid_to = date '2024-12-31' where id = :u").param("u", gone).update();
        jdbc.sql("update org_unit_link set valid_to = date '2024-12-31' where unit_id = :u").param("u", gone).update();
        List<Long> all = List.of(root, a, b, a1, school, gone);
        assertSameAsTheWalk(all);
        assertThat(tree.subtreeIds(a, MOVE.minusDays(1))).contains(a1, school);
        assertThat(tree.subtreeIds(a, MOVE)).containsExactly(a);
        assertThat(tree.subtreeIds(b, MOVE)).contains(a1, school).doesNotContain(gone);
        // a correction of a link (the move was in fact a year later) is followed by everything under it
        jdbc.sql("update org_unit_link set valid_to = date '2026-06-30' where unit_id = :u and parent_id = :p")
                .param("u", a1).param("p", a).update();
        jdbc.sql("update org_unit_link set valid_from = date '2026-07-01' where unit_id = :u and parent_id = :p")
                .param("u", a1).param("p", b).update();
        assertSameAsTheWalk(all);
        assertThat(tree.subtreeIds(a, MOVE)).contains(a1, school);
        jdbc.sql("delete from org_unit_link where unit_id = :u and parent_id = :p").param("u", a1).param("p", b).update();
        assertSameAsTheWalk(all);
        assertThat(tree.ancestorIds(school, LocalDate.of(2027, 1, 1))).containsExactly(a1);
    }

    @Test
    void aDissolvedUnitIsPlacedWhereItWasOnItsLastDay() {
        long root = unit("CL2-ROOT", null);
        long phong = unit("CL2-P", root);
        long gone = unit("CL2-GONE", phong);
        jdbc.sql("update org_unit set valid_to = date '2024-12-31' where id = :u").param("u", gone).update();
        jdbc.sql("update org_unit_link set valid_to = date '2024-12-31' where unit_id = :u").param("u", gone).update();
        LocalDate today = LocalDate.of(2026, 3, 1);
        Map<Long, Set<Long>> placed = ancestry.aboveAsPlaced(List.of(gone, phong, root, -1L), today);
        assertThat(placed.get(root)).as("a unit with none above it").isNotNull().isEmpty();
        assertThat(placed.get(gone)).containsExactly(phong, root);
        assertThat(placed.get(phong)).containsExactly(root);
        assertThat(placed).doesNotContainKey(-1L); // a unit that does not exist
        assertThat(ancestry.aboveOn(List.of(gone), today).get(gone)).isEmpty();
    }

    private void assertSameAsTheWalk(List<Long> units) {
        List<LocalDate> days = new ArrayList<>(List.of(FROM.minusDays(1), FROM, LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 1), MOVE.minusDays(1), MOVE, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
                LocalDate.of(2030, 1, 1)));
        for (LocalDate day : days) {
            Map<Long, Set<Long>> above = ancestry.aboveOn(units, day);
            Map<Long, Long> parents = ancestry.parentsOn(units, day);
            for (long u : units) {
                assertThat(tree.subtreeIds(u, day)).as("subtree of %d on %s", u, day).isEqualTo(walkDown(u, day));
                assertThat(List.copyOf(above.get(u))).as("above %d on %s", u, day).isEqualTo(walkUp(u, day));
                assertThat(tree.ancestorIds(u, day)).isEqualTo(walkUp(u, day));
                assertThat(parents.get(u)).isEqualTo(tree.parentId(u, day).orElse(null));
            }
        }
    }

    /** The recursive walk org_subtree did before the closure. */
    private Set<Long> walkDown(long root, LocalDate day) {
        return new HashSet<>(jdbc.sql("""
                        with recursive t(id) as (select cast(:r as bigint) union all
                          select l.unit_id from org_unit_link l join t on l.parent_id = t.id
                          where l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d))
                        select id from t""").param("r", root).param("d", day).query(Long.class).list());
    }

    /** The recursive walk UnitService.ancestorIds did before the closure, nearest first. */
    private List<Long> walkUp(long unit, LocalDate day) {
        return jdbc.sql("""
                        with recursive a(id, depth) as (
                          select l.parent_id, 1 from org_unit_link l
                           where l.unit_id = :u and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)
                          union all
                          select l.parent_id, a.depth + 1 from org_unit_link l join a on l.unit_id = a.id
                           where l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d) and a.depth < 64)
                        select id from a order by depth""").param("u", unit).param("d", day).query(Long.class).list();
    }
}
