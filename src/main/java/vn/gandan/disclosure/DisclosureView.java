package vn.gandan.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication: the item, when and how it was published, the period covered, the evidence, until when it counts
 * ({@code validUntil}, null = until replaced) and, for internal items, the decision day and the G2 deadline.
 * {@code onTime} (G2): published by {@code dueBy}, null for a public item. {@code status} today: CURRENT, LAPSED (G1: counts as not done) or SUPERSEDED by a later publication.
 */
public record DisclosureView(long id, long unitId, String itemCode, String itemName, int group, String groupName,
                             LocalDate publishedOn, List<String> forms, String period, String title, String evidenceUrl,
                             String fileName, LocalDate validUntil, LocalDate decidedOn, LocalDate dueBy,
                             LocalDate postedUntil, String status, Boolean onTime) {

    public boolean hasFile() {
        return fileName != null;
    }
}
