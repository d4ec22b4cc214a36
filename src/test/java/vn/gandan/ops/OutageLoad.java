package vn.gandan.ops;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gandan.ApiClient;

/** Readers, writers and a health probe against one app, each answer recorded with its time and duration. */
final class OutageLoad {

    record Answer(String what, long atMs, long tookMs, int status, String contentType, String body) {
    }

    final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    final Queue<Long> acknowledgedPlans = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final long t0 = System.nanoTime();
    private final ApiClient planner;
    private final long unit;

    OutageLoad(ApiClient planner, long unit) {
        this.planner = planner;
        this.unit = unit;
    }

    long nowMs() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    List<Thread> start() {
        List<Runnable> loops = List.of(this::read, this::read, this::write, this::write, this::health);
        List<Thread> threads = loops.stream().map(r -> new Thread(() -> {
            while (running.get()) {
                r.run();
            }
        })).toList();
        threads.forEach(Thread::start);
        return threads;
    }

    void stop() {
        running.set(false);
    }

    private void read() {
        call("read", planner.builder("/api/v1/plans?unitId=" + unit).header("Accept", "application/json").GET());
    }

    private void write() {
        String title = "OUTAGE-" + sequence.incrementAndGet();
        Answer a = call("write", planner.builder("/api/v1/plans").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CrashFixture.planBody(unit, title))));
        if (a.status() == 201) {
            acknowledgedPlans.add(vn.gandan.ApiClient.id(a.body()));
        }
    }

    private void health() {
        call("health", planner.builder("/actuator/health").GET());
        pause(250);
    }

    private Answer call(String what, HttpRequest.Builder request) {
        long start = nowMs();
        Answer a;
        try {
            HttpResponse<String> res = planner.send(request.timeout(Duration.ofSeconds(60)));
            a = new Answer(what, start, nowMs() - start, res.statusCode(),
                    res.headers().firstValue("Content-Type").orElse(""), res.body());
        } catch (RuntimeException e) {
            a = new Answer(what, start, nowMs() - start, -1, "", String.valueOf(e.getCause()));
        }
        answers.add(a);
        if (a.status() >= 500 || a.status() < 0) {
            pause(100);
        }
        return a;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
