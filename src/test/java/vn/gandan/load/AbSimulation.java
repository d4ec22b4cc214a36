package vn.gandan.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two jars under load at the same time, so that both see the same machine at every moment (the A/B measurement of
 * docs/performance.md, "Measuring two jars at the same time"; {@code .ci/measure.sh ab <jarA> <jarB>}).
 * {@code -Dload.ab=A=/x/a.jar,B=/y/b.jar} names the jars by label, in the order they are started (the script swaps
 * the order on every other run). Each jar runs on its own fresh embedded database with the demo data
 * ({@code target/load/data-ab-<label>}, same JVM options, no pinning); the {@code load.users} virtual users are split
 * evenly, each half walking {@link MainPagesSimulation}'s walk against its own jar, through the same warm-up and
 * measured window. Request names carry the label ("A: home"); CPU readings go to {@code target/load/cpu-ab-<label>.txt}
 * and the main pages' response times to {@code target/load/latency-ab-<label>.txt}, read by {@link AbSummary}.
 */
public class AbSimulation extends Simulation {

    static final Map<String, Path> JARS = AbSummary.jars(System.getProperty("load.ab", ""));
    static final Map<String, LoadApp> APPS = LoadApp.startAll(dataNames(JARS));
    static final Map<String, LoadLatencies> LATENCIES = new LinkedHashMap<>();

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        int users = MainPagesSimulation.USERS / JARS.size();
        for (String label : JARS.keySet()) {
            LoadLatencies latencies = LATENCIES.computeIfAbsent(label, l -> new LoadLatencies());
            var protocol = MainPagesSimulation.protocol(APPS.get(AbSummary.data(label)).base());
            for (PopulationBuilder p : MainPagesSimulation.populations(users,
                    new MainPagesSimulation.Walk(label + AbSummary.SEPARATOR, latencies))) {
                populations.add(p.protocols(protocol));
            }
        }
        setUp(populations);
    }

    private static Map<String, Path> dataNames(Map<String, Path> jars) {
        if (jars.size() < 2) {
            throw new IllegalArgumentException("-Dload.ab=A=<jar>,B=<jar> names the two jars");
        }
        Map<String, Path> byData = new LinkedHashMap<>();
        jars.forEach((label, jar) -> byData.put(AbSummary.data(label), jar));
        return byData;
    }

    @Override
    public void before() {
        List<LoadPhases.App> watched = new ArrayList<>();
        APPS.forEach((data, app) -> watched.add(new LoadPhases.App(data, app.pid(), app.pgData())));
        MainPagesSimulation.PHASES.start(watched);
    }

    @Override
    public void after() {
        try {
            MainPagesSimulation.PHASES.writeAll();
            for (var e : LATENCIES.entrySet()) {
                e.getValue().write(AbSummary.data(e.getKey()));
            }
        } catch (IOException e) {
            System.err.println("could not write the readings: " + e);
        }
        APPS.values().forEach(LoadApp::stop);
    }
}
