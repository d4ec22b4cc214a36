/**
 * Reminders and notices: e-mail and in-app notices N working days before a report deadline to units that have
 * not reported, and when a report is returned or accepted. Each reminder goes out exactly once, however many
 * app nodes run the daily job. A leaf module: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar", "reporting", "tasks"})
package vn.gandan.notifications;
