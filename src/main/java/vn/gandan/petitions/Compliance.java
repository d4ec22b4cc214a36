package vn.gandan.petitions;

/**
 * A unit's periodic reception in a month (rules.md D1–D2): days required of the head, days held by the head and by
 * a deputy, whether a deputy's days count (not from 01/7/2026), compliance, and the legal basis of the minimum.
 */
public record Compliance(long unitId, String month, int required, int heldByHead, int heldByDeputy,
                         boolean deputyCounts, boolean compliant, boolean deputyFlagged, String legalBasis) {
}
