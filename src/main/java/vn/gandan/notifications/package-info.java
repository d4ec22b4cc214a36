/**
 * Notices to people: each notice to a unit reaches every person granted a role on it (a new plan to implement,
 * tasks assigned, due or overdue, a report due, returned or accepted, a supervisor's "nhắc nhở", a head's citizen reception day coming up), with an unread count
 * in the menu, read marks, per-person e-mail choices and a daily digest. Reminders and digests go out exactly once,
 * however many app nodes run the daily jobs. A leaf module: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar", "plans", "reporting", "tasks", "supervision", "petitions", "meetings"})
package vn.gandan.notifications;
