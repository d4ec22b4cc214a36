package vn.gandan.ops;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gandan.ApiClient;

/**
 * Concurrent writers of every kind the API offers (plans with sections and tasks, task comments, progress
 * updates, evidence uploads, report submissions), each recording a write only once the app acknowledged it.
 */
final class WriteLoad {

    final Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();
    final AtomicInteger failed = new AtomicInteger();
    /** Why writes were not acknowledged: HTTP status or exception, with counts. */
    final java.util.Map<String, Integer> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final CrashFixture fixture;
    private final String round;

    WriteLoad(CrashFixture fixture, String round) {
        this.fixture = fixture;
        this.round = round;
    }

    private long started;

    long sinceStartMs() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    List<Thread> start(int port) {
        started = System.nanoTime();
        List<Runnable> writers = List.of(
                () -> loop(new ApiClient(port).as(CrashFixture.PLANNER), this::plan),
                () -> loop(new ApiClient(port).as(CrashFixture.PLANNER), this::plan),
                () -> loop(new ApiClient(port).as(fixture.taskUser), this::comment),
                () -> loop(new ApiClient(port).as(fixture.taskUser), this::update),
                () -> loop(new ApiClient(port).as(fixture.taskUser), this::upload),
                () -> loop(new ApiClient(port).as(CrashFixture.SCHOOL), this::report));
        List<Thread> threads = writers.stream().map(Thread::new).toList();
        threads.forEach(t -> {
            t.setDaemon(true);
            t.start();
        });
        return threads;
    }

    void stop() {
        running.set(false);
    }

    interface Step {
        Write write(ApiClient api, String marker);
    }

    private void loop(ApiClient api, Step step) {
        while (running.get()) {
            String marker = "CRASH-" + round + "-" + sequence.incrementAndGet();
            try {
                Write w = step.write(api, marker);
                if (w != null) {
                    acknowledged.add(w);
                }
            } catch (RuntimeException connectionLost) {
                fail(connectionLost.getCause() == null ? connectionLost.toString() : connectionLost.getCause().getClass().getSimpleName());
                sleep();
            }
        }
    }

    private Write plan(ApiClient api, String marker) {
        HttpResponse<String> res = api.post("/api/v1/plans", CrashFixture.planBody(fixture.planUnit, marker));
        return check(res, Write.Kind.PLAN, marker, 0);
    }

    private Write comment(ApiClient api, String marker) {
        HttpResponse<String> res = api.post("/api/v1/tasks/" + fixture.taskId + "/comments", "{\"body\":\"" + marker + "\"}");
        return check(res, Write.Kind.TASK_COMMENT, marker, 0);
    }

    private Write update(ApiClient api, String marker) {
        HttpResponse<String> res = api.post("/api/v1/tasks/" + fixture.taskId + "/updates", "{\"note\":\"" + marker + "\"}");
        return check(res, Write.Kind.TASK_UPDATE, marker, 0);
    }

    private Write upload(ApiClient api, String marker) {
        byte[] content = Write.evidence(marker);
        String boundary = "----crash" + marker;
        byte[] body = Multipart.file(boundary, "file", marker + ".pdf", "application/pdf", content);
        HttpResponse<String> res = api.send(api.builder("/api/v1/tasks/" + fixture.taskId + "/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        return check(res, Write.Kind.UPLOAD, marker, content.length);
    }

    private Write report(ApiClient api, String marker) {
        String period = fixture.nextPeriod();
        HttpResponse<String> res = api.post("/api/v1/reports/submissions", """
                {"unitId": %d, "formCode": "DVCQ", "period": "%s",
                 "values": {"DIALOGUES_HELD": 2, "PETITIONS_RECEIVED": 5, "PETITIONS_RESOLVED": 4, "DVK_MODELS_REGISTERED": 1},
                 "sections": {"DEMOCRACY": "%s"}}""".formatted(fixture.schoolUnit, period, marker));
        return check(res, Write.Kind.REPORT, period, 0);
    }

    private Write fail(String why) {
        failed.incrementAndGet();
        failures.merge(why, 1, Integer::sum);
        return null;
    }

    private Write check(HttpResponse<String> res, Write.Kind kind, String marker, int bytes) {
        return res.statusCode() == 201 ? new Write(kind, ApiClient.id(res.body()), marker, bytes)
                : fail(kind + " " + res.statusCode() + " " + res.body().substring(0, Math.min(120, res.body().length()))
                        .replaceAll("\\s+", " "));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
