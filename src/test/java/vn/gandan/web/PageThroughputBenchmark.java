package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;
import vn.gandan.shared.NavItem;

/**
 * {@code ./mvnw -Pbench verify -Dtest=PageThroughputBenchmark} (optional {@code -Dbench.pages=600},
 * {@code -Dapp.web.rewrite-resource-links=true} for the old link rewriting): the main pages of the demo data
 * (home, every navigation entry, a plan page) fetched over HTTP by 1 and by 4 signed-in users. Writes
 * target/bench/pages.txt: pages per second and min / median / p95 / max milliseconds.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageThroughputBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    List<NavItem> nav;
    @Autowired
    JdbcClient jdbc;
    @Value("${app.web.rewrite-resource-links:false}")
    boolean rewrite;

    @Test
    void mainPagesPerSecond() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/"));
        nav.stream().map(NavItem::path).filter(p -> !p.startsWith("/admin")).distinct().forEach(pages::add);
        pages.add("/plans/" + jdbc.sql("select min(id) from plan").query(Long.class).single());
        int total = Integer.getInteger("bench.pages", 600);
        String[] users = {"phong.phugiao", "so.binhduong", "th.phuocsang", "th.anlinh"};
        run(pages, 1, 100, users); // warm-up
        StringBuilder out = new StringBuilder("Page throughput (" + (rewrite ? "with" : "without")
                + " ResourceUrlEncodingFilter), pages: " + pages + "\n");
        for (int threads : new int[] {1, 4, 8}) {
            long t0 = System.nanoTime();
            List<Double> ms = run(pages, threads, total, users);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Collections.sort(ms);
            out.append(String.format("%d user(s): %d pages in %.1f s = %.0f pages/s; ms min %.1f median %.1f p95 %.1f max %.1f%n",
                    threads, ms.size(), seconds, ms.size() / seconds, ms.get(0), ms.get(ms.size() / 2),
                    ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1)));
        }
        Path file = Path.of("target/bench/pages.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.print(out);
    }

    private List<Double> run(List<String> pages, int threads, int total, String[] users) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Double>>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String user = users[t % users.length];
                int share = total / threads;
                parts.add(pool.submit(() -> browse(PageClient.signIn(port, user), pages, share)));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : parts) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static List<Double> browse(PageClient client, List<String> pages, int count) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            int status = client.get(pages.get(i % pages.size())).statusCode();
            ms.add((System.nanoTime() - t0) / 1e6);
            assertThat(status).as(pages.get(i % pages.size())).isEqualTo(200);
        }
        return ms;
    }
}
