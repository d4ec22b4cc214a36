package vn.gandan.imports;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Files read but not yet confirmed, kept in the HTTP session (Spring Session JDBC: shared by every node) and
 * never in the application's tables: at most {@link #MAX_PENDING} per session (the oldest is dropped), each
 * for at most 24 hours, dropped once confirmed. Text is capped so that a session row stays small.
 */
final class PendingImports {

    static final int MAX_PENDING = 20;
    static final int MAX_TEXT_CHARS = 200_000;
    /** Originals are kept only for reports (to attach them) and only up to the attachment limit. */
    static final int MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;
    static final Duration TTL = Duration.ofHours(24);
    private static final String KEY = PendingImports.class.getName();

    /** One read file awaiting review: the extraction (JSON), the corrected fields, the text, the original for a report. */
    record Pending(String token, String fileName, String type, String json, ReviewForm form, Map<String, Double> confidence,
                   String text, boolean textCut, byte[] original, Instant at) implements Serializable {
    }

    private PendingImports() {
    }

    static Pending add(HttpSession session, Parsing.Parsed p, ReviewForm form, Map<String, Double> confidence,
                       byte[] original, Instant now) {
        Map<String, Pending> all = live(session, now);
        while (all.size() >= MAX_PENDING) {
            all.remove(all.keySet().iterator().next());
        }
        boolean cut = p.text().length() > MAX_TEXT_CHARS;
        byte[] keep = "BAO_CAO".equals(form.getKind()) && original.length <= MAX_ORIGINAL_BYTES ? original : null;
        Pending entry = new Pending(UUID.randomUUID().toString(), p.fileName(), p.type(), Json.write(p.fields()), form,
                confidence, cut ? p.text().subSequence(0, MAX_TEXT_CHARS).toString() : p.text().toString(), cut, keep, now);
        all.put(entry.token(), entry);
        session.setAttribute(KEY, all);
        return entry;
    }

    static Optional<Pending> get(HttpSession session, String token, Instant now) {
        return Optional.ofNullable(live(session, now).get(token));
    }

    static void update(HttpSession session, Pending entry, ReviewForm form) {
        LinkedHashMap<String, Pending> all = stored(session);
        all.computeIfPresent(entry.token(), (k, e) -> new Pending(e.token(), e.fileName(), e.type(), e.json(), form,
                e.confidence(), e.text(), e.textCut(), e.original(), e.at()));
        session.setAttribute(KEY, all);
    }

    static void remove(HttpSession session, String token) {
        LinkedHashMap<String, Pending> all = stored(session);
        all.remove(token);
        session.setAttribute(KEY, all);
    }

    static List<Pending> list(HttpSession session, Instant now) {
        return new ArrayList<>(live(session, now).values());
    }

    private static LinkedHashMap<String, Pending> live(HttpSession session, Instant now) {
        LinkedHashMap<String, Pending> all = stored(session);
        if (all.values().removeIf(e -> e.at().plus(TTL).isBefore(now))) {
            session.setAttribute(KEY, all);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Pending> stored(HttpSession session) {
        return session.getAttribute(KEY) instanceof LinkedHashMap<?, ?> m
                ? new LinkedHashMap<>((Map<String, Pending>) m) : new LinkedHashMap<>();
    }
}
