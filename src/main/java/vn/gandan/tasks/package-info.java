/**
 * Tasks (nhiệm vụ) that plans assign to units: a lead unit and coordinating units, a due date or a recurrence
 * producing dated occurrences (moved off days off by the calendar), progress with evidence and comments, and each
 * unit's "việc của đơn vị" page. Plans call this module; it never calls plans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar"})
package vn.gandan.tasks;
