/**
 * Accounts, roles granted on a unit or its whole subtree, login (pages) and bearer tokens (API), and the
 * tamper-evident audit log. Every other module asks this one what the caller may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org"})
package vn.gandan.access;
