package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitKind;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentNumberingTests {

    @Autowired DocumentNumbering numbering;
    @Autowired TransactionTemplate tx;

    /** A fresh issuer id per test so the tests do not share register rows (no FK into org by design). */
    private static long freshIssuer() {
        return 9_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private DocumentNumbering.Issued issue(long issuer, UnitKind kind, String shortName, String type, LocalDate on) {
        return tx.execute(s -> numbering.next(issuer, kind, shortName, type, "CM", on));
    }

    @Test
    void symbolsFollowTheStateAndPartyPatterns() {
        assertThat(DocumentNumbering.symbol(12, false, "KH", "PGDĐT", null)).isEqualTo("12/KH-PGDĐT");
        assertThat(DocumentNumbering.symbol(5, true, "KH", "BTGDV", null)).isEqualTo("05-KH/BTGDV");
        assertThat(DocumentNumbering.symbol(15, false, null, "PGDĐT", "CM")).isEqualTo("15/PGDĐT-CM");
        assertThat(DocumentNumbering.symbol(7, true, null, "ĐU", null)).isEqualTo("07-CV/ĐU");
        assertThat(new DocumentNumbering.Issued(5, "05-KH/BTGDV", true).numberLine()).isEqualTo("Số 05-KH/BTGDV");
        assertThat(new DocumentNumbering.Issued(12, "12/KH-PGDĐT", false).numberLine()).isEqualTo("Số: 12/KH-PGDĐT");
    }

    @Test
    void numberingResetsOnFirstJanuary() {
        long u = freshIssuer();
        assertThat(issue(u, UnitKind.PHONG_GDDT, "PGDĐT", "KH", LocalDate.of(2026, 12, 30)).symbol()).isEqualTo("01/KH-PGDĐT");
        assertThat(issue(u, UnitKind.PHONG_GDDT, "PGDĐT", "KH", LocalDate.of(2026, 12, 31)).symbol()).isEqualTo("02/KH-PGDĐT");
        assertThat(issue(u, UnitKind.PHONG_GDDT, "PGDĐT", "KH", LocalDate.of(2027, 1, 1)).symbol()).isEqualTo("01/KH-PGDĐT");
        // each type has its own register
        assertThat(issue(u, UnitKind.PHONG_GDDT, "PGDĐT", "BC", LocalDate.of(2027, 1, 2)).number()).isEqualTo(1);
    }

    @Test
    void partyNumberingRunsOverTheTerm() {
        long u = freshIssuer();
        numbering.setPartyTerm(u, LocalDate.of(2025, 9, 20), LocalDate.of(2030, 9, 20));
        assertThat(issue(u, UnitKind.BAN_TUYEN_GIAO_DAN_VAN, "BTGDV", "KH", LocalDate.of(2026, 12, 30)).symbol()).isEqualTo("01-KH/BTGDV");
        assertThat(issue(u, UnitKind.BAN_TUYEN_GIAO_DAN_VAN, "BTGDV", "KH", LocalDate.of(2027, 1, 5)).symbol()).isEqualTo("02-KH/BTGDV");
        assertThat(issue(u, UnitKind.BAN_TUYEN_GIAO_DAN_VAN, "BTGDV", "KH", LocalDate.of(2030, 9, 19)).number()).isEqualTo(3);
        // a new congress opens a new term: numbering starts again
        assertThat(issue(u, UnitKind.BAN_TUYEN_GIAO_DAN_VAN, "BTGDV", "KH", LocalDate.of(2030, 9, 20)).number()).isEqualTo(1);
    }

    @Test
    void noDuplicateNumbersUnderEightParallelIssuers() throws Exception {
        long u = freshIssuer();
        int threads = 8, each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(issue(u, UnitKind.TRUONG, "THPS", "KH", LocalDate.of(2026, 3, 1)).number());
                }
                return mine;
            }));
        }
        start.countDown();
        List<Integer> all = Collections.synchronizedList(new ArrayList<>());
        for (var f : futures) all.addAll(f.get());
        pool.shutdown();
        assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(all.stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(threads * each); // no gaps
    }
}
