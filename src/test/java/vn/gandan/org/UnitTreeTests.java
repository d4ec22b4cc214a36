package vn.gandan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.shared.ProblemException;

/** The effective-dated tree on real PostgreSQL: reading it as of a date, subtrees, moves and bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitTreeTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService tree;

    private long unit(String code, Long parent) {
        return admin.create(new UnitAdmin.NewUnit(code, "Đơn vị " + code, null, UnitKind.KHAC, null, "Nơi", parent, FROM)).id();
    }

    @Test
    void treeReadAsOfADateShowsTheParentBeforeAndAfterAMove() {
        long oldParent = unit("T1-OLD", null);
        long newParent = unit("T1-NEW", null);
        long school = unit("T1-SCHOOL", oldParent);
        admin.move(school, newParent, LocalDate.of(2025, 7, 1));

        assertThat(tree.parentId(school, LocalDate.of(2025, 6, 30))).contains(oldParent);
        assertThat(tree.parentId(school, LocalDate.of(2025, 7, 1))).contains(newParent);
        assertThat(tree.subtreeIds(oldParent, LocalDate.of(2025, 3, 1))).contains(school);
        assertThat(tree.subtreeIds(oldParent, LocalDate.of(2025, 9, 1))).doesNotContain(school);
        assertThat(tree.subtreeIds(newParent, LocalDate.of(2025, 9, 1))).contains(school);
        assertThat(tree.details(school).history()).hasSize(2);
    }

    @Test
    void subtreeContainsEveryDescendantAndNothingElse() {
        long root = unit("T2-ROOT", null);
        long a = unit("T2-A", root);
        long b = unit("T2-B", root);
        long a1 = unit("T2-A1", a);
        long a11 = unit("T2-A11", a1);
        long other = unit("T2-OTHER", null);
        LocalDate day = LocalDate.of(2024, 5, 1);
        assertThat(tree.subtreeIds(root, day)).containsExactlyInAnyOrder(root, a, b, a1, a11);
        assertThat(tree.subtreeIds(a, day)).containsExactlyInAnyOrder(a, a1, a11);
        assertThat(tree.ancestorIds(a11, day)).containsExactly(a1, a, root);
        assertThat(tree.isWithin(a11, root, day)).isTrue();
        assertThat(tree.isWithin(other, root, day)).isFalse();
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsRefused() {
        long root = unit("T3-ROOT", null);
        long child = unit("T3-CHILD", root);
        long grandChild = unit("T3-GRAND", child);
        assertThatThrownBy(() -> admin.move(root, grandChild, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).fieldProblems()).extracting(p -> p.messageKey())
                        .contains("org.unit.move.cycle"));
        assertThat(tree.parentId(root, LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void unknownParentOversizedNameMarkupAndDuplicateCodeAreRejectedTogether() {
        unit("T4-TAKEN", null);
        assertThatThrownBy(() -> admin.create(new UnitAdmin.NewUnit("T4-TAKEN", "x".repeat(301), "<b>", UnitKind.TRUONG,
                null, "P", 999_999L, FROM)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).fieldProblems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("code", "name", "shortName", "parentId"));
        assertThatThrownBy(() -> admin.create(new UnitAdmin.NewUnit("T4-HTML", "<script>alert(1)</script>", null,
                UnitKind.TRUONG, null, null, null, FROM))).isInstanceOf(ProblemException.class);
        assertThat(tree.search("T4-HTML", 5)).isEmpty();
    }

    @Test
    void decomposedInputIsStoredAsNfcAndFoundWithoutDiacritics() {
        String nfd = java.text.Normalizer.normalize("Trường Tiểu học Thử Nghiệm", java.text.Normalizer.Form.NFD);
        long id = admin.create(new UnitAdmin.NewUnit("T5-NFD", nfd, null, UnitKind.TRUONG, SchoolLevel.TIEU_HOC,
                null, null, FROM)).id();
        assertThat(tree.get(id).name()).isEqualTo("Trường Tiểu học Thử Nghiệm")
                .isEqualTo(java.text.Normalizer.normalize(nfd, java.text.Normalizer.Form.NFC));
        assertThat(tree.search("truong tieu hoc thu nghiem", 5)).extracting(UnitView::id).contains(id);
    }

    @Test
    void aParentThatNoLongerExistsCannotReceiveUnits() {
        long gone = unit("T6-GONE", null);
        admin.dissolve(gone, LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> admin.create(new UnitAdmin.NewUnit("T6-LATE", "Muộn", null, UnitKind.TRUONG, null,
                null, gone, LocalDate.of(2025, 7, 1)))).isInstanceOf(ProblemException.class);
    }

    @Test
    void demoReorganisationKeepsTheDissolvedPhongAsHistory() {
        UnitView phong = tree.findByCode("PGDDT-HM").orElseThrow();
        UnitView school = tree.findByCode("MN-BN").orElseThrow();
        assertThat(phong.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(tree.parentId(school.id(), LocalDate.of(2024, 9, 5))).contains(phong.id());
        assertThat(tree.parentId(school.id(), LocalDate.of(2025, 9, 5)))
                .contains(tree.findByCode("UBND-X-HM").orElseThrow().id());
    }

    @Test
    void badContactIsRejectedFieldByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> admin.create(new UnitAdmin.NewUnit("T7-CONTACT", "Trường Liên Lạc", null, UnitKind.TRUONG,
                null, null, null, FROM), new UnitAdmin.Contact("<b>Ấp 1</b>", "gọi tôi", "không-phải-email")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("address:org.unit.address.invalid", "phone:org.unit.phone.invalid",
                                "email:org.unit.email.invalid"));
        assertThat(tree.findByCode("T7-CONTACT")).isEmpty();
        long id = admin.create(new UnitAdmin.NewUnit("T7-OK", "Trường Liên Lạc", null, UnitKind.TRUONG, null, null, null,
                FROM), new UnitAdmin.Contact("Ấp 1", "0274 123 456", "vanthu@truong.example")).id();
        assertThat(tree.details(id).email()).isEqualTo("vanthu@truong.example");
        assertThatThrownBy(() -> admin.update(id, new UnitAdmin.UnitEdit("Trường Liên Lạc", null, null, null, null, "x@")))
                .isInstanceOf(ProblemException.class);
        assertThat(tree.details(id).email()).isEqualTo("vanthu@truong.example");
    }

    @Test
    void aUnitCannotEndBeforeItBeganNorMoveOutsideItsLifetime() {
        long parent = unit("T8-PARENT", null);
        long school = unit("T8-SCHOOL", null);
        assertThatThrownBy(() -> admin.dissolve(school, FROM.minusDays(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.messageKey()).containsExactly("org.unit.validTo.beforeFrom"));
        assertThat(tree.get(school).validTo()).isNull();
        assertThatThrownBy(() -> admin.move(school, parent, FROM.minusYears(1))).isInstanceOf(ProblemException.class);
        assertThat(tree.details(school).history()).isEmpty();
    }

    @Test
    void dissolvingAUnitEndsItsCoordinationRelationsOnTheSameDay() {
        long ban = unit("T9-BAN", null);
        long phong = unit("T9-PHONG", null);
        admin.relate(ban, phong, RelationKind.PHOI_HOP, FROM);
        admin.dissolve(ban, LocalDate.of(2025, 6, 30));
        assertThat(tree.details(phong).relations()).singleElement()
                .satisfies(r -> assertThat(r.validTo()).isEqualTo(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void demoThuanAnSchoolsMoveToTheWardAndTheBanDanVanRelationEnds() {
        long phong = tree.findByCode("PGDDT-TA").orElseThrow().id();
        long ward = tree.findByCode("UBND-P-TA").orElseThrow().id();
        assertThat(tree.children(phong, LocalDate.of(2025, 6, 30))).extracting(UnitView::code)
                .containsExactlyInAnyOrder("TH-LT", "THCS-THD");
        assertThat(tree.children(phong, LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(tree.children(ward, LocalDate.of(2025, 7, 1))).extracting(UnitView::code)
                .containsExactlyInAnyOrder("TH-LT", "THCS-THD");
        assertThat(tree.details(phong).relations()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.PHOI_HOP);
            assertThat(r.otherName()).isEqualTo("Ban Dân vận Thị ủy Thuận An");
            assertThat(r.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(tree.subtreeIds(tree.findByCode("SGDDT-BD").orElseThrow().id(), LocalDate.of(2025, 7, 1)))
                .doesNotContain(phong).contains(ward, tree.findByCode("TH-LT").orElseThrow().id());
    }

    /** Issue 14, item 5: {@code findAll} reads the parents in one query; the answer is {@code find}'s, unit by unit. */
    @Test
    void findAllGivesEachUnitTheParentFindGives() {
        long a = unit("T9-A", null);
        long b = unit("T9-B", null);
        long movedToday = unit("T9-TODAY", a);
        long movedLater = unit("T9-LATER", a);
        admin.move(movedToday, b, tree.today());
        admin.move(movedLater, b, tree.today().plusDays(10));
        java.util.List<Long> ids = new java.util.ArrayList<>(java.util.List.of(movedLater, a, movedToday, b));
        ids.addAll(tree.subtreeIds(tree.findByCode("SGDDT-BD").orElseThrow().id(), tree.today()));

        assertThat(tree.findAll(ids)).extracting(UnitView::id).containsExactlyElementsOf(ids);
        assertThat(tree.findAll(ids)).allSatisfy(u -> assertThat(u).isEqualTo(tree.get(u.id())));
        assertThat(tree.findAll(java.util.List.of(movedToday, movedLater))).extracting(UnitView::parentId)
                .containsExactly(b, a);
        assertThat(tree.findAll(java.util.List.of())).isEmpty();
    }
}
