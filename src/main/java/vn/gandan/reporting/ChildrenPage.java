package vn.gandan.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The children part of {@code /reports} (issue 14, session 14): a Phòng's 300 schools or a Sở's units shown
 * {@value #SIZE} to a page, with the count of every status over all of them (a status filter shows one kind of
 * child: every child's status stays reachable), and each row's and matrix cell's texts, classes and links computed
 * here once instead of by several template expressions per row.
 */
@Component
class ChildrenPage {

    static final int SIZE = 50;
    static final List<String> STATUSES = List.of("MISSING", "DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** One child's line: its link, its status badge (and report link), late mark, sending time, matrix cells. */
    public record Row(long unitId, String name, String href, String statusLabel, String badgeClass,
                      String submissionHref, String late, String submittedAt, List<Cell> cells) {
    }

    /** A matrix cell: its class and text, and "(muộn)" when the report came late (else null). */
    public record Cell(String css, String label, String late) {
    }

    /** A status and how many children are in it (over every child, not the page); {@code href} filters by it. */
    public record Count(String status, String text, int count, String href) {
    }

    /** The page: rows, counts, the "a–b of n" figures, previous/next links (null at the ends), the filter. */
    public record View(List<Row> rows, List<Count> counts, int page, int pages, int first, int last, int total,
                       String status, String previous, String next, String all) {
    }

    private final MessageSource messages;

    ChildrenPage(MessageSource messages) {
        this.messages = messages;
    }

    /** The statuses the page may filter by; anything else shows every child. */
    static String filter(String status) {
        return status != null && STATUSES.contains(status.strip()) ? status.strip() : null;
    }

    /** Page numbers below 1 show the first page, past the end the last (as the case register). */
    static int clamp(long page, int pages) {
        return (int) Math.max(1, Math.min(page, Math.max(1, pages)));
    }

    /** {@code others}: how many further links the page lists under the table (they are paged alongside it). */
    View view(ConsolidatedView c, String status, long page, Map<String, SubmissionView> cells, List<String> periods,
              String base, int others) {
        List<ConsolidatedView.Child> shown = status == null ? c.children()
                : c.children().stream().filter(ch -> ch.status().equals(status)).toList();
        int pages = pages(Math.max(shown.size(), others));
        int p = clamp(page, pages), from = Math.min((p - 1) * SIZE, shown.size()), to = Math.min(shown.size(), from + SIZE);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = labels(locale);
        String late = messages.getMessage("reporting.late", null, locale);
        String lateShort = messages.getMessage("reporting.lateShort", null, locale);
        String period = enc(c.period());
        List<Row> rows = new ArrayList<>(to - from);
        for (ConsolidatedView.Child ch : shown.subList(from, to)) {
            rows.add(row(ch, period, labels, late, lateShort, cells, periods));
        }
        String filter = status == null ? "" : "&status=" + status;
        return new View(rows, counts(c, labels, base), p, pages, shown.isEmpty() ? 0 : from + 1, to, shown.size(), status,
                p > 1 ? base + filter + "&page=" + (p - 1) : null, p < pages ? base + filter + "&page=" + (p + 1) : null, base);
    }

    static int pages(int rows) {
        return Math.max(1, (rows + SIZE - 1) / SIZE);
    }

    /** The part of {@code all} on the page ({@code pages}: the page count of the whole view). */
    static <T> List<T> slice(List<T> all, long page, int pages) {
        int from = (clamp(page, pages) - 1) * SIZE;
        return all.subList(Math.min(from, all.size()), Math.min(all.size(), from + SIZE));
    }

    /** The unit ids of the children the page shows (the completeness matrix reads only these). */
    static List<Long> shownIds(ConsolidatedView c, String status, long page, int others) {
        List<Long> ids = c.children().stream().filter(ch -> status == null || ch.status().equals(status))
                .map(ConsolidatedView.Child::unitId).toList();
        return slice(ids, page, pages(Math.max(ids.size(), others)));
    }

    private Row row(ConsolidatedView.Child ch, String period, Map<String, String> labels, String late, String lateShort,
                    Map<String, SubmissionView> cells, List<String> periods) {
        List<Cell> line = new ArrayList<>(periods.size());
        for (String p : periods) {
            SubmissionView s = cells.get(ch.unitId() + "|" + p);
            line.add(s == null ? new Cell("status-MISSING", labels.get("MISSING"), null)
                    : new Cell("status-" + s.status(), labels.get(s.status().name()), Boolean.FALSE.equals(s.onTime()) ? lateShort : null));
        }
        return new Row(ch.unitId(), ch.unitName(), "/reports?unitId=" + ch.unitId() + "&period=" + period,
                labels.get(ch.status()), "badge text-decoration-none status-" + ch.status(),
                ch.submissionId() == null ? null : "/reports/submissions/" + ch.submissionId(),
                Boolean.FALSE.equals(ch.onTime()) ? late : null,
                ch.submittedAt() == null ? "" : MINUTES.format(ch.submittedAt().atZoneSameInstant(
                        LocaleContextHolder.getTimeZone().toZoneId())), line);
    }

    private List<Count> counts(ConsolidatedView c, Map<String, String> labels, String base) {
        Map<String, Integer> n = new LinkedHashMap<>();
        STATUSES.forEach(s -> n.put(s, 0));
        c.children().forEach(ch -> n.merge(ch.status(), 1, Integer::sum));
        return n.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new Count(e.getKey(), labels.get(e.getKey()) + ": " + e.getValue(), e.getValue(), base + "&status=" + e.getKey())).toList();
    }

    private Map<String, String> labels(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        STATUSES.forEach(s -> out.put(s, messages.getMessage("reporting.status." + s, null, locale)));
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
