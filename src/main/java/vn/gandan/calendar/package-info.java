/**
 * Working days and days off: weekends (per unit's working week), statutory holidays and the Prime
 * Minister's yearly schedule as data per year, Labour-Code defaults with a UTC+7 lunar calendar for years
 * without data, and deadline arithmetic in calendar and working days. Every deadline in the system comes from here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access"})
package vn.gandan.calendar;
