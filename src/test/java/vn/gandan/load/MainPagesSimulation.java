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
 * prefixed by the phase ({@link LoadPhases}: "warm-up: ", none in the window, "after: ").
 */
public class MainPagesSimulation extends Simulation {

    static final LoadApp APP = LoadApp.startOrUse();
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
        List<PopulationBuilder> populations = new ArrayList<>();
        int staff = Math.max(1, USERS * 5 / 6);
        for (int i = 0; i < ROLES.size(); i++) {
            int share = staff / ROLES.size() + (i < staff % ROLES.size() ? 1 : 0);
            if (share > 0) {
                populations.add(staff(ROLES.get(i)).injectOpen(rampUsers(share).during(Duration.ofSeconds(5))));
            }
        }
        int citizens = Math.max(1, USERS - staff);
        populations.add(citizen().injectOpen(nothingFor(Duration.ofSeconds(2)), atOnceUsers(citizens)));
        setUp(populations).protocols(http.baseUrl(APP.base()).acceptLanguageHeader("vi")
                .acceptEncodingHeader("gzip, deflate").userAgentHeader("Gatling gandan load test")
                .shareConnections());
    }

    @Override
    public void before() {
        PHASES.start(APP.pid(), APP.pgData());
    }

    @Override
    public void after() {
        try {
            PHASES.write(System.getProperty("load.data", "demo"), APP.pid(), APP.pgData());
        } catch (java.io.IOException e) {
            System.err.println("could not write the CPU readings: " + e);
        }
        APP.stop();
    }

    static ScenarioBuilder staff(Map.Entry<String, String[]> role) {
        String user = role.getKey();
        return scenario(user).exec(session -> session.set("user", user).set("code", role.getValue()[0])
                        .set("unitName", role.getValue()[1]).set("half", HALF))
                .exec(signIn()).exitHereIfFailed() // a user that could not sign in stops (its pages would only redirect)
                .asLongAs(session -> PHASES.running()).on(pages());
    }

    static ScenarioBuilder citizen() {
        return scenario("citizen").asLongAs(session -> PHASES.running()).on(
                exec(http(named("public: petition form")).get("/public/petitions").check(status().is(200))).exec(think())
                        .exec(http(named("public: exemplars")).get("/public/exemplars").check(status().is(200))).exec(think())
                        .exec(http(named("public: receptions")).get("/public/units/TH-PS/receptions").check(status().is(200))).exec(think())
                        .exec(http(named("public: disclosures")).get("/public/units/TH-PS/disclosures").check(status().is(200))).exec(think()));
    }

    static ChainBuilder signIn() {
        return exec(http(named("sign in: form")).get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(named("sign in: post")).post("/login").formParam("username", "#{user}").formParam("password", "demo")
                        .formParam("_csrf", "#{csrf}").check(status().is(200)))
                .exec(http(named("sign in: API token")).post("/api/v1/auth/tokens").asJson()
                        .body(StringBody("{\"username\":\"#{user}\",\"password\":\"demo\"}"))
                        .check(jsonPath("$.token").saveAs("token")))
                .exec(http(named("API: find own unit")).get("/api/v1/units").queryParam("q", "#{unitName}")
                        .header("Authorization", "Bearer #{token}")
                        .check(regex("\"id\":(\\d+),\"code\":\"#{code}\"").saveAs("unitId")));
    }

    static ChainBuilder pages() {
        return exec(http(named("home")).get("/").check(status().is(200))).exec(think())
                .exec(http(named("plan list")).get("/plans").check(status().is(200),
                        regex("href=\"/plans/(\\d+)\"").findRandom().optional().saveAs("planId"))).exec(think())
                .doIf(session -> session.contains("planId")).then(
                        exec(http(named("plan page")).get("/plans/#{planId}").check(status().is(200))).exec(think()))
                .exec(http(named("task list")).get("/work").check(status().is(200))).exec(think())
                .exec(http(named("report matrix")).get("/reports").check(status().is(200))).exec(think())
                .exec(http(named("search")).get("/search").queryParam("q", "dân vận").check(status().is(200))).exec(think())
                .exec(http(named("case register")).get("/petitions").check(status().is(200))).exec(think())
                .exec(http(named("API: consolidated report")).get("/api/v1/reports/consolidated")
                        .queryParam("unitId", "#{unitId}").queryParam("formCode", "DVCQ").queryParam("period", "#{half}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200))).exec(think())
                .exec(http(named("API: tasks")).get("/api/v1/tasks").header("Authorization", "Bearer #{token}")
                        .check(status().is(200))).exec(think())
                .exec(http(named("API: cases")).get("/api/v1/petitions").queryParam("unitId", "#{unitId}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200))).exec(think());
    }

    /** A request's name: the page, prefixed by the phase it is issued in ({@link LoadPhases}). */
    static java.util.function.Function<io.gatling.javaapi.core.Session, String> named(String page) {
        return session -> PHASES.name(page);
    }

    static ChainBuilder think() {
        return PAUSE_MS > 0 ? pause(Duration.ofMillis(PAUSE_MS / 2), Duration.ofMillis(PAUSE_MS * 3 / 2)) : exec(session -> session);
    }
}
