/**
 * Supervision of a Phòng, commune or Sở over its whole subtree: which units have not implemented its plans,
 * overdue tasks and late reports by unit, report completeness and timeliness by period, drill-down to a unit, and
 * the audited "nhắc nhở" that sends a reminder ({@link vn.gandan.supervision.UnitReminded}) to a late unit.
 * Reads only the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "plans", "tasks", "reporting"})
package vn.gandan.supervision;
