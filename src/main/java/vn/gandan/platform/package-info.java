/**
 * Technical ground every module stands on: the embedded PostgreSQL used when no external database is
 * configured, the clock, message bundles and the event publication registry. Owns no business data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.gandan.platform;
