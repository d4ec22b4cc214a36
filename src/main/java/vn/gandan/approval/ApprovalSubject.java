package vn.gandan.approval;

/**
 * The document being approved, as its owning module names it: {@code type} (PLAN, REPORT…), its id, the unit that
 * issues it (whose leader approves and signs), its title and the page that opens it.
 */
public record ApprovalSubject(String type, long id, long unitId, String title, String link) {
}
