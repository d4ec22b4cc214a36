package vn.gandan.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main pages and API of every role under load: {@code ./mvnw -Pload verify -Dload.users=50 -Dload.seconds=60}.
 * Virtual users are spread over the roles (Sở leader, Phòng leader and specialist, two school heads, citizens on
 * the public pages); each signs in once (form login for pages, a bearer token for the API) and then walks its
 * pages through {@code load.warmupSeconds} of warm-up and the measured window of {@code load.seconds}, with
 * {@code load.pauseMs} of think time between pages (default none). Request names are the page names in the report,
 * prefixed by the phase ({@link LoadPhases}: "warm-up: ", none in the window, "after: "). The walk is shared with
 * {@link AbSimulation} (two apps at once): {@link #populations} with a {@link Walk} that prefixes the names by the app.
 */
public class MainPagesSimulation extends Simulation {

    /** The app under load, started when this simulation is set up (not when {@link AbSimulation} uses the walk). */
    static final class Target {
        static final LoadApp APP = LoadApp.startOrUse();
    }

    /**
     * Whose walk: {@code target} prefixes every request and scenario name ("" here; "A: " in an A/B run), and when
     * {@code latencies} is given the response time of each main page issued in the measured window is added to it.
     */
    record Walk(String target, LoadLatencies latencies) {
        static final Walk ONE_APP = new Walk("", null);
    }
    static final int USERS = Integer.getInteger("load.users", 50);
    static final int SECONDS = Integer.getInteger("load.seconds", 60);
    /** Seconds of the same walk before the measured window, not counted (0: the window starts cold). */
    static final int WARMUP = Integer.getInteger("load.warmupSeconds", 0);
    static final LoadPhases PHASES = new LoadPhases(WARMUP, SECONDS);
    /**
     * Think time between two pages of one user, uniform between half and 1.5 times this (0: none, the saturation
     * run). With a closed population and no think time a page waits, by Little's law, users / throughput on
     * average, so "200 users, p95 ≤ 150 ms" describes users who read their pages (docs/performance.md).
     */
    static final long PAUSE_MS = Long.getLong("load.pauseMs", 0);
    /** The last half-year that has ended: the consolidated report the API is asked for. */
    static final String HALF = lastEndedHalfYear(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

    static String lastEndedHalfYear(java.time.LocalDate today) {
        return today.getMonthValue() > 6 ? today.getYear() + "-S1" : (today.getYear() - 1) + "-S2";
    }

    /** username → {unit code, words that find the unit}. */
    static final List<Map.Entry<String, String[]>> ROLES = List.of(
            Map.entry("so.binhduong", new String[] {"SGDDT-BD", "Bình Dương"}),
            Map.entry("ld.phugiao", new String[] {"PGDDT-PG", "Phú Giáo"}),
            Map.entry("phong.phugiao", new String[] {"PGDDT-PG", "Phú Giáo"}),
            Map.entry("th.phuocsang", new String[] {"TH-PS", "Phước Sang"}),
            Map.entry("th.anlinh", new String[] {"TH-AL", "An Linh"}));

    {
        setUp(populations(USERS, Walk.ONE_APP)).protocols(protocol(Target.APP.base()));
    }

    /**
     * {@code users} virtual users spread over the roles (5/6 staff, evenly over the roles, the rest citizens), all
     * walking one app; the caller gives the protocol (its base URL).
     */
    static List<PopulationBuilder> populations(int users, Walk walk) {
        List<PopulationBuilder> populations = new ArrayList<>();
        int staff = Math.max(1, users * 5 / 6);
        for (int i = 0; i < ROLES.size(); i++) {
            int share = staff / ROLES.size() + (i < staff % ROLES.size() ? 1 : 0);
            if (share > 0) {
                populations.add(staff(ROLES.get(i), walk).injectOpen(rampUsers(share).during(Duration.ofSeconds(5))));
            }
        }
        int citizens = Math.max(1, users - staff);
        populations.add(citizen(walk).injectOpen(nothingFor(Duration.ofSeconds(2)), atOnceUsers(citizens)));
        return populations;
    }

    static io.gatling.javaapi.http.HttpProtocolBuilder protocol(String base) {
        return http.baseUrl(base).acceptLanguageHeader("vi").acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Gatling gandan load test").shareConnections();
    }

    @Override
    public void before() {
        PHASES.start(Target.APP.pid(), Target.APP.pgData());
    }

    @Override
    public void after() {
        try {
            PHASES.write(System.getProperty("load.data", "demo"));
        } catch (java.io.IOException e) {
            System.err.println("could not write the CPU readings: " + e);
        }
        Target.APP.stop();
    }

    static ScenarioBuilder staff(Map.Entry<String, String[]> role, Walk walk) {
        String user = role.getKey();
        return scenario(walk.target() + user).exec(session -> session.set("user", user).set("code", role.getValue()[0])
                        .set("unitName", role.getValue()[1]).set("half", HALF))
                .exec(signIn(walk)).exitHereIfFailed() // a user that could not sign in stops (its pages would only redirect)
                .asLongAs(session -> PHASES.running()).on(pages(walk));
    }

    static ScenarioBuilder citizen(Walk walk) {
        return scenario(walk.target() + "citizen").asLongAs(session -> PHASES.running()).on(
                timed(walk, "public: petition form", name -> http(name).get("/public/petitions").check(status().is(200))).exec(think())
                        .exec(timed(walk, "public: exemplars", name -> http(name).get("/public/exemplars").check(status().is(200)))).exec(think())
                        .exec(timed(walk, "public: receptions", name -> http(name).get("/public/units/TH-PS/receptions").check(status().is(200)))).exec(think())
                        .exec(timed(walk, "public: disclosures", name -> http(name).get("/public/units/TH-PS/disclosures").check(status().is(200)))).exec(think()));
    }

    static ChainBuilder signIn(Walk walk) {
        return exec(http(named(walk, "sign in: form")).get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(named(walk, "sign in: post")).post("/login").formParam("username", "#{user}").formParam("password", "demo")
                        .formParam("_csrf", "#{csrf}").check(status().is(200)))
                .exec(http(named(walk, "sign in: API token")).post("/api/v1/auth/tokens").asJson()
                        .body(StringBody("{\"username\":\"#{user}\",\"password\":\"demo\"}"))
                        .check(jsonPath("$.token").saveAs("token")))
                .exec(http(named(walk, "API: find own unit")).get("/api/v1/units").queryParam("q", "#{unitName}")
                        .header("Authorization", "Bearer #{token}")
                        .check(regex("\"id\":(\\d+),\"code\":\"#{code}\"").saveAs("unitId")));
    }

    static ChainBuilder pages(Walk walk) {
        return timed(walk, "home", name -> http(name).get("/").check(status().is(200))).exec(think())
                .exec(timed(walk, "plan list", name -> http(name).get("/plans").check(status().is(200),
                        regex("href=\"/plans/(\\d+)\"").findRandom().optional().saveAs("planId")))).exec(think())
                .doIf(session -> session.contains("planId")).then(
                        timed(walk, "plan page", name -> http(name).get("/plans/#{planId}").check(status().is(200))).exec(think()))
                .exec(timed(walk, "task list", name -> http(name).get("/work").check(status().is(200)))).exec(think())
                .exec(timed(walk, "report matrix", name -> http(name).get("/reports").check(status().is(200)))).exec(think())
                .exec(timed(walk, "search", name -> http(name).get("/search").queryParam("q", "dân vận").check(status().is(200)))).exec(think())
                .exec(timed(walk, "case register", name -> http(name).get("/petitions").check(status().is(200)))).exec(think())
                .exec(http(named(walk, "API: consolidated report")).get("/api/v1/reports/consolidated")
                        .queryParam("unitId", "#{unitId}").queryParam("formCode", "DVCQ").queryParam("period", "#{half}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200))).exec(think())
                .exec(http(named(walk, "API: tasks")).get("/api/v1/tasks").header("Authorization", "Bearer #{token}")
                        .check(status().is(200))).exec(think())
                .exec(http(named(walk, "API: cases")).get("/api/v1/petitions").queryParam("unitId", "#{unitId}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200))).exec(think());
    }

    /** A request's name: the walk's target and the page, prefixed by the phase it is issued in ({@link LoadPhases}). */
    static java.util.function.Function<io.gatling.javaapi.core.Session, String> named(Walk walk, String page) {
        String name = walk.target() + page;
        return session -> PHASES.name(name);
    }

    /**
     * A main page's request (built from its name); with the walk's latencies its response time is recorded when it
     * was issued in the measured window (issued = now minus the response time).
     */
    static ChainBuilder timed(Walk walk, String page,
            java.util.function.Function<java.util.function.Function<io.gatling.javaapi.core.Session, String>,
                    io.gatling.javaapi.http.HttpRequestActionBuilder> request) {
        io.gatling.javaapi.http.HttpRequestActionBuilder r = request.apply(named(walk, page));
        if (walk.latencies() == null) {
            return exec(r);
        }
        return exec(r.check(io.gatling.javaapi.core.CoreDsl.responseTimeInMillis().saveAs("ms"))).exec(session -> {
            if (session.contains("ms")) {
                long ms = session.getInt("ms");
                if (PHASES.prefix(System.nanoTime() - ms * 1_000_000L).isEmpty()) {
                    walk.latencies().add(ms);
                }
            }
            return session.remove("ms");
        });
    }

    static ChainBuilder think() {
        return PAUSE_MS > 0 ? pause(Duration.ofMillis(PAUSE_MS / 2), Duration.ofMillis(PAUSE_MS * 3 / 2)) : exec(session -> session);
    }
}
