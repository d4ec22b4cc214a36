package vn.gandan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, session 13: inside a read-only transaction (every page's) {@link UnitService} reads units by SQL into
 * views ({@link UnitReads}); inside a read-write one through JPA. Both must give the same views — every field, the
 * parent on the day asked, the order — for every unit of the demo tree, a moved unit and a dissolved one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitReadsTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService tree;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sqlAndJpaReadsGiveTheSameViews() {
        long oldParent = admin.create(new UnitAdmin.NewUnit("UR-OLD", "Đơn vị cũ", "ĐVC", UnitKind.KHAC, null, "Nơi", null, FROM)).id();
        long newParent = admin.create(new UnitAdmin.NewUnit("UR-NEW", "Đơn vị mới", null, UnitKind.KHAC, null, "Nơi", null, FROM)).id();
        long moved = admin.create(new UnitAdmin.NewUnit("UR-MOVED", "Trường chuyển", null, UnitKind.KHAC, null, "Nơi", oldParent, FROM)).id();
        admin.move(moved, newParent, LocalDate.of(2025, 7, 1));
        long dissolved = admin.create(new UnitAdmin.NewUnit("UR-GONE", "Đơn vị giải thể", null, UnitKind.KHAC, null, "Nơi", oldParent, FROM)).id();
        admin.dissolve(dissolved, LocalDate.of(2025, 6, 30));
        List<Long> ids = jdbc.sql("select id from org_unit order by id").query(Long.class).list();
        LocalDate past = LocalDate.of(2025, 6, 30);
        assertSame(() -> ids.stream().map(tree::find).toList());
        assertSame(() -> tree.findAll(ids));
        assertSame(() -> ids.stream().map(id -> tree.get(id, past)).toList());
        assertSame(() -> ids.stream().map(id -> tree.children(id, tree.today())).toList());
        assertSame(() -> List.of(tree.findByCode("UR-MOVED"), tree.findByCode("TH-PS"), tree.findByCode("NO-SUCH")));
        assertThat(inTransaction(true, () -> tree.get(moved, past).parentId())).isEqualTo(oldParent);
        assertThat(inTransaction(true, () -> tree.get(moved).parentId())).isEqualTo(newParent);
        assertThat(inTransaction(true, () -> tree.children(newParent, tree.today()))).extracting(UnitView::id).containsExactly(moved);
        // session 18: the children on two days, read in one statement in a GET request, are each day's children
        for (long parent : List.of(oldParent, newParent, jdbc.sql("select id from org_unit where code = 'SGDDT-BD'")
                .query(Long.class).single())) {
            Object apart = inTransaction(true, () -> List.of(tree.children(parent, past), tree.children(parent, tree.today())));
            Object together = inGetRequest(() -> inTransaction(true, () -> {
                List<UnitView> onPast = tree.children(parent, past, tree.today());
                return List.of(onPast, tree.children(parent, tree.today()));
            }));
            assertThat(together).as("unit %d", parent).isEqualTo(apart);
        }
        assertThat(inGetRequest(() -> inTransaction(true, () -> tree.children(oldParent, past, tree.today()))))
                .extracting(UnitView::id).containsExactlyInAnyOrder(moved, dissolved);
    }

    private static <T> T inGetRequest(Supplier<T> read) {
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest("GET", "/reports")));
        try {
            return read.get();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    private void assertSame(Supplier<Object> read) {
        Object sql = inTransaction(true, read);
        Object jpa = inTransaction(false, read);
        assertThat(sql).isEqualTo(jpa);
    }

    private <T> T inTransaction(boolean readOnly, Supplier<T> read) {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setReadOnly(readOnly);
        return t.execute(s -> read.get());
    }
}
