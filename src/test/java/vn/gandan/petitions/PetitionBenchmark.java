package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitService;
import vn.gandan.reporting.spi.IndicatorQuery;

/**
 * {@code ./mvnw -Pbench verify -Dtest=PetitionBenchmark}: 1,000 cases in one school, then the register and the case
 * page (p95 of repeated reads, service level); 100,000 cases over the Sở's subtree in a year, then the indicator
 * values for the Sở over that year. Writes target/bench/petitions.txt.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class PetitionBenchmark {

    @Autowired
    PetitionReads reads;
    @Autowired
    PetitionIndicators indicators;
    @Autowired
    UnitService units;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, AuthorityUtils.createAuthorityList(role)));
    }

    private void bulk(List<Long> unitIds, int count, String tag) {
        jdbc.sql("""
                        insert into petition(code, register_no, unit_id, kind, kinds, status, channel, received_on, content,
                          content_fold, intake_due, accepted_on, resolution_due, resolved_on)
                        select :tag || g, g, (cast(:ids as bigint[]))[1 + g % cardinality(cast(:ids as bigint[]))],
                          k, k, case when g % 3 = 0 then 'RESOLVED' else 'ACCEPTED' end, 'BUU_CHINH',
                          date '2026-01-01' + (g % 360), 'Nội dung đơn ' || g, 'noi dung don ' || g,
                          date '2026-01-11' + (g % 360), date '2026-01-05' + (g % 360), date '2026-02-04' + (g % 360),
                          case when g % 3 = 0 then date '2026-01-25' + (g % 360) end
                        from generate_series(1, :n) g,
                          lateral (select (array['KHIEU_NAI','TO_CAO','KIEN_NGHI','PHAN_ANH'])[1 + g % 4] as k) kk""")
                .param("tag", tag).param("ids", "{" + String.join(",", unitIds.stream().map(String::valueOf).toList()) + "}")
                .param("n", count).update();
    }

    private static double[] stats(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return new double[] {s.get(0), s.get(s.size() / 2), s.get((int) Math.ceil(s.size() * 0.95) - 1), s.get(s.size() - 1)};
    }

    @Test
    void registerCasePageAndIndicatorsStayFast() throws Exception {
        long school = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        long so = jdbc.sql("select id from org_unit where code = 'SGDDT-BD'").query(Long.class).single();
        bulk(List.of(school), 1_000, "BENCH-A-");
        as("th.anlinh", "ROLE_LEADER");
        List<Double> list = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        long anyId = jdbc.sql("select max(id) from petition where unit_id = :u").param("u", school).query(Long.class).single();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            int rows = reads.list(school, null, null, null).size();
            list.add((System.nanoTime() - t) / 1e6);
            assertThat(rows).isGreaterThanOrEqualTo(1_000);
            t = System.nanoTime();
            reads.get(anyId);
            page.add((System.nanoTime() - t) / 1e6);
        }
        List<Long> subtree = new ArrayList<>(units.subtreeIds(so, LocalDate.of(2026, 6, 30)));
        bulk(subtree, 100_000, "BENCH-S-");
        as("admin", "ROLE_SYSTEM_ADMIN");
        List<IndicatorQuery.Span> spans = units.subtreeSpans(so, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14))
                .stream().map(s -> new IndicatorQuery.Span(s.unitId(), s.from(), s.to())).toList();
        List<Double> ind = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            indicators.values(new IndicatorQuery(so, "DVCQ", "2026", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14),
                    PetitionIndicators.CODES, spans));
            ind.add((System.nanoTime() - t) / 1e6);
        }
        double[] l = stats(list);
        double[] p = stats(page);
        double[] x = stats(ind);
        String report = """
                petitions benchmark (service level, embedded PostgreSQL)
                register of a school with 1,000+ cases (30 reads): min %.1f, median %.1f, p95 %.1f, max %.1f ms
                case page (30 reads): min %.1f, median %.1f, p95 %.1f, max %.1f ms
                indicators for the Sở over a year, 100,000 cases in %d units (7 runs): min %.1f, median %.1f, max %.1f ms
                """.formatted(l[0], l[1], l[2], l[3], p[0], p[1], p[2], p[3], subtree.size(), x[0], x[1], x[3]);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/petitions.txt"), report);
        System.out.println(report);
    }
}
